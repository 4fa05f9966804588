import type { TemplateContext } from "./context";
import { toJsonNumber } from "./json-number";
import { parseJsonStringTemplate } from "./json-template";
import { type JsonNode, type JsonString, parseJson } from "./parse-json";
import { type RenderedText, type RenderSink, renderMacro, renderSegments } from "./render-segments";
import { hasModifier } from "./segments";

const asIs = (s: string) => s;

/**
 * Renders a JSON body template that has passed lint, as compact JSON. Macro values are placed in
 * the parsed strings and written with JSON.stringify, so quotes, backslashes and control characters
 * are escaped correctly; numbers and literals from the template keep their exact text. An omitted
 * value drops its key (or array item); if the whole body is omitted it becomes `null`.
 */
export function renderJsonBody(template: string, ctx: TemplateContext, sink: RenderSink): RenderedText {
  const parsed = parseJson(template);
  if (!parsed.ok) {
    sink.errors.push({ ...parsed.error, field: sink.field });
    return { text: "", masked: "", omitted: false };
  }
  const rendered = renderNode(parsed.node, ctx, sink);
  return rendered.omitted ? { text: "null", masked: "null", omitted: true } : rendered;
}

function renderNode(node: JsonNode, ctx: TemplateContext, sink: RenderSink): RenderedText {
  switch (node.type) {
    case "literal":
      return { text: node.raw, masked: node.raw, omitted: false };
    case "string":
      return renderString(node, ctx, sink);
    case "array":
      return join(
        "[",
        "]",
        node.items.map((item) => renderNode(item, ctx, sink)),
      );
    case "object":
      return join(
        "{",
        "}",
        node.members.map((member) => {
          const value = renderNode(member.value, ctx, sink);
          const key = `${JSON.stringify(member.key.value)}:`;
          return { text: key + value.text, masked: key + value.masked, omitted: value.omitted };
        }),
      );
  }
}

function join(open: string, close: string, parts: RenderedText[]): RenderedText {
  const kept = parts.filter((p) => !p.omitted);
  return {
    text: open + kept.map((p) => p.text).join(",") + close,
    masked: open + kept.map((p) => p.masked).join(",") + close,
    omitted: false,
  };
}

function renderString(node: JsonString, ctx: TemplateContext, sink: RenderSink): RenderedText {
  const { segments } = parseJsonStringTemplate(node);
  const only = segments.length === 1 ? segments[0] : null;
  if (only?.kind === "macro" && hasModifier(only, "number")) {
    const outcome = renderMacro(only, ctx, asIs, sink);
    if (outcome.kind === "omit") return { text: "", masked: "", omitted: true };
    if (outcome.kind !== "value") return { text: "null", masked: "null", omitted: false };
    const number = toJsonNumber(outcome.value);
    if (number === null) {
      sink.errors.push({
        message: `{${only.name}} is not a number, so "number" cannot write it: ${JSON.stringify(outcome.masked)}`,
        index: only.index,
        length: only.length,
        field: sink.field,
      });
      return { text: "null", masked: "null", omitted: false };
    }
    // A masked secret is no longer a number; it is shown as a string rather than leaked.
    return { text: number, masked: only.macro.secret ? JSON.stringify(outcome.masked) : number, omitted: false };
  }
  const rendered = renderSegments(segments, ctx, asIs, sink);
  return { text: JSON.stringify(rendered.text), masked: JSON.stringify(rendered.masked), omitted: rendered.omitted };
}
