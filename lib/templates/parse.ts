import { type TemplateError, templateError } from "./errors";
import { type ParseOptions, parseMacro } from "./parse-macro";
import type { Segment } from "./segments";

export interface ParsedTemplate {
  segments: Segment[];
  /** Sorted by position. When non-empty, `segments` leaves out the broken macros. */
  errors: TemplateError[];
}

/**
 * Splits a template into literal text and macros: `{name}` or `{name|mod|mod:arg}`, with `{{`
 * and `}}` standing for literal braces. Knows nothing about where the text will go (URL, header,
 * body); that is for lint and render.
 */
export function parseTemplate(template: string, options: ParseOptions = {}): ParsedTemplate {
  // Rendering parses the same few templates for every postback; results are shared, never mutated.
  const cacheable = Object.keys(options).length === 0;
  if (cacheable) {
    const hit = parsed.get(template);
    if (hit) return hit;
  }
  const result = parseUncached(template, options);
  if (cacheable) {
    const oldest = parsed.keys().next();
    if (parsed.size >= PARSE_CACHE_SIZE && !oldest.done) parsed.delete(oldest.value);
    parsed.set(template, result);
  }
  return result;
}

const PARSE_CACHE_SIZE = 1000;
const parsed = new Map<string, ParsedTemplate>();

function parseUncached(template: string, options: ParseOptions): ParsedTemplate {
  const segments: Segment[] = [];
  const errors: TemplateError[] = [];
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart)
      segments.push({ kind: "text", text: template.slice(textStart, end), index: textStart, length: end - textStart });
  };
  const pushEscape = (i: number, brace: string) => {
    flushText(i);
    segments.push({ kind: "text", text: brace, index: i, length: 2 });
    textStart = i + 2;
  };

  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch === "{" && template[i + 1] === "{") {
      pushEscape(i, "{");
      i += 2;
    } else if (ch === "}" && template[i + 1] === "}") {
      pushEscape(i, "}");
      i += 2;
    } else if (ch === "}") {
      flushText(i);
      errors.push(templateError(`unexpected "}": write "}}" for a literal brace`, i, 1));
      textStart = i + 1;
      i += 1;
    } else if (ch === "{") {
      flushText(i);
      const close = findClose(template, i + 1);
      if (close < 0) {
        errors.push(
          templateError(`"{" is never closed: end the macro with "}", or write "{{" for a literal brace`, i, 1),
        );
        textStart = i + 1;
        i += 1;
        continue;
      }
      const parsed = parseMacro(template.slice(i + 1, close), i + 1, options);
      errors.push(...parsed.errors);
      if (parsed.macro) segments.push(parsed.macro);
      textStart = close + 1;
      i = close + 1;
    } else {
      i += 1;
    }
  }
  flushText(template.length);
  return { segments, errors };
}

// A "{" before the "}" means the first one was never closed; the scan resumes at the second.
function findClose(template: string, from: number): number {
  for (let j = from; j < template.length; j++) {
    if (template[j] === "}") return j;
    if (template[j] === "{") return -1;
  }
  return -1;
}
