import { describe, expect, it } from "vitest";
import { lintTemplate } from "./lint";

const at = (template: string, place: Parameters<typeof lintTemplate>[1]) => lintTemplate(template, place);

describe("lintTemplate: url", () => {
  it("accepts a typical postback URL", () => {
    expect(at("https://pb.example.com:8443/cb/{click_id}?a={gaid|omit}&b={{x}}&t={event_time|unix}#f", "url")).toEqual(
      [],
    );
    expect(at("HTTP://pb.example.com", "url")).toEqual([]);
  });

  it("points at a misspelled macro", () => {
    expect(at("https://pb.example.com/cb?click={clik_id}", "url")).toEqual([
      { message: 'unknown macro "clik_id" — did you mean "click_id"?', index: 33, length: 7 },
    ]);
  });

  it("points at unbalanced braces and bad modifiers", () => {
    expect(at("https://pb.example.com/cb?c={click_id&d=1", "url")).toEqual([
      {
        message: '"{" is never closed: end the macro with "}", or write "{{" for a literal brace',
        index: 28,
        length: 1,
      },
    ]);
    expect(at("https://pb.example.com/cb?c=}", "url")).toEqual([
      { message: 'unexpected "}": write "}}" for a literal brace', index: 28, length: 1 },
    ]);
    expect(at("https://pb.example.com/cb?c={click_id|sha265}", "url")).toEqual([
      { message: 'unknown modifier "sha265" — did you mean "sha256"?', index: 38, length: 6 },
    ]);
  });

  it("requires an http or https scheme", () => {
    expect(at("ftp://pb.example.com/x", "url")).toEqual([
      { message: "the URL must start with http:// or https://", index: 0, length: 6 },
    ]);
    expect(at("pb.example.com/x?c={click_id}", "url")).toEqual([
      { message: "the URL must start with http:// or https://", index: 0, length: 29 },
    ]);
  });

  it("requires a host", () => {
    expect(at("https:///x", "url")).toEqual([
      { message: "the URL has no host, e.g. https://postback.example.com/…", index: 8, length: 0 },
    ]);
  });

  it("rejects macros in the scheme or host", () => {
    const message =
      "macros cannot be used in the scheme or host: write the address itself, e.g. https://postback.example.com";
    expect(at("https://{network}.example.com/", "url")).toEqual([{ message, index: 8, length: 9 }]);
    expect(at("{properties.url}/x", "url")).toEqual([{ message, index: 0, length: 16 }]);
  });

  it("rejects credentials in the URL", () => {
    expect(at("https://user:pass@pb.example.com/", "url")).toEqual([
      {
        message: "do not put credentials in the URL: send them in a header using a {secret.…} macro",
        index: 8,
        length: 10,
      },
    ]);
  });

  it("rejects literal spaces and line breaks", () => {
    expect(at("https://pb.example.com/a b", "url")).toEqual([
      { message: "spaces are not allowed in a URL: write %20 for a space, or use a macro", index: 24, length: 1 },
    ]);
    expect(at("https://pb.example.com/x\n", "url")).toEqual([
      {
        message: "line breaks and control characters are not allowed in a URL: write %20 for a space, or use a macro",
        index: 24,
        length: 1,
      },
    ]);
  });

  it("rejects a URL that does not parse", () => {
    expect(at("https://exa[mple.com/x", "url")).toEqual([{ message: "not a valid URL", index: 0, length: 22 }]);
  });

  it("rejects omit in the path or fragment and number anywhere in a URL", () => {
    expect(at("https://pb.example.com/{gaid|omit}", "url")).toEqual([
      {
        message:
          '"omit" cannot leave anything out in the URL path; it works in query parameters, form fields, JSON values and headers. Use "default:…" instead',
        index: 29,
        length: 4,
      },
    ]);
    expect(at("https://pb.example.com/#{gaid|omit}", "url")).toEqual([
      {
        message:
          '"omit" cannot leave anything out in the URL fragment; it works in query parameters, form fields, JSON values and headers. Use "default:…" instead',
        index: 30,
        length: 4,
      },
    ]);
    expect(at("https://pb.example.com/?a={revenue|number}", "url")).toEqual([
      { message: '"number" only works in a JSON body', index: 35, length: 6 },
    ]);
  });
});

describe("lintTemplate: header, form and raw bodies", () => {
  it("header values", () => {
    expect(at("Bearer {secret.token}", "header")).toEqual([]);
    expect(at("{gaid|omit}", "header")).toEqual([]);
    expect(at("Bearer {secret.token|number}", "header")).toEqual([
      { message: '"number" only works in a JSON body', index: 21, length: 6 },
    ]);
    expect(at("{click_id", "header")).toEqual([
      {
        message: '"{" is never closed: end the macro with "}", or write "{{" for a literal brace',
        index: 0,
        length: 1,
      },
    ]);
  });

  it("form bodies", () => {
    expect(at("a=1&g={gaid|omit}", "body-form")).toEqual([]);
    expect(at("a=1&b={clik_id}", "body-form")).toEqual([
      { message: 'unknown macro "clik_id" — did you mean "click_id"?', index: 7, length: 7 },
    ]);
    const message =
      "spaces and line breaks are not allowed in a form body: separate fields with &, write %20 for a space";
    expect(at("a=1\n", "body-form")).toEqual([{ message, index: 3, length: 1 }]);
    expect(at("a=1&b=2 ", "body-form")).toEqual([{ message, index: 7, length: 1 }]);
  });

  it("raw bodies", () => {
    expect(at("<click>{click_id}</click>\n", "body-raw")).toEqual([]);
    expect(at("x={gaid|omit}", "body-raw")).toEqual([
      {
        message:
          '"omit" cannot leave anything out in a raw body; it works in query parameters, form fields, JSON values and headers. Use "default:…" instead',
        index: 8,
        length: 4,
      },
    ]);
  });
});
