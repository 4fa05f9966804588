import { describe, expect, it } from "vitest";
import { lintPostbackConfig, renderPostback, sampleTemplateContext } from "../templates";
import { findPreset, networkPresets } from "./presets";
import { networkCreateSchema } from "./schemas";

const configOf = (p: (typeof networkPresets)[number]) => ({
  method: p.postback.method,
  urlTemplate: p.postback.url,
  headers: p.postback.headers,
  bodyType: p.postback.bodyType,
  bodyTemplate: p.postback.body,
});

describe("network presets", () => {
  it("has about six presets with unique keys", () => {
    expect(networkPresets.length).toBeGreaterThanOrEqual(6);
    expect(new Set(networkPresets.map((p) => p.key)).size).toBe(networkPresets.length);
  });

  it.each(networkPresets.map((p) => [p.key, p] as const))(
    "%s lints clean, naming only the secrets it declares",
    (_key, preset) => {
      const secretNames = preset.secrets.map((s) => s.name);
      expect(lintPostbackConfig(configOf(preset), { secretNames })).toEqual({});
    },
  );

  it.each(networkPresets.map((p) => [p.key, p] as const))("%s renders against the sample event", (_key, preset) => {
    const secrets = Object.fromEntries(preset.secrets.map((s) => [s.name, "sample-secret-value-1234"]));
    const result = renderPostback(configOf(preset), { ...sampleTemplateContext, secrets });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (result.ok && preset.postback.bodyType === "json")
      expect(() => JSON.parse(result.request.body ?? "")).not.toThrow();
  });

  it.each(networkPresets.map((p) => [p.key, p] as const))(
    "%s is clearly an example and creates a valid network",
    (_key, preset) => {
      expect(preset.example).toBe(true);
      expect(new URL(preset.postback.url.replace(/\{[^}]*\}/g, "x")).hostname).toMatch(/\.example$/);
      const parsed = networkCreateSchema.safeParse({
        name: preset.suggestedName,
        slug: preset.suggestedSlug,
        presetKey: preset.key,
        postback: preset.postback,
        secrets: Object.fromEntries(preset.secrets.map((s) => [s.name, "a-secret-value"])),
        rules: preset.rules,
      });
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    },
  );

  it("finds a preset by key", () => {
    expect(findPreset("json-webhook")?.name).toBe("JSON webhook (POST)");
    expect(findPreset("nope")).toBeNull();
    expect(findPreset(null)).toBeNull();
  });
});
