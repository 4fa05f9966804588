import { describe, expect, it } from "vitest";
import { dynamicMacros, macroCatalogue } from "./macros";
import { maskSecret } from "./mask-secret";
import { modifierCatalogue } from "./modifiers";
import { sampleTemplateContext } from "./sample-context";

const REQUIRED = [
  "click_id",
  "event_id",
  "event_name",
  "partner_event_name",
  "event_time",
  "install_time",
  "click_time",
  "revenue",
  "currency",
  "campaign_id",
  "campaign_name",
  "adgroup_id",
  "adgroup_name",
  "creative_id",
  "creative_name",
  "platform",
  "advertising_id",
  "idfa",
  "gaid",
  "ip",
  "user_agent",
  "country",
  "app_id",
  "app_version",
  "network",
  "attempt",
  "delivery_id",
  "timestamp",
];

describe("macro catalogue", () => {
  it("has every documented macro exactly once", () => {
    const names = macroCatalogue.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...REQUIRED].sort());
    expect(dynamicMacros.map((d) => d.pattern)).toEqual(["properties.<key>", "secret.<name>"]);
  });

  it("describes each macro and modifier in one sentence", () => {
    for (const d of [...macroCatalogue, ...dynamicMacros, ...modifierCatalogue])
      expect(d.description).toMatch(/^[A-Z].*\.$/);
  });

  it("examples match the sample context wherever it has a value", () => {
    for (const macro of macroCatalogue) {
      const value = macro.get(sampleTemplateContext);
      if (value === null) continue;
      expect([macro.name, value instanceof Date ? value.toISOString() : value]).toEqual([macro.name, macro.example]);
    }
    expect(dynamicMacros[0].get(sampleTemplateContext, "plan")).toBe(dynamicMacros[0].example);
    expect(maskSecret(sampleTemplateContext.secrets.access_token)).toBe(dynamicMacros[1].example);
  });

  it("reads values from the context, with dates kept as dates", () => {
    const get = (name: string) => macroCatalogue.find((m) => m.name === name)?.get(sampleTemplateContext);
    expect(get("event_id")).toBe("6f1c2a9e-8b3d-4e7a-9c51-2d0f4b7e8a13");
    expect(get("attempt")).toBe("1");
    expect(get("gaid")).toBeNull();
    expect(get("event_time")).toEqual(new Date("2026-11-27T10:00:00.000Z"));
  });

  it("does not read inherited properties as dynamic values", () => {
    expect(dynamicMacros[0].get(sampleTemplateContext, "toString")).toBeNull();
    expect(dynamicMacros[1].get(sampleTemplateContext, "constructor")).toBeNull();
  });
});
