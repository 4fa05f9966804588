import { percentEncode } from "./codecs/percent-encode";
import type { TemplateContext } from "./context";
import { parseTemplate } from "./parse";
import { renderPairs } from "./render-pairs";
import { type RenderSink, renderSegments } from "./render-segments";
import { splitUrlTemplate } from "./url-template";

export interface RenderedUrl {
  url: string;
  masked: string;
}

/**
 * Renders a URL template that has passed lint. Macro values are percent-encoded as a path
 * segment or query component (RFC 3986, UTF-8). The result is normalised by `new URL()`, which
 * leaves percent-encoded values alone, so what is logged is what is sent.
 */
export function renderUrl(template: string, ctx: TemplateContext, sink: RenderSink): RenderedUrl | null {
  const parts = splitUrlTemplate(parseTemplate(template).segments);
  const origin = renderSegments(parts.origin, ctx, percentEncode, sink);
  const path = renderSegments(parts.path, ctx, percentEncode, sink);
  const query = parts.query && renderPairs(parts.query, ctx, percentEncode, sink);
  const fragment = parts.fragment && renderSegments(parts.fragment, ctx, percentEncode, sink);

  // When omit removed every parameter, a bare "?" would be left behind: drop it too.
  const keepQuery = query !== null && !(query.text === "" && query.omitted);
  const build = (pick: "text" | "masked") =>
    origin[pick] + path[pick] + (keepQuery && query ? `?${query[pick]}` : "") + (fragment ? `#${fragment[pick]}` : "");

  const fail = (message: string) => {
    sink.errors.push({ message, index: 0, length: template.length, field: sink.field });
    return null;
  };
  // The WHATWG parser resolves "." and ".." segments, so a value like ".." would change the path.
  if (path.text.split("/").some((s) => s === "." || s === ".."))
    return fail(`the rendered URL path contains a "." or ".." segment: ${path.masked}`);
  const parsed = tryParseUrl(build("text"));
  if (!parsed) return fail(`the rendered URL is not valid: ${build("masked")}`);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return fail("the rendered URL must use http or https");
  const masked = tryParseUrl(build("masked"));
  return { url: parsed.href, masked: masked ? masked.href : build("masked") };
}

function tryParseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
