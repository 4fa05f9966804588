import { describe, expect, it } from "vitest";
import { renderPostback } from "./render";
import { AWKWARD, config, contextWith, renderOk } from "./test-fixtures";

const awkward = contextWith({ properties: { v: AWKWARD } });

describe("form body", () => {
  it("percent-encodes values like a query component (space as %20) and sets the content type", () => {
    const r = renderOk({ bodyType: "form", bodyTemplate: "click={click_id}&v={properties.v}" }, awkward);
    expect(r.request.body).toBe(
      "click=CjwKCAiA9ourBhAVEiwA3L5RFl&v=a%20b%26c%3Dd%23e%2Bf%25g%22h%27i%20%C3%A9%E6%97%A5%E6%9C%AC%F0%9F%8E%89%0Az",
    );
    expect(r.request.contentType).toBe("application/x-www-form-urlencoded");
    expect(r.request.headers).toEqual([{ name: "Content-Type", value: "application/x-www-form-urlencoded" }]);
  });

  it("omit drops the field and its &", () => {
    expect(renderOk({ bodyType: "form", bodyTemplate: "g={gaid|omit}&c={country}&i={idfa|omit}" }).request.body).toBe(
      "c=US&i=6D92078A-8246-4BA4-AE5B-76104861E7DC",
    );
  });

  it("missing values are empty by default", () => {
    expect(renderOk({ bodyType: "form", bodyTemplate: "g={gaid}&c={country}" }).request.body).toBe("g=&c=US");
  });
});

describe("JSON body", () => {
  it("escapes quotes, backslashes, newlines and keeps non-ASCII and emoji as UTF-8", () => {
    const ctx = contextWith({ properties: { v: AWKWARD, b: "back\\slash" } });
    const r = renderOk({ bodyType: "json", bodyTemplate: '{"v":"{properties.v}","b":"x {properties.b}"}' }, ctx);
    expect(r.request.body).toBe('{"v":"a b&c=d#e+f%g\\"h\'i é日本🎉\\nz","b":"x back\\\\slash"}');
    expect(JSON.parse(r.request.body ?? "")).toEqual({ v: AWKWARD, b: "x back\\slash" });
    expect(r.request.contentType).toBe("application/json");
  });

  it("writes |number values digit for digit, with no float round-trip", () => {
    const ctx = contextWith({ delivery: { revenue: "12345678901234567890.123456789" } });
    const r = renderOk(
      { bodyType: "json", bodyTemplate: '{"value":"{revenue}","n":"{revenue|number}","c":"{revenue|cents|number}"}' },
      ctx,
    );
    expect(r.request.body).toBe(
      '{"value":"12345678901234567890.123456789","n":12345678901234567890.123456789,"c":1234567890123456789012}',
    );
  });

  it("keeps trailing zeros and rewrites non-JSON decimals exactly", () => {
    const ctx = contextWith({ delivery: { revenue: "49.990" }, properties: { a: "+007.50", b: "-.5" } });
    const r = renderOk(
      { bodyType: "json", bodyTemplate: '["{revenue|number}","{properties.a|number}","{properties.b|number}"]' },
      ctx,
    );
    expect(r.request.body).toBe("[49.990,7.5,-0.5]");
  });

  it("writes null for a missing |number value, and an error for text", () => {
    const missing = contextWith({ delivery: { revenue: null } });
    expect(renderOk({ bodyType: "json", bodyTemplate: '{"n":"{revenue|number}"}' }, missing).request.body).toBe(
      '{"n":null}',
    );
    const text = contextWith({ properties: { q: "lots" } });
    expect(renderPostback(config({ bodyType: "json", bodyTemplate: '{"n":"{properties.q|number}"}' }), text)).toEqual({
      ok: false,
      skipped: false,
      errors: [
        {
          message: '{properties.q} is not a number, so "number" cannot write it: "lots"',
          index: 6,
          length: 21,
          field: "bodyTemplate",
        },
      ],
    });
  });

  it("keeps the template's own numbers, booleans, null, key order and unicode escapes, compactly", () => {
    const template =
      '{\n  "z": 1.10,\n  "big": 12345678901234567890,\n  "e": 1E+5,\n  "ok": true,\n  "none": null,\n  "s": "\\u00e9 {country}",\n  "a": [ ]\n}';
    expect(renderOk({ bodyType: "json", bodyTemplate: template }).request.body).toBe(
      '{"z":1.10,"big":12345678901234567890,"e":1E+5,"ok":true,"none":null,"s":"é US","a":[]}',
    );
  });

  it("omit drops the key, or the array item; other missing values are empty strings", () => {
    const r = renderOk({
      bodyType: "json",
      bodyTemplate: '{"g":"{gaid|omit}","h":"{gaid}","list":["{gaid|omit}","{country}"],"nested":{"g":"x{gaid|omit}"}}',
    });
    expect(r.request.body).toBe('{"h":"","list":["US"],"nested":{}}');
  });

  it("omit with number drops the key too", () => {
    const ctx = contextWith({ delivery: { revenue: null } });
    expect(
      renderOk({ bodyType: "json", bodyTemplate: '{"n":"{revenue|number|omit}","c":"{country}"}' }, ctx).request.body,
    ).toBe('{"c":"US"}');
  });

  it("required in a JSON value or a header skips the postback", () => {
    expect(
      renderPostback(config({ bodyType: "json", bodyTemplate: '{"g":"{gaid|required}"}' }), contextWith()),
    ).toEqual({ ok: false, skipped: true, reason: "required value {gaid} is missing" });
    expect(
      renderPostback(
        config({ headers: [{ name: "X-Click", value: "{click_id|required}" }] }),
        contextWith({ event: { clickId: "" } }),
      ),
    ).toEqual({ ok: false, skipped: true, reason: "required value {click_id} is missing" });
  });

  it("default applies inside JSON strings", () => {
    expect(renderOk({ bodyType: "json", bodyTemplate: '{"g":"{gaid|default:unknown}"}' }).request.body).toBe(
      '{"g":"unknown"}',
    );
  });

  it('reads a \\" in a default argument as a quote', () => {
    expect(renderOk({ bodyType: "json", bodyTemplate: '{"g":"{gaid|default:say \\"hi\\"}"}' }).request.body).toBe(
      '{"g":"say \\"hi\\""}',
    );
  });
});

