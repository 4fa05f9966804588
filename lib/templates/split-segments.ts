import type { Segment, TextSegment } from "./segments";

// An escape segment ("{{" -> "{") is never a separator and cannot be cut, so only real text is.
const isPlainText = (s: Segment): s is TextSegment => s.kind === "text" && s.text.length === s.length;

/**
 * Cuts a segment list at each literal `separator` in the text (never inside a macro value):
 * "a={x}&b=2" -> [["a=", {x}], ["b=2"]]. Joining the parts with the separator gives the input back.
 */
export function splitSegments(segments: readonly Segment[], separator: string): Segment[][] {
  const parts: Segment[][] = [[]];
  for (const segment of segments) {
    if (!isPlainText(segment)) {
      parts[parts.length - 1].push(segment);
      continue;
    }
    let start = 0;
    for (let i = 0; i <= segment.text.length; i++) {
      if (i < segment.text.length && segment.text[i] !== separator) continue;
      if (i > start) parts[parts.length - 1].push(sliceText(segment, start, i));
      if (i < segment.text.length) parts.push([]);
      start = i + 1;
    }
  }
  return parts;
}

export function sliceText(segment: TextSegment, start: number, end: number): TextSegment {
  return { kind: "text", text: segment.text.slice(start, end), index: segment.index + start, length: end - start };
}
