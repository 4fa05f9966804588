// Helpers for this folder's unit tests only (not exported from index.ts).
import type { TemplateContext } from "./context";
import type { PostbackConfig } from "./postback-config";
import { type RenderResult, renderPostback } from "./render";
import { sampleTemplateContext } from "./sample-context";

/** Every character that has tripped up a postback encoder somewhere. */
export const AWKWARD = "a b&c=d#e+f%g\"h'i é日本🎉\nz";

type EventOverrides = Partial<TemplateContext["event"]>;
type DeliveryOverrides = Partial<TemplateContext["delivery"]>;

export function contextWith(
  overrides: {
    event?: EventOverrides;
    delivery?: DeliveryOverrides;
    secrets?: Record<string, string>;
    properties?: Record<string, string>;
  } = {},
): TemplateContext {
  const base = sampleTemplateContext;
  return {
    ...base,
    event: { ...base.event, ...overrides.event, properties: overrides.properties ?? base.event.properties },
    delivery: { ...base.delivery, ...overrides.delivery },
    secrets: overrides.secrets ?? base.secrets,
  };
}

export function config(overrides: Partial<PostbackConfig>): PostbackConfig {
  return {
    method: "POST",
    urlTemplate: "https://pb.example.com/cb",
    headers: [],
    bodyType: "none",
    bodyTemplate: "",
    ...overrides,
  };
}

/** Renders and insists on success, so tests can assert on the request directly. */
export function renderOk(cfg: Partial<PostbackConfig>, ctx: TemplateContext = sampleTemplateContext) {
  const result: RenderResult = renderPostback(config(cfg), ctx);
  if (!result.ok) throw new Error(`expected a rendered request, got ${JSON.stringify(result)}`);
  return result;
}

/** The body of a raw-body postback: the simplest place to see a macro's value unencoded. */
export function renderRaw(template: string, ctx: TemplateContext = sampleTemplateContext): string {
  return renderOk({ bodyType: "raw", bodyTemplate: template }, ctx).request.body ?? "";
}
