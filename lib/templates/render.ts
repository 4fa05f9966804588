import type { TemplateContext } from "./context";
import type { TemplateError } from "./errors";
import { lintPostbackConfig } from "./lint-config";
import type { PostbackConfig } from "./postback-config";
import { DEFAULT_CONTENT_TYPES, renderBody } from "./render-body";
import { type Header, renderHeaders } from "./render-headers";
import { renderUrl } from "./render-url";

interface RenderedRequest {
  method: PostbackConfig["method"];
  url: string;
  /** Everything to send, including Content-Type when there is a body. */
  headers: Header[];
  body: string | null;
  /** The Content-Type in `headers` (the config's own, or the default for the body type). */
  contentType: string | null;
}

export type RenderResult =
  | { ok: true; request: RenderedRequest; masked: { url: string; headers: Header[]; body: string | null } }
  /** A `required` macro had no value: the postback must not be sent. Not a failure of the template. */
  | { ok: false; skipped: true; reason: string }
  /** The template is invalid, or a value could not be written (e.g. "cents" on text). Errors carry `field`. */
  | { ok: false; skipped: false; errors: TemplateError[] };

/**
 * Renders one postback for one delivery attempt. Pure: same config and context, same request.
 * `masked` is the same request with secret values hidden; log and display only that.
 */
// The worker renders one network's config for every postback: lint it once per config object.
const linted = new WeakMap<PostbackConfig, TemplateError[]>();
function lintOnce(config: PostbackConfig): TemplateError[] {
  let errors = linted.get(config);
  if (!errors) {
    errors = Object.values(lintPostbackConfig(config)).flat();
    linted.set(config, errors);
  }
  return errors;
}

/** Renders a postback; `config` is treated as immutable (its lint result is kept per object). */
export function renderPostback(config: PostbackConfig, ctx: TemplateContext): RenderResult {
  const lintErrors = lintOnce(config);
  if (lintErrors.length > 0) return { ok: false, skipped: false, errors: lintErrors };

  const required: string[] = [];
  const errors: TemplateError[] = [];
  const url = renderUrl(config.urlTemplate, ctx, { field: "urlTemplate", required, errors });
  const headers = renderHeaders(config.headers, ctx, { required, errors });
  const body = renderBody(config, ctx, { field: "bodyTemplate", required, errors });

  if (required.length > 0) {
    const names = required.map((n) => `{${n}}`).join(", ");
    return {
      ok: false,
      skipped: true,
      reason: required.length === 1 ? `required value ${names} is missing` : `required values ${names} are missing`,
    };
  }
  if (errors.length > 0 || url === null) return { ok: false, skipped: false, errors };

  const own = headers.headers.find((h) => h.name.toLowerCase() === "content-type");
  let contentType: string | null = own ? own.value : null;
  if (config.bodyType !== "none" && !own) {
    contentType = DEFAULT_CONTENT_TYPES[config.bodyType];
    headers.headers.push({ name: "Content-Type", value: contentType });
    headers.masked.push({ name: "Content-Type", value: contentType });
  }
  return {
    ok: true,
    request: {
      method: config.method,
      url: url.url,
      headers: headers.headers,
      body: body ? body.text : null,
      contentType,
    },
    masked: { url: url.masked, headers: headers.masked, body: body ? body.masked : null },
  };
}
