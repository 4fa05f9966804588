import { type TemplateError, templateError } from "./errors";
import { parseTemplate } from "./parse";
import type { ParseOptions } from "./parse-macro";
import { checkPlacement } from "./placement";
import type { Segment } from "./segments";
import { originText, splitUrlTemplate } from "./url-template";

// Whitespace and control characters are silently dropped or re-encoded by URL parsers; a
// template should say exactly what is sent.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE_LITERAL = /[\u0000-\u0020\u007f]/g;

/**
 * Checks a URL template: macro syntax, a literal http(s) scheme and host (a macro there could
 * send the postback anywhere), and that the URL parses once macros are filled in.
 */
export function lintUrlTemplate(template: string, options: ParseOptions = {}): TemplateError[] {
  const { segments, errors } = parseTemplate(template, options);
  const parts = splitUrlTemplate(segments);
  const structural = [...checkOrigin(parts.origin, originText(parts), template)];
  structural.push(...checkPlacement(parts.path, "url-path"));
  if (parts.query) structural.push(...checkPlacement(parts.query, "url-query"));
  if (parts.fragment) structural.push(...checkPlacement(parts.fragment, "url-fragment"));
  structural.push(...checkLiteralText(segments));

  if (errors.length === 0 && structural.length === 0) {
    const sample = segments.map((s) => (s.kind === "text" ? s.text : "x")).join("");
    if (!URL.canParse(sample)) structural.push(templateError("not a valid URL", 0, template.length));
  }
  return [...errors, ...structural].sort((a, b) => a.index - b.index);
}

function checkOrigin(origin: Segment[], text: string, template: string): TemplateError[] {
  const macros = origin.filter((s) => s.kind === "macro");
  const schemeEnd = text.indexOf("://");
  // "{base_url}/x" is best told about the macro; "pb.example.com/{x}" about the missing scheme.
  if (!/^https?:\/\//i.test(text) && origin[0]?.kind !== "macro") {
    return [
      templateError("the URL must start with http:// or https://", 0, schemeEnd >= 0 ? schemeEnd + 3 : template.length),
    ];
  }
  if (macros.length > 0) {
    return macros.map((m) =>
      templateError(
        "macros cannot be used in the scheme or host: write the address itself, e.g. https://postback.example.com",
        m.index,
        m.length,
      ),
    );
  }
  const authorityStart = schemeEnd + 3;
  const authority = text.slice(authorityStart);
  const at = authority.lastIndexOf("@");
  if (at >= 0) {
    return [
      templateError(
        "do not put credentials in the URL: send them in a header using a {secret.…} macro",
        authorityStart,
        at + 1,
      ),
    ];
  }
  if (authority === "" || authority.startsWith(":")) {
    return [templateError("the URL has no host, e.g. https://postback.example.com/…", authorityStart, 0)];
  }
  return [];
}

function checkLiteralText(segments: Segment[]): TemplateError[] {
  const errors: TemplateError[] = [];
  for (const segment of segments) {
    if (segment.kind !== "text") continue;
    for (const match of segment.text.matchAll(UNSAFE_LITERAL)) {
      const what = match[0] === " " ? "spaces" : "line breaks and control characters";
      errors.push(
        templateError(
          `${what} are not allowed in a URL: write %20 for a space, or use a macro`,
          segment.index + (match.index ?? 0),
          1,
        ),
      );
    }
  }
  return errors;
}
