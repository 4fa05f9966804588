import type { TemplateError } from "./errors";
import { type ParsedTemplate, parseTemplate } from "./parse";
import type { JsonString } from "./parse-json";
import type { ParseOptions } from "./parse-macro";
import type { Segment } from "./segments";

/**
 * Parses the macros inside one JSON string value. Macros are read from the decoded value (so
 * `\"` in a default argument means a quote), and every position is mapped back to the body
 * template, so errors underline the right characters even after escapes.
 */
export function parseJsonStringTemplate(node: JsonString, options: ParseOptions = {}): ParsedTemplate {
  const parsed = parseTemplate(node.value, options);
  const at = <T extends { index: number; length: number }>(item: T): T => {
    const start = node.offsets[item.index];
    return { ...item, index: start, length: node.offsets[item.index + item.length] - start };
  };
  const segments: Segment[] = parsed.segments.map((s) =>
    s.kind === "text" ? at(s) : { ...at(s), modifiers: s.modifiers.map(at) },
  );
  const errors: TemplateError[] = parsed.errors.map(at);
  return { segments, errors };
}
