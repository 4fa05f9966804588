import { percentEncode } from "./codecs/percent-encode";
import type { TemplateContext } from "./context";
import { parseTemplate } from "./parse";
import type { PostbackConfig } from "./postback-config";
import { renderJsonBody } from "./render-json";
import { renderPairs } from "./render-pairs";
import { type RenderSink, renderSegments } from "./render-segments";

/** The Content-Type sent with each body type unless the config sets its own header. */
export const DEFAULT_CONTENT_TYPES = {
  json: "application/json",
  form: "application/x-www-form-urlencoded",
  raw: "text/plain; charset=utf-8",
} as const;

/**
 * Renders the body of a config that has passed lint; null when it has none.
 * Form values are percent-encoded like a URL query component, so a space is "%20" rather than
 * "+": both decode to a space in every form parser, and "%20" cannot be misread.
 */
export function renderBody(
  config: PostbackConfig,
  ctx: TemplateContext,
  sink: RenderSink,
): { text: string; masked: string } | null {
  switch (config.bodyType) {
    case "none":
      return null;
    case "json":
      return renderJsonBody(config.bodyTemplate, ctx, sink);
    case "form":
      return renderPairs(parseTemplate(config.bodyTemplate).segments, ctx, percentEncode, sink);
    case "raw":
      return renderSegments(parseTemplate(config.bodyTemplate).segments, ctx, (s) => s, sink);
  }
}
