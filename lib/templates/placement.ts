import { type TemplateError, templateError } from "./errors";
import type { Segment } from "./segments";

/** Where a piece of template text ends up; decides which modifiers make sense there. */
export type Placement = "url-path" | "url-query" | "url-fragment" | "header" | "body-json" | "body-form" | "body-raw";

const OMIT_PLACES: readonly Placement[] = ["url-query", "header", "body-json", "body-form"];

/**
 * Rejects modifiers that cannot do anything where they are: `omit` needs something to leave out
 * (a query parameter, form field, JSON key or header), `number` needs a JSON body.
 */
export function checkPlacement(segments: readonly Segment[], place: Placement): TemplateError[] {
  const errors: TemplateError[] = [];
  for (const segment of segments) {
    if (segment.kind !== "macro") continue;
    for (const call of segment.modifiers) {
      if (call.name === "omit" && !OMIT_PLACES.includes(place)) {
        const where =
          place === "body-raw" ? "a raw body" : place === "url-fragment" ? "the URL fragment" : "the URL path";
        errors.push(
          templateError(
            `"omit" cannot leave anything out in ${where}; it works in query parameters, form fields, JSON values and headers. Use "default:…" instead`,
            call.index,
            call.length,
          ),
        );
      }
      if (call.name === "number" && place !== "body-json") {
        errors.push(templateError(`"number" only works in a JSON body`, call.index, call.length));
      }
    }
  }
  return errors;
}
