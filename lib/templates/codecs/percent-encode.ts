const utf8 = new TextEncoder();
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * RFC 3986 percent-encoding of the UTF-8 bytes: everything but the unreserved characters
 * A-Z a-z 0-9 - . _ ~ is encoded, with uppercase hex. Stricter than encodeURIComponent (which
 * leaves ! ' ( ) * alone), so one function is safe for a query component, a path segment (it
 * encodes "/") and a form field. Lone surrogates become U+FFFD instead of throwing.
 */
export function percentEncode(value: string): string {
  let out = "";
  for (const ch of value) {
    if (ch.length === 1 && UNRESERVED.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of utf8.encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
