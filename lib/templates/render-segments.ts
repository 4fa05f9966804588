import type { TemplateContext } from "./context";
import type { TemplateError } from "./errors";
import { evaluateMacro } from "./evaluate";
import { maskSecret } from "./mask-secret";
import { hasModifier, type MacroSegment, type Segment } from "./segments";

/** Where render problems are collected while the parts of one postback are rendered. */
export interface RenderSink {
  /** The config field being rendered, copied into errors ("urlTemplate", "headers.0.value"...). */
  field: string;
  /** Names of `required` macros that had no value; shared by all fields of one postback. */
  required: string[];
  errors: TemplateError[];
}

export interface RenderedText {
  text: string;
  /** The same text with every secret value masked: what is logged and shown. */
  masked: string;
  /** True when an `omit` macro had no value: the caller drops the enclosing pair, key or header. */
  omitted: boolean;
}

export type Encoder = (value: string) => string;
const asIs: Encoder = (s) => s;

export type MacroOutcome =
  | { kind: "value"; value: string; masked: string }
  | { kind: "omit" }
  | { kind: "empty" }
  | { kind: "error" };

/** Evaluates one macro and applies its missing-value policy, reporting into the sink. */
export function renderMacro(
  segment: MacroSegment,
  ctx: TemplateContext,
  encode: Encoder,
  sink: RenderSink,
): MacroOutcome {
  const evaluation = evaluateMacro(segment, ctx);
  if (evaluation.error !== null) {
    sink.errors.push({ message: evaluation.error, index: segment.index, length: segment.length, field: sink.field });
    return { kind: "error" };
  }
  if (evaluation.value === null) {
    if (hasModifier(segment, "required")) {
      if (!sink.required.includes(segment.name)) sink.required.push(segment.name);
      return { kind: "empty" };
    }
    return hasModifier(segment, "omit") ? { kind: "omit" } : { kind: "empty" };
  }
  const enc = hasModifier(segment, "raw") ? asIs : encode;
  const value = enc(evaluation.value);
  return { kind: "value", value, masked: segment.macro.secret ? maskSecret(evaluation.value, enc) : value };
}

/** Renders text and macros in order, encoding each macro value (never the literal text). */
export function renderSegments(
  segments: readonly Segment[],
  ctx: TemplateContext,
  encode: Encoder,
  sink: RenderSink,
): RenderedText {
  let text = "";
  let masked = "";
  let omitted = false;
  for (const segment of segments) {
    if (segment.kind === "text") {
      text += segment.text;
      masked += segment.text;
      continue;
    }
    const outcome = renderMacro(segment, ctx, encode, sink);
    if (outcome.kind === "omit") omitted = true;
    if (outcome.kind !== "value") continue;
    text += outcome.value;
    masked += outcome.masked;
  }
  return { text, masked, omitted };
}
