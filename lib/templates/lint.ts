import { type TemplateError, templateError } from "./errors";
import { lintJsonTemplate } from "./lint-json";
import { lintUrlTemplate } from "./lint-url";
import { parseTemplate } from "./parse";
import type { ParseOptions } from "./parse-macro";
import { checkPlacement } from "./placement";

/** Which kind of text is being checked; each has its own rules for encoding and modifiers. */
export type TemplatePlace = "url" | "header" | "body-json" | "body-form" | "body-raw";

// A form body is sent byte for byte: a stray space or the editor's trailing newline would
// corrupt the last field's value.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const FORM_UNSAFE_LITERAL = /[\u0000-\u0020\u007f]/g;

/** All problems in one template, sorted by position; empty when it can be saved. */
export function lintTemplate(text: string, place: TemplatePlace, options: ParseOptions = {}): TemplateError[] {
  if (place === "url") return lintUrlTemplate(text, options);
  if (place === "body-json") return lintJsonTemplate(text, options);
  const { segments, errors } = parseTemplate(text, options);
  errors.push(...checkPlacement(segments, place));
  if (place === "body-form") {
    for (const segment of segments) {
      if (segment.kind !== "text" || segment.text.length !== segment.length) continue;
      for (const match of segment.text.matchAll(FORM_UNSAFE_LITERAL)) {
        errors.push(
          templateError(
            "spaces and line breaks are not allowed in a form body: separate fields with &, write %20 for a space",
            segment.index + (match.index ?? 0),
            1,
          ),
        );
      }
    }
  }
  return errors.sort((a, b) => a.index - b.index);
}
