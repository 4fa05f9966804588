import { describe, expect, it } from "vitest";
import { lintPostbackConfig } from "./lint-config";
import { config } from "./test-fixtures";

describe("lintPostbackConfig", () => {
  it("returns {} for a valid config", () => {
    expect(
      lintPostbackConfig(
        config({
          urlTemplate: "https://pb.example.com/cb?c={click_id}",
          headers: [{ name: "Authorization", value: "Bearer {secret.token}" }],
          bodyType: "json",
          bodyTemplate: '{"v":"{revenue|number}"}',
        }),
      ),
    ).toEqual({});
  });

  it("keys errors by field", () => {
    expect(
      lintPostbackConfig(
        config({
          urlTemplate: "https://pb.example.com/cb?c={clik_id}",
          headers: [
            { name: "X-Ok", value: "{country}" },
            { name: "X Bad", value: "{gaid|upr}" },
          ],
          bodyType: "form",
          bodyTemplate: "a={revenue|number}",
        }),
      ),
    ).toEqual({
      urlTemplate: [
        { message: 'unknown macro "clik_id" — did you mean "click_id"?', index: 29, length: 7, field: "urlTemplate" },
      ],
      "headers.1.name": [
        {
          message: "a header name may only contain letters, digits and - _ . ! # $ % & ' * + ^ ` | ~",
          index: 0,
          length: 5,
          field: "headers.1.name",
        },
      ],
      "headers.1.value": [
        { message: 'unknown modifier "upr" — did you mean "upper"?', index: 6, length: 3, field: "headers.1.value" },
      ],
      bodyTemplate: [{ message: '"number" only works in a JSON body', index: 11, length: 6, field: "bodyTemplate" }],
    });
  });

  it("rejects a body on GET, and ignores the body template when there is no body", () => {
    expect(lintPostbackConfig(config({ method: "GET", bodyType: "raw", bodyTemplate: "x" }))).toEqual({
      bodyType: [
        {
          message: "a GET postback cannot have a body: choose POST or PUT, or no body",
          index: 0,
          length: 0,
          field: "bodyType",
        },
      ],
    });
    expect(lintPostbackConfig(config({ method: "GET", bodyType: "none", bodyTemplate: "{broken" }))).toEqual({});
  });

  it("checks secret names when they are given", () => {
    const cfg = config({ headers: [{ name: "X-Key", value: "{secret.api_kye}" }] });
    expect(lintPostbackConfig(cfg, { secretNames: ["api_key"] })).toEqual({
      "headers.0.value": [
        {
          message: 'unknown secret "api_kye" — did you mean "secret.api_key"?',
          index: 1,
          length: 14,
          field: "headers.0.value",
        },
      ],
    });
    expect(lintPostbackConfig(cfg)).toEqual({});
  });
});
