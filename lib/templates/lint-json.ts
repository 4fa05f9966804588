import { type TemplateError, templateError } from "./errors";
import { parseJsonStringTemplate } from "./json-template";
import { parseTemplate } from "./parse";
import { parseJson } from "./parse-json";
import type { ParseOptions } from "./parse-macro";
import { checkPlacement } from "./placement";
import { walkJsonStrings } from "./walk-json";

/** Checks a JSON body template: JSON syntax first, then the macros in every string value. */
export function lintJsonTemplate(text: string, options: ParseOptions = {}): TemplateError[] {
  const parsed = parseJson(text);
  if (!parsed.ok) return [parsed.error];
  const errors: TemplateError[] = [];
  walkJsonStrings(
    parsed.node,
    (node) => {
      const { segments, errors: parseErrors } = parseJsonStringTemplate(node, options);
      errors.push(...parseErrors, ...checkPlacement(segments, "body-json"));
      if (segments.length === 1) return;
      for (const segment of segments) {
        const call = segment.kind === "macro" ? segment.modifiers.find((m) => m.name === "number") : undefined;
        if (call)
          errors.push(
            templateError(
              `"number" needs the macro to be the whole JSON string, e.g. "{revenue|number}"`,
              call.index,
              call.length,
            ),
          );
      }
    },
    // Keys are written as they are; a macro there would be sent literally, which is never wanted.
    (key) => {
      if (parseTemplate(key.value).segments.some((s) => s.kind === "macro")) {
        errors.push(templateError("macros cannot be used in JSON keys, only in values", key.index, key.length));
      }
    },
  );
  return errors.sort((a, b) => a.index - b.index);
}
