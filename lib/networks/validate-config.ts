import "server-only";
import { getEnv } from "../env";
import { invalid } from "../errors";
import { validatePostbackTarget } from "../outbound/validate-target";
import { lintPostbackConfig, type PostbackConfig, renderPostback, sampleTemplateContext } from "../templates";
import type { TemplateContext } from "../templates/context";

export type { PostbackConfig };

/**
 * Save-time check of a postback: templates lint clean, and the URL rendered with sample values
 * points at a public address (checked again at send time, when DNS may have changed).
 */
export async function validatePostbackConfig(config: PostbackConfig, secretNames: string[], prefix = "postback") {
  const fieldName: Record<string, string> = { urlTemplate: "url", bodyTemplate: "body" };
  const errors = lintPostbackConfig(config);
  const fields: Record<string, string[]> = {};
  for (const [field, list] of Object.entries(errors)) {
    if (!list?.length) continue;
    const key = `${prefix}.${fieldName[field] ?? field}`;
    fields[key] = list.map((e) => `${e.message} (at character ${e.index + 1})`);
  }
  if (Object.keys(fields).length) throw invalid(`Invalid postback template: ${Object.values(fields)[0][0]}`, fields);

  const ctx: TemplateContext = {
    ...sampleTemplateContext,
    secrets: Object.fromEntries(secretNames.map((n) => [n, "sample-secret-value"])),
  };
  const rendered = renderPostback(config, ctx);
  if (!rendered.ok) {
    if (rendered.skipped) return; // a required value the sample lacks: the template itself is fine
    const first = rendered.errors[0];
    throw invalid(`Invalid postback template: ${first.message}`, {
      [`${prefix}.url`]: rendered.errors.map((e) => e.message),
    });
  }
  const target = await validatePostbackTarget(rendered.request.url, getEnv().allowPrivateTargets);
  if (!target.ok) throw invalid(target.message, { [`${prefix}.url`]: [target.message] });
}
