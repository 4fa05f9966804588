import type { TemplateContext } from "./context";
import { type Encoder, type RenderedText, type RenderSink, renderSegments } from "./render-segments";
import type { Segment } from "./segments";
import { splitSegments } from "./split-segments";

/**
 * Renders "name=value&name=value" text (a URL query or a form body). A pair whose `omit` macro
 * has no value is dropped together with its "&"; `omitted` reports whether any pair was dropped.
 */
export function renderPairs(
  segments: readonly Segment[],
  ctx: TemplateContext,
  encode: Encoder,
  sink: RenderSink,
): RenderedText {
  const rendered = splitSegments(segments, "&").map((pair) => renderSegments(pair, ctx, encode, sink));
  const kept = rendered.filter((pair) => !pair.omitted);
  return {
    text: kept.map((p) => p.text).join("&"),
    masked: kept.map((p) => p.masked).join("&"),
    omitted: kept.length < rendered.length,
  };
}
