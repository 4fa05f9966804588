import { describe, expect, it } from "vitest";
import { ruleInputSchema, ruleUpdateSchema } from "./schemas";

// Field path -> messages, the shape forms and the API error mapper show.
function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("ruleInputSchema", () => {
  it("fills defaults", () => {
    expect(ruleInputSchema.parse({ eventName: "purchase" })).toEqual({
      eventName: "purchase",
      partnerEventName: null,
      enabled: true,
      sendRevenue: false,
      currencyMode: "as_received",
      targetCurrency: null,
      postInstallWindowDays: null,
      platforms: [],
      countries: [],
    });
  });

  it("accepts a full rule, normalising case, blanks and duplicates", () => {
    expect(
      ruleInputSchema.parse({
        eventName: " purchase ",
        partnerEventName: "",
        enabled: false,
        sendRevenue: true,
        currencyMode: "convert",
        targetCurrency: "usd",
        postInstallWindowDays: 30,
        platforms: ["iOS", "android", "ios", "smart_tv"],
        countries: ["us", "GB", "US"],
      }),
    ).toEqual({
      eventName: "purchase",
      partnerEventName: null,
      enabled: false,
      sendRevenue: true,
      currencyMode: "convert",
      targetCurrency: "USD",
      postInstallWindowDays: 30,
      platforms: ["ios", "android", "smart_tv"],
      countries: ["US", "GB"],
    });
  });

  it("accepts the catch-all event name", () => {
    expect(ruleInputSchema.parse({ eventName: "*" }).eventName).toBe("*");
  });

  it("names each bad field", () => {
    const result = ruleInputSchema.safeParse({
      eventName: "buy*now",
      partnerEventName: "x".repeat(201),
      currencyMode: "magic",
      targetCurrency: "US",
      postInstallWindowDays: 0,
      platforms: ["Smart TV"],
      countries: ["USA"],
    });
    expect(fieldErrors(result)).toEqual({
      eventName: "may contain letters, digits, space, _ . : - (or be * for every event)",
      partnerEventName: "must be at most 200 characters",
      currencyMode: "must be as_received or convert",
      targetCurrency: "must be a 3-letter ISO 4217 code such as USD",
      postInstallWindowDays: "must be a whole number of days from 1 to 365",
      "platforms.0": "must be a short lowercase word such as ios, android, web, windows or other",
      "countries.0": "must be an ISO 3166-1 alpha-2 code such as US",
    });
  });

  it.each([
    [{}, "is required"],
    [{ eventName: "  " }, "is required"],
    [{ eventName: "x".repeat(101) }, "must be at most 100 characters"],
  ])("requires an event name of 1-100 characters (%j)", (input, message) => {
    expect(fieldErrors(ruleInputSchema.safeParse(input))).toEqual({ eventName: message });
  });

  it.each([0, 366, 1.5, "30"])("rejects post-install window %j", (days) => {
    expect(fieldErrors(ruleInputSchema.safeParse({ eventName: "a", postInstallWindowDays: days }))).toEqual({
      postInstallWindowDays: "must be a whole number of days from 1 to 365",
    });
  });

  it("accepts post-install windows of 1 and 365 days", () => {
    expect(ruleInputSchema.parse({ eventName: "a", postInstallWindowDays: 1 }).postInstallWindowDays).toBe(1);
    expect(ruleInputSchema.parse({ eventName: "a", postInstallWindowDays: 365 }).postInstallWindowDays).toBe(365);
  });

  it("requires a target currency when converting", () => {
    for (const targetCurrency of [undefined, null, ""]) {
      expect(
        fieldErrors(ruleInputSchema.safeParse({ eventName: "a", currencyMode: "convert", targetCurrency })),
      ).toEqual({
        targetCurrency: "is required when revenue is converted",
      });
    }
  });
});

describe("ruleUpdateSchema", () => {
  it("leaves absent fields absent so stored values are kept", () => {
    expect(ruleUpdateSchema.parse({ enabled: false })).toEqual({ enabled: false });
  });

  it("turns a blank field into null to clear it", () => {
    expect(ruleUpdateSchema.parse({ partnerEventName: " ", targetCurrency: "" })).toEqual({
      partnerEventName: null,
      targetCurrency: null,
    });
  });

  it("rejects switching to convert while clearing the target currency", () => {
    expect(fieldErrors(ruleUpdateSchema.safeParse({ currencyMode: "convert", targetCurrency: null }))).toEqual({
      targetCurrency: "is required when revenue is converted",
    });
  });

  it("validates fields as on create", () => {
    expect(fieldErrors(ruleUpdateSchema.safeParse({ countries: ["fra"] }))).toEqual({
      "countries.0": "must be an ISO 3166-1 alpha-2 code such as US",
    });
  });
});
