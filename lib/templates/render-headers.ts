import type { TemplateContext } from "./context";
import { parseTemplate } from "./parse";
import type { PostbackConfig } from "./postback-config";
import { type RenderSink, renderSegments } from "./render-segments";

export interface Header {
  name: string;
  value: string;
}

// CR or LF in a value would let data inject extra headers (response splitting); they are removed,
// from macro values and literal text alike. Header values are otherwise sent as they are.
const stripLineBreaks = (s: string) => s.replace(/[\r\n]/g, "");

/** Renders header values; a header whose `omit` macro has no value is left out entirely. */
export function renderHeaders(
  headers: PostbackConfig["headers"],
  ctx: TemplateContext,
  sink: Omit<RenderSink, "field">,
): { headers: Header[]; masked: Header[] } {
  const out: Header[] = [];
  const masked: Header[] = [];
  headers.forEach((header, i) => {
    const rendered = renderSegments(parseTemplate(header.value).segments, ctx, stripLineBreaks, {
      ...sink,
      field: `headers.${i}.value`,
    });
    if (rendered.omitted) return;
    out.push({ name: header.name, value: stripLineBreaks(rendered.text) });
    masked.push({ name: header.name, value: stripLineBreaks(rendered.masked) });
  });
  return { headers: out, masked };
}