describe("raw body", () => {
  it("substitutes without any encoding", () => {
    const r = renderOk({ bodyType: "raw", bodyTemplate: "v={properties.v};{{literal}}" }, awkward);
    expect(r.request.body).toBe(`v=${AWKWARD};{literal}`);
    expect(r.request.contentType).toBe("text/plain; charset=utf-8");
  });

  it("uses the config's own Content-Type header instead of the default", () => {
    const r = renderOk({
      bodyType: "raw",
      bodyTemplate: "<x>{country}</x>",
      headers: [{ name: "content-type", value: "application/xml" }],
    });
    expect(r.request.headers).toEqual([{ name: "content-type", value: "application/xml" }]);
    expect(r.request.contentType).toBe("application/xml");
  });
});

describe("no body", () => {
  it("has a null body and content type", () => {
    const r = renderOk({ method: "GET", urlTemplate: "https://pb.example.com/?c={click_id}" });
    expect(r.request).toEqual({
      method: "GET",
      url: "https://pb.example.com/?c=CjwKCAiA9ourBhAVEiwA3L5RFl",
      headers: [],
      body: null,
      contentType: null,
    });
  });
});

describe("headers", () => {
  it("sends values without percent-encoding, but strips CR and LF", () => {
    const ctx = contextWith({ properties: { v: AWKWARD, inject: "x\r\nX-Evil: 1" } });
    const r = renderOk(
      {
        headers: [
          { name: "X-V", value: "{properties.v}" },
          { name: "X-I", value: "{properties.inject}" },
        ],
      },
      ctx,
    );
    expect(r.request.headers).toEqual([
      { name: "X-V", value: "a b&c=d#e+f%g\"h'i é日本🎉z" },
      { name: "X-I", value: "xX-Evil: 1" },
    ]);
  });

  it("omit drops the header; otherwise a missing value is empty", () => {
    const r = renderOk({
      headers: [
        { name: "X-Gaid", value: "{gaid|omit}" },
        { name: "X-Gaid-Empty", value: "{gaid}" },
        { name: "X-Country", value: "{country|omit}" },
      ],
    });
    expect(r.request.headers).toEqual([
      { name: "X-Gaid-Empty", value: "" },
      { name: "X-Country", value: "US" },
    ]);
  });
});
