import { describe, expect, it } from "vitest";
import { parseTemplate } from "./parse";

const errorsOf = (template: string, secretNames?: string[]) => parseTemplate(template, { secretNames }).errors;

describe("parseTemplate segments", () => {
  it("splits text and macros with their positions", () => {
    const { segments, errors } = parseTemplate("a{click_id}b");
    expect(errors).toEqual([]);
    expect(segments.map(({ kind, index, length }) => ({ kind, index, length }))).toEqual([
      { kind: "text", index: 0, length: 1 },
      { kind: "macro", index: 1, length: 10 },
      { kind: "text", index: 11, length: 1 },
    ]);
  });

  it("parses modifiers and their arguments with positions", () => {
    const [macro] = parseTemplate("{revenue|cents|default:0}").segments;
    expect(macro.kind === "macro" && macro.modifiers).toEqual([
      { name: "cents", arg: null, index: 9, length: 5 },
      { name: "default", arg: "0", index: 15, length: 9 },
    ]);
  });

  it("reads {{ and }} as literal braces, each as its own segment", () => {
    expect(parseTemplate("{{x}}").segments).toEqual([
      { kind: "text", text: "{", index: 0, length: 2 },
      { kind: "text", text: "x", index: 2, length: 1 },
      { kind: "text", text: "}", index: 3, length: 2 },
    ]);
    const [, macro] = parseTemplate("{{{click_id}}}").segments;
    expect(macro).toMatchObject({ kind: "macro", name: "click_id", index: 2, length: 10 });
  });

  it("resolves dynamic macros and marks secrets", () => {
    const [prop, , secret] = parseTemplate("{properties.plan}-{secret.api_key}").segments;
    expect(prop).toMatchObject({ kind: "macro", name: "properties.plan", macro: { key: "plan", secret: false } });
    expect(secret).toMatchObject({ kind: "macro", name: "secret.api_key", macro: { key: "api_key", secret: true } });
  });
});

