import type { ModifierName } from "./modifiers";
import type { ResolvedMacro } from "./resolve-macro";

/**
 * Literal text. `index`/`length` locate it in the template. A "{{" or "}}" escape is always a
 * segment of its own (text "{" or "}", length 2), so in every other text segment `text` is exactly
 * the template characters and offsets inside it can be added to `index`.
 */
export interface TextSegment {
  kind: "text";
  text: string;
  index: number;
  length: number;
}

export interface ModifierCall {
  name: ModifierName;
  /** The text after ":" (only `default` takes one), else null. */
  arg: string | null;
  index: number;
  length: number;
}

/** A valid `{name|mod|mod:arg}`; index/length cover the braces. */
export interface MacroSegment {
  kind: "macro";
  name: string;
  macro: ResolvedMacro;
  modifiers: ModifierCall[];
  index: number;
  length: number;
}

export type Segment = TextSegment | MacroSegment;

export function hasModifier(segment: MacroSegment, name: ModifierName): boolean {
  return segment.modifiers.some((m) => m.name === name);
}
