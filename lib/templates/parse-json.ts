import { type TemplateError, templateError } from "./errors";

/**
 * A JSON string with where it came from: `offsets[i]` is the template index of the character (or
 * escape) that produced `value[i]`, and `offsets[value.length]` the closing quote. Macros are
 * parsed from `value`, and their positions mapped back through `offsets`.
 */
export interface JsonString {
  type: "string";
  value: string;
  index: number;
  length: number;
  offsets: number[];
}

interface JsonMember {
  key: JsonString;
  value: JsonNode;
}

/** Numbers, true, false and null keep their source text, so they are written back unchanged. */
export type JsonNode =
  | { type: "object"; members: JsonMember[] }
  | { type: "array"; items: JsonNode[] }
  | JsonString
  | { type: "literal"; raw: string };

export type JsonParseResult = { ok: true; node: JsonNode } | { ok: false; error: TemplateError };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
// Deeper than any real postback body; stops a pasted monster from exhausting the stack.
const MAX_DEPTH = 64;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number,
    readonly length = 1,
  ) {
    super(message);
  }
}

/** Strict JSON (RFC 8259) with positions, so the editor can point at the exact character. */
export function parseJson(text: string): JsonParseResult {
  let i = 0;
  const fail = (message: string, at = i, length = 1): never => {
    throw new JsonSyntaxError(`invalid JSON: ${message}`, at, at >= text.length ? 0 : length);
  };
  const describeAt = (at: number) => (at >= text.length ? "end of text" : `"${text[at]}"`);
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const expect = (ch: string, what: string) => {
    skipSpace();
    if (text[i] !== ch) fail(`expected ${what}, found ${describeAt(i)}`);
    i++;
  };

  function parseString(): JsonString {
    const start = i++;
    let value = "";
    const offsets: number[] = [];
    while (i < text.length && text[i] !== '"') {
      const ch = text[i];
      offsets.push(i);
      if (ch === "\\") {
        const esc = text[i + 1];
        if (esc === "u") {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(`"\\u" must be followed by four hex digits`, i, 2);
          value += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (esc !== undefined && esc in ESCAPES) {
          value += ESCAPES[esc];
          i += 2;
        } else fail(`invalid escape "\\${esc ?? ""}" in a string`, i, 2);
      } else if (ch < " ") {
        fail(
          ch === "\n" || ch === "\r"
            ? `line break inside a string: write \\n instead`
            : "control character inside a string",
        );
      } else {
        value += ch;
        i++;
      }
    }
    if (i >= text.length) fail("string is never closed", start);
    offsets.push(i++);
    return { type: "string", value, index: start, length: i - start, offsets };
  }

  function parseValue(depth: number): JsonNode {
    if (depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`);
    skipSpace();
    const ch = text[i];
    if (ch === '"') return parseString();
    if (ch === "{" || ch === "[") return parseContainer(ch, depth);
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { type: "literal", raw: word };
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return { type: "literal", raw: number[0] };
    }
    if (ch === "'") fail("strings must use double quotes");
    return fail(`unexpected ${describeAt(i)}`);
  }

  function parseContainer(open: "{" | "[", depth: number): JsonNode {
    const close = open === "{" ? "}" : "]";
    const members: JsonMember[] = [];
    const items: JsonNode[] = [];
    i++;
    skipSpace();
    if (text[i] === close) i++;
    else {
      for (;;) {
        skipSpace();
        if (open === "{") {
          if (text[i] !== '"') fail(`expected a key in double quotes, found ${describeAt(i)}`);
          const key = parseString();
          expect(":", `":" after the key`);
          members.push({ key, value: parseValue(depth + 1) });
        } else items.push(parseValue(depth + 1));
        skipSpace();
        if (text[i] === close) {
          i++;
          break;
        }
        if (text[i] !== ",") fail(`expected "," or "${close}", found ${describeAt(i)}`);
        const comma = i++;
        skipSpace();
        if (text[i] === close) fail(`trailing "," before "${close}"`, comma);
      }
    }
    return open === "{" ? { type: "object", members } : { type: "array", items };
  }

  try {
    skipSpace();
    if (i >= text.length) fail('the body is empty; write a JSON object such as {"click":"{click_id}"}', 0);
    const node = parseValue(0);
    skipSpace();
    if (i < text.length) fail(`unexpected ${describeAt(i)} after the end of the JSON value`);
    return { ok: true, node };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, error: templateError(e.message, e.index, e.length) };
    throw e;
  }
}