describe("parseTemplate errors", () => {
  it("unbalanced braces", () => {
    expect(errorsOf("ab{click_id")).toEqual([
      {
        message: '"{" is never closed: end the macro with "}", or write "{{" for a literal brace',
        index: 2,
        length: 1,
      },
    ]);
    expect(errorsOf("ab}cd")).toEqual([
      { message: 'unexpected "}": write "}}" for a literal brace', index: 2, length: 1 },
    ]);
    // The first "{" is reported; the second still starts a macro.
    expect(errorsOf("{a{country}")).toEqual([
      {
        message: '"{" is never closed: end the macro with "}", or write "{{" for a literal brace',
        index: 0,
        length: 1,
      },
    ]);
    expect(errorsOf("{click_id}}")).toEqual([
      { message: 'unexpected "}": write "}}" for a literal brace', index: 10, length: 1 },
    ]);
  });

  it("empty macro", () => {
    expect(errorsOf("x{}")).toEqual([
      { message: "empty macro: write a name such as {click_id}, or {{ for a literal brace", index: 1, length: 2 },
    ]);
    expect(errorsOf("{ }")).toEqual([
      { message: "empty macro: write a name such as {click_id}, or {{ for a literal brace", index: 0, length: 3 },
    ]);
    expect(errorsOf("{|lower}")).toEqual([{ message: 'macro name missing before "|"', index: 0, length: 8 }]);
  });

  it("unknown macro suggests the closest name", () => {
    expect(errorsOf("c={clik_id}")).toEqual([
      { message: 'unknown macro "clik_id" — did you mean "click_id"?', index: 3, length: 7 },
    ]);
    expect(errorsOf("{evnet_time}")).toEqual([
      { message: 'unknown macro "evnet_time" — did you mean "event_time"?', index: 1, length: 10 },
    ]);
    expect(errorsOf("{Click_ID}")).toEqual([
      { message: 'unknown macro "Click_ID" — did you mean "click_id"?', index: 1, length: 8 },
    ]);
    expect(errorsOf("{property.plan}")).toEqual([
      { message: 'unknown macro "property.plan" — did you mean "properties.plan"?', index: 1, length: 13 },
    ]);
    expect(errorsOf("{xyzzy}")).toEqual([{ message: 'unknown macro "xyzzy"', index: 1, length: 5 }]);
    expect(errorsOf("{properties.}")).toEqual([
      { message: 'macro "properties." needs a name after the dot, e.g. "properties.<key>"', index: 1, length: 11 },
    ]);
    expect(errorsOf("{secret}")).toEqual([
      { message: 'macro "secret" needs a name after the dot, e.g. "secret.<name>"', index: 1, length: 6 },
    ]);
  });

  it("unknown secret, when the secret names are known", () => {
    expect(errorsOf("{secret.api_kye}", ["api_key", "pixel_id"])).toEqual([
      { message: 'unknown secret "api_kye" — did you mean "secret.api_key"?', index: 1, length: 14 },
    ]);
    expect(errorsOf("{secret.other}", ["api_key"])).toEqual([
      { message: `unknown secret "other"; add it to the network's secrets first`, index: 1, length: 12 },
    ]);
    expect(errorsOf("{secret.api_key}", ["api_key"])).toEqual([]);
  });

  it("unknown modifier suggests the closest name", () => {
    expect(errorsOf("{click_id|lowr}")).toEqual([
      { message: 'unknown modifier "lowr" — did you mean "lower"?', index: 10, length: 4 },
    ]);
    expect(errorsOf("{event_time|unixms}")).toEqual([
      { message: 'unknown modifier "unixms" — did you mean "unix_ms"?', index: 12, length: 6 },
    ]);
    expect(errorsOf("{click_id|frobnicate:1}")).toEqual([
      { message: 'unknown modifier "frobnicate"', index: 10, length: 10 },
    ]);
  });

  it("modifier arguments", () => {
    expect(errorsOf("{gaid|default}")).toEqual([
      { message: 'modifier "default" needs an argument, e.g. "default:text"', index: 6, length: 7 },
    ]);
    expect(errorsOf("{gaid|default:}")).toEqual([
      { message: 'modifier "default" needs an argument, e.g. "default:text"', index: 6, length: 8 },
    ]);
    expect(errorsOf("{gaid|lower:x}")).toEqual([
      { message: 'modifier "lower" does not take an argument', index: 6, length: 7 },
    ]);
  });

  it("empty modifier", () => {
    expect(errorsOf("{gaid||lower}")).toEqual([{ message: 'empty modifier after "|"', index: 5, length: 1 }]);
    expect(errorsOf("{gaid|}")).toEqual([{ message: 'empty modifier after "|"', index: 5, length: 1 }]);
  });

  it("modifiers that do not fit the value", () => {
    expect(errorsOf("{click_id|unix}")).toEqual([
      {
        message: 'modifier "unix" only works on dates such as {event_time}, but this value is text',
        index: 10,
        length: 4,
      },
    ]);
    expect(errorsOf("{revenue|date}")).toEqual([
      {
        message: 'modifier "date" only works on dates such as {event_time}, but this value is an amount',
        index: 9,
        length: 4,
      },
    ]);
    expect(errorsOf("{event_time|unix|date}")).toEqual([
      {
        message: 'modifier "date" only works on dates such as {event_time}, but this value is text',
        index: 17,
        length: 4,
      },
    ]);
    expect(errorsOf("{event_time|cents}")).toEqual([
      { message: 'modifier "cents" only works on amounts such as {revenue}, not on dates', index: 12, length: 5 },
    ]);
    expect(errorsOf("{event_time|number}")).toEqual([
      { message: 'modifier "number" cannot write a date as a number: add "unix" before it', index: 12, length: 6 },
    ]);
    expect(errorsOf("{event_time|unix|number}{install_time|default:0|unix}")).toEqual([]);
  });

  it("omit and required together", () => {
    expect(errorsOf("{gaid|omit|required}")).toEqual([
      { message: '"omit" and "required" cannot be combined: choose one', index: 6, length: 4 },
    ]);
  });

  it("reports every error in a template, in order", () => {
    expect(errorsOf("{clik_id}&{gaid|bogus}}").map((e) => [e.index, e.length])).toEqual([
      [1, 7],
      [16, 5],
      [22, 1],
    ]);
  });
});
