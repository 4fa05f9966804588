import { describe, expect, it } from "vitest";
import { maskSecret } from "./mask-secret";
import { renderPostback } from "./render";
import { config, contextWith, renderOk } from "./test-fixtures";

describe("maskSecret", () => {
  it("shows the last 4 characters of secrets of 12 or more characters", () => {
    expect(maskSecret("sample-token-0000-1f7c")).toBe("****1f7c");
    expect(maskSecret("twelve-chars")).toBe("****hars");
  });

  it("hides shorter secrets completely", () => {
    expect(maskSecret("eleven-char")).toBe("****");
    expect(maskSecret("")).toBe("****");
  });

  it("counts code points, so an emoji is kept whole", () => {
    expect(maskSecret("abcdefghijk🎉")).toBe("****ijk🎉");
  });

  it("encodes the tail but not the stars", () => {
    expect(maskSecret("abc/def+ghi=j k", encodeURIComponent)).toBe("****%3Dj%20k");
  });
});

describe("masked request", () => {
  const ctx = contextWith({ secrets: { token: "abc/def+ghi=jkl", pin: "1234", sig: "s3cr3t-signing-key" } });

  it("masks secrets in the URL query and path, leaving the real request intact", () => {
    const r = renderOk(
      { urlTemplate: "https://pb.example.com/k/{secret.token}?t={secret.token}&p={secret.pin}&c={country}" },
      ctx,
    );
    expect(r.request.url).toBe("https://pb.example.com/k/abc%2Fdef%2Bghi%3Djkl?t=abc%2Fdef%2Bghi%3Djkl&p=1234&c=US");
    expect(r.masked.url).toBe("https://pb.example.com/k/****%3Djkl?t=****%3Djkl&p=****&c=US");
  });

  it("masks secrets in headers", () => {
    const r = renderOk(
      {
        headers: [
          { name: "Authorization", value: "Bearer {secret.token}" },
          { name: "X-Pin", value: "{secret.pin}" },
        ],
      },
      ctx,
    );
    expect(r.request.headers).toEqual([
      { name: "Authorization", value: "Bearer abc/def+ghi=jkl" },
      { name: "X-Pin", value: "1234" },
    ]);
    expect(r.masked.headers).toEqual([
      { name: "Authorization", value: "Bearer ****=jkl" },
      { name: "X-Pin", value: "****" },
    ]);
  });

  it("masks secrets in JSON bodies, including values derived from them", () => {
    const r = renderOk(
      {
        bodyType: "json",
        bodyTemplate: '{"key":"{secret.token}","hash":"{secret.sig|sha256}","n":"{secret.pin|number}","c":"{country}"}',
      },
      ctx,
    );
    expect(r.request.body).toBe(
      '{"key":"abc/def+ghi=jkl","hash":"3fc8b345d6dfebde1b1b9ae6ff510192e46e9885359fb872f86846a20834ad2d","n":1234,"c":"US"}',
    );
    expect(r.masked.body).toBe('{"key":"****=jkl","hash":"****ad2d","n":"****","c":"US"}');
  });

  it("masks secrets in form and raw bodies", () => {
    expect(renderOk({ bodyType: "form", bodyTemplate: "k={secret.token}&c={country}" }, ctx).masked.body).toBe(
      "k=****%3Djkl&c=US",
    );
    expect(renderOk({ bodyType: "raw", bodyTemplate: "k={secret.token}" }, ctx).masked.body).toBe("k=****=jkl");
  });
});

describe("secrets in error messages", () => {
  it("are masked too", () => {
    const result = renderPostback(
      config({ bodyType: "raw", bodyTemplate: "{secret.token|cents}" }),
      contextWith({ secrets: { token: "not-an-amount-9876" } }),
    );
    expect(result).toEqual({
      ok: false,
      skipped: false,
      errors: [
        {
          message: '{secret.token}: "****9876" is not an amount, so "cents" cannot convert it',
          index: 0,
          length: 20,
          field: "bodyTemplate",
        },
      ],
    });
  });
});
