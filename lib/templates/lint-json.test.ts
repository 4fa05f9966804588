import { describe, expect, it } from "vitest";
import { lintTemplate } from "./lint";

const lint = (template: string) => lintTemplate(template, "body-json");

describe("lintTemplate: JSON bodies", () => {
  it("accepts a JSON template with macros in string values", () => {
    expect(
      lint(
        '{"click":"{click_id}","value":"{revenue}","n":"{revenue|number}","g":"{gaid|omit}","list":[1,"{country}"]}',
      ),
    ).toEqual([]);
  });

  it("reports JSON syntax errors with their position", () => {
    expect(lint('{"a":1,}')).toEqual([{ message: 'invalid JSON: trailing "," before "}"', index: 6, length: 1 }]);
    expect(lint('{"a":"x}')).toEqual([{ message: "invalid JSON: string is never closed", index: 5, length: 1 }]);
    expect(lint("{'a':1}")).toEqual([
      { message: `invalid JSON: expected a key in double quotes, found "'"`, index: 1, length: 1 },
    ]);
    expect(lint('{"a":"line\nbreak"}')).toEqual([
      { message: "invalid JSON: line break inside a string: write \\n instead", index: 10, length: 1 },
    ]);
    expect(lint('{"a":1} x')).toEqual([
      { message: 'invalid JSON: unexpected "x" after the end of the JSON value', index: 8, length: 1 },
    ]);
    expect(lint('{"a" 1}')).toEqual([
      { message: 'invalid JSON: expected ":" after the key, found "1"', index: 5, length: 1 },
    ]);
    expect(lint('{"a":tru}')).toEqual([{ message: 'invalid JSON: unexpected "t"', index: 5, length: 1 }]);
    expect(lint('{"a":"\\q"}')).toEqual([
      { message: 'invalid JSON: invalid escape "\\q" in a string', index: 6, length: 2 },
    ]);
    expect(lint("[1 2]")).toEqual([{ message: 'invalid JSON: expected "," or "]", found "2"', index: 3, length: 1 }]);
    expect(lint('{"a":1')).toEqual([
      { message: 'invalid JSON: expected "," or "}", found end of text', index: 6, length: 0 },
    ]);
    expect(lint(" \n")).toEqual([
      {
        message: 'invalid JSON: the body is empty; write a JSON object such as {"click":"{click_id}"}',
        index: 0,
        length: 1,
      },
    ]);
  });

  it("maps macro errors inside strings back to the template, across escapes", () => {
    expect(lint('{"a":"\\u00e9{clik_id}"}')).toEqual([
      { message: 'unknown macro "clik_id" — did you mean "click_id"?', index: 13, length: 7 },
    ]);
    expect(lint('{"a":"{click_id"}')).toEqual([
      {
        message: '"{" is never closed: end the macro with "}", or write "{{" for a literal brace',
        index: 6,
        length: 1,
      },
    ]);
  });

  it("requires number to be the whole string", () => {
    expect(lint('{"a":"x{revenue|number}"}')).toEqual([
      {
        message: '"number" needs the macro to be the whole JSON string, e.g. "{revenue|number}"',
        index: 16,
        length: 6,
      },
    ]);
  });

  it("rejects macros in keys", () => {
    expect(lint('{"{click_id}":"x"}')).toEqual([
      { message: "macros cannot be used in JSON keys, only in values", index: 1, length: 12 },
    ]);
  });
});
