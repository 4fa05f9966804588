import { describe, expect, it } from "vitest";
import { renderPostback } from "./render";
import { sampleTemplateContext } from "./sample-context";
import { AWKWARD, config, contextWith, renderOk } from "./test-fixtures";

const awkward = contextWith({ properties: { v: AWKWARD } });
const ENCODED = "a%20b%26c%3Dd%23e%2Bf%25g%22h%27i%20%C3%A9%E6%97%A5%E6%9C%AC%F0%9F%8E%89%0Az";

describe("URL encoding", () => {
  it("percent-encodes a query value byte for byte (RFC 3986, UTF-8)", () => {
    const r = renderOk({ urlTemplate: "https://pb.example.com/cb?v={properties.v}&n=1" }, awkward);
    expect(r.request.url).toBe(`https://pb.example.com/cb?v=${ENCODED}&n=1`);
  });

  it("encodes a path segment the same way, including /", () => {
    const ctx = contextWith({ properties: { v: AWKWARD, p: "a/b c" } });
    const r = renderOk({ urlTemplate: "https://pb.example.com/cb/{properties.p}/{properties.v}" }, ctx);
    expect(r.request.url).toBe(`https://pb.example.com/cb/a%2Fb%20c/${ENCODED}`);
  });

  it("encodes ! ' ( ) * which encodeURIComponent leaves alone, and keeps - . _ ~", () => {
    const ctx = contextWith({ properties: { v: "!'()*-._~" } });
    expect(renderOk({ urlTemplate: "https://pb.example.com/?v={properties.v}" }, ctx).request.url).toBe(
      "https://pb.example.com/?v=%21%27%28%29%2A-._~",
    );
  });

  it("writes |raw values without encoding", () => {
    const ctx = contextWith({ properties: { v: "a%20b/c" } });
    expect(
      renderOk({ urlTemplate: "https://pb.example.com/x/{properties.v|raw}?q={properties.v|raw}" }, ctx).request.url,
    ).toBe("https://pb.example.com/x/a%20b/c?q=a%20b/c");
  });

  it("double-encodes with |urlencode", () => {
    const ctx = contextWith({ properties: { v: "a b&c" } });
    expect(renderOk({ urlTemplate: "https://pb.example.com/?v={properties.v|urlencode}" }, ctx).request.url).toBe(
      "https://pb.example.com/?v=a%2520b%2526c",
    );
  });

  it("keeps literal text and normalises the result with new URL()", () => {
    const r = renderOk({ urlTemplate: "https://PB.Example.com?click={click_id}&ev={partner_event_name}" });
    expect(r.request.url).toBe("https://pb.example.com/?click=CjwKCAiA9ourBhAVEiwA3L5RFl&ev=CompletePayment");
  });

  it("encodes macros in the fragment", () => {
    expect(renderOk({ urlTemplate: "https://pb.example.com/#c={campaign_name}" }).request.url).toBe(
      "https://pb.example.com/#c=Black%20Friday%20%E2%80%93%20US%20iOS",
    );
  });

  it("formats dates as ISO 8601 UTC by default", () => {
    expect(renderOk({ urlTemplate: "https://pb.example.com/?t={event_time}" }).request.url).toBe(
      "https://pb.example.com/?t=2026-11-27T10%3A00%3A00.000Z",
    );
  });
});

describe("missing values in the URL", () => {
  it("writes an empty value by default", () => {
    expect(renderOk({ urlTemplate: "https://pb.example.com/?g={gaid}&c={click_id}" }).request.url).toBe(
      "https://pb.example.com/?g=&c=CjwKCAiA9ourBhAVEiwA3L5RFl",
    );
  });

  it("omit drops the whole pair with its &, wherever it is", () => {
    expect(renderOk({ urlTemplate: "https://pb.example.com/?g={gaid|omit}&c=1" }).request.url).toBe(
      "https://pb.example.com/?c=1",
    );
    expect(renderOk({ urlTemplate: "https://pb.example.com/?c=1&g={gaid|omit}&d=2" }).request.url).toBe(
      "https://pb.example.com/?c=1&d=2",
    );
    expect(renderOk({ urlTemplate: "https://pb.example.com/?c=1&g={gaid|omit}" }).request.url).toBe(
      "https://pb.example.com/?c=1",
    );
  });

  it("omit drops the ? when no parameter is left", () => {
    expect(renderOk({ urlTemplate: "https://pb.example.com/cb?g={gaid|omit}" }).request.url).toBe(
      "https://pb.example.com/cb",
    );
  });

  it("omit keeps a pair whose value is present", () => {
    expect(renderOk({ urlTemplate: "https://pb.example.com/?i={idfa|omit}" }).request.url).toBe(
      "https://pb.example.com/?i=6D92078A-8246-4BA4-AE5B-76104861E7DC",
    );
  });

  it("default fills in the value, then later modifiers apply", () => {
    expect(renderOk({ urlTemplate: "https://pb.example.com/?g={gaid|default:n/a|upper}" }).request.url).toBe(
      "https://pb.example.com/?g=N%2FA",
    );
  });

  it("required skips the postback and names the macro", () => {
    const result = renderPostback(
      config({ urlTemplate: "https://pb.example.com/?g={gaid|required}" }),
      sampleTemplateContext,
    );
    expect(result).toEqual({ ok: false, skipped: true, reason: "required value {gaid} is missing" });
  });

  it("required names every missing macro, across URL, headers and body", () => {
    const ctx = contextWith({ event: { clickId: null } });
    const result = renderPostback(
      config({
        urlTemplate: "https://pb.example.com/?g={gaid|required}&c={click_id|required}",
        headers: [{ name: "X-Gaid", value: "{gaid|required}" }],
        bodyType: "json",
        bodyTemplate: '{"ip":"{ip|required}"}',
      }),
      ctx,
    );
    expect(result).toEqual({ ok: false, skipped: true, reason: "required values {gaid}, {click_id} are missing" });
  });
});

describe("rendered URL checks", () => {
  it("rejects a value that would become a dot segment in the path", () => {
    const ctx = contextWith({ properties: { v: ".." } });
    const result = renderPostback(config({ urlTemplate: "https://pb.example.com/a/{properties.v}/b" }), ctx);
    expect(result).toEqual({
      ok: false,
      skipped: false,
      errors: [
        {
          message: 'the rendered URL path contains a "." or ".." segment: /a/../b',
          index: 0,
          length: 41,
          field: "urlTemplate",
        },
      ],
    });
  });
});
