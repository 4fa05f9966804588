/** Every modifier the syntax accepts, `{macro|name}` or `{macro|name:argument}`. */
export type ModifierName =
  | "raw"
  | "lower"
  | "upper"
  | "unix"
  | "unix_ms"
  | "iso"
  | "date"
  | "cents"
  | "sha256"
  | "md5"
  | "base64"
  | "urlencode"
  | "trim"
  | "default"
  | "omit"
  | "required"
  | "number";

/**
 * transform: changes the value, applied left to right ({x|trim|lower}).
 * policy: decides what happens when the value is missing (null, absent or empty).
 * output: changes how the value is written into the request, wherever it appears in the list.
 */
type ModifierKind = "transform" | "policy" | "output";

export interface ModifierDefinition {
  name: ModifierName;
  kind: ModifierKind;
  /** One sentence for the template editor. */
  description: string;
  /** Shown in the editor, e.g. "default:0"; null when the modifier takes no argument. */
  argument: string | null;
  /** Only meaningful on dates (event_time, click_time, install_time, timestamp). */
  needsDate: boolean;
}

const m = (
  name: ModifierName,
  kind: ModifierKind,
  description: string,
  argument: string | null = null,
  needsDate = false,
): ModifierDefinition => ({ name, kind, description, argument, needsDate });

export const modifierCatalogue: readonly ModifierDefinition[] = [
  m("raw", "output", "Insert the value exactly as it is, without URL encoding."),
  m("lower", "transform", "Convert to lower case."),
  m("upper", "transform", "Convert to upper case."),
  m("trim", "transform", "Remove spaces and line breaks at the start and end."),
  m("unix", "transform", "Write a date as seconds since 1 January 1970 (Unix time).", null, true),
  m("unix_ms", "transform", "Write a date as milliseconds since 1 January 1970.", null, true),
  m("iso", "transform", "Write a date as ISO 8601 in UTC, e.g. 2026-11-27T10:00:00.000Z (the default).", null, true),
  m("date", "transform", "Write only the UTC day of a date, e.g. 2026-11-27.", null, true),
  m("cents", "transform", "Multiply an amount by 100 and round to a whole number, e.g. 49.99 becomes 4999."),
  m("sha256", "transform", "Replace the value with its SHA-256 hash (lowercase hex)."),
  m("md5", "transform", "Replace the value with its MD5 hash (lowercase hex)."),
  m("base64", "transform", "Encode the value as Base64."),
  m("urlencode", "transform", "URL-encode the value once more, for networks that expect double encoding in URLs."),
  m("default", "transform", "Use this text when the value is missing, e.g. {country|default:US}.", "default:text"),
  m(
    "omit",
    "policy",
    "When the value is missing, leave out the whole query parameter, form field, JSON key or header.",
  ),
  m("required", "policy", "When the value is missing, do not send this postback at all."),
  m(
    "number",
    "output",
    'In a JSON body, write the value as a number instead of text, e.g. "{revenue|number}" becomes 49.99.',
  ),
];

const byName = new Map<string, ModifierDefinition>(modifierCatalogue.map((d) => [d.name, d]));

export function findModifier(name: string): ModifierDefinition | null {
  return byName.get(name) ?? null;
}
