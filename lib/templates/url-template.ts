import type { Segment } from "./segments";
import { sliceText } from "./split-segments";

/**
 * A URL template cut into its parts by the literal text: `origin` is scheme and host
 * ("https://host:8443"), `path` includes its leading "/", `query` and `fragment` exclude their
 * "?" and "#" and are null when the template has none. Macros never create structure, because
 * their values are percent-encoded.
 */
export interface UrlTemplateParts {
  origin: Segment[];
  path: Segment[];
  query: Segment[] | null;
  fragment: Segment[] | null;
}

type Part = "origin" | "path" | "query" | "fragment";

export function splitUrlTemplate(segments: readonly Segment[]): UrlTemplateParts {
  const parts: UrlTemplateParts = { origin: [], path: [], query: null, fragment: null };
  let part: Part = "origin";
  let seenOrigin = "";
  const push = (s: Segment) => {
    if (part === "origin" || part === "path") parts[part].push(s);
    else {
      const list = parts[part] ?? [];
      list.push(s);
      parts[part] = list;
    }
  };
  const enter = (next: Part) => {
    part = next;
    if (next === "query" || next === "fragment") parts[next] ??= [];
  };

  for (const segment of segments) {
    if (segment.kind === "macro" || segment.text.length !== segment.length) {
      push(segment);
      if (part === "origin") seenOrigin += segment.kind === "text" ? segment.text : "\u0000";
      continue;
    }
    let start = 0;
    for (let i = 0; i < segment.text.length; i++) {
      const ch = segment.text[i];
      // The authority ends at the first "/", "?" or "#" after "://"; before it they are the scheme's.
      const boundary =
        part === "origin"
          ? seenOrigin.includes("://") && "/?#".includes(ch)
          : part === "path"
            ? ch === "?" || ch === "#"
            : part === "query"
              ? ch === "#"
              : false;
      if (part === "origin") seenOrigin += ch;
      if (!boundary) continue;
      if (i > start) push(sliceText(segment, start, i));
      if (ch === "/") {
        enter("path");
        start = i;
      } else {
        enter(ch === "?" ? "query" : "fragment");
        start = i + 1;
      }
    }
    if (segment.text.length > start) push(sliceText(segment, start, segment.text.length));
  }
  return parts;
}

/** The literal text of the origin, with "\0" where a macro stands (macros are not allowed there). */
export function originText(parts: UrlTemplateParts): string {
  return parts.origin.map((s) => (s.kind === "text" ? s.text : "\u0000")).join("");
}
