// What the template editor offers while the caret is inside a `{...}`: catalogue macros after
// "{", modifiers after "|". Pure, so the textarea component only wires keys and rendering.
import { dynamicMacros, macroCatalogue, modifierCatalogue } from "@/lib/templates";

export interface MacroToken {
  kind: "macro" | "modifier";
  /** Template index of the macro's "{". */
  brace: number;
  /** Template index where the typed name starts (just after "{" or "|"). */
  start: number;
  /** Where the name being typed ends, including characters after the caret. */
  end: number;
  query: string;
}

export interface Suggestion {
  /** What is inserted in place of the typed name. */
  insert: string;
  label: string;
  description: string;
  example?: string;
  /** Inserting completes the macro ("}" follows) unless the user still has to type a key or argument. */
  closes: boolean;
}

const NAME_CHAR = /[A-Za-z0-9_.]/;

/** The macro name or modifier under the caret, or null when the caret is not inside one being typed. */
export function findMacroToken(text: string, caret: number): MacroToken | null {
  let i = caret - 1;
  let bar = -1;
  for (; i >= 0; i--) {
    const ch = text[i];
    if (ch === "{") break;
    if (ch === "|") {
      if (bar < 0) bar = i;
      continue;
    }
    if (ch === ":" && bar < 0) return null; // typing a modifier argument such as default:US
    if (!NAME_CHAR.test(ch) && ch !== ":") return null;
  }
  if (i < 0) return null;
  // "{{" is a literal brace, not a macro.
  if (text[i - 1] === "{") return null;
  let end = caret;
  while (end < text.length && NAME_CHAR.test(text[end])) end++;
  const start = bar >= 0 ? bar + 1 : i + 1;
  return { kind: bar >= 0 ? "modifier" : "macro", brace: i, start, end, query: text.slice(start, caret) };
}

function rank(label: string, query: string): number {
  const l = label.toLowerCase();
  const q = query.toLowerCase();
  if (q === "") return 1;
  if (l.startsWith(q)) return 0;
  if (l.split(/[._]/).some((part) => part.startsWith(q))) return 1;
  return l.includes(q) ? 2 : -1;
}

/** Suggestions for a token, best matches first. `secretNames` are offered as {secret.<name>}. */
export function macroSuggestions(token: MacroToken, secretNames: readonly string[]): Suggestion[] {
  let all: Suggestion[];
  if (token.kind === "modifier") {
    all = modifierCatalogue.map((m) => ({
      insert: m.argument ? `${m.name}:` : m.name,
      label: m.argument ?? m.name,
      description: m.description,
      closes: !m.argument,
    }));
  } else {
    const secret = dynamicMacros.find((d) => d.prefix === "secret.");
    const properties = dynamicMacros.find((d) => d.prefix === "properties.");
    all = [
      ...macroCatalogue.map((m) => ({
        insert: m.name,
        label: m.name,
        description: m.description,
        example: m.example,
        closes: true,
      })),
      ...secretNames.map((n) => ({
        insert: `secret.${n}`,
        label: `secret.${n}`,
        description: secret?.description ?? "A stored secret.",
        example: "hidden",
        closes: true,
      })),
      ...(properties
        ? [
            {
              insert: properties.prefix,
              label: properties.pattern,
              description: properties.description,
              example: properties.example,
              closes: false,
            },
          ]
        : []),
      ...(secret && secretNames.length === 0
        ? [{ insert: secret.prefix, label: secret.pattern, description: secret.description, closes: false }]
        : []),
    ];
  }
  return all
    .map((s, i) => ({ s, r: rank(s.label, token.query), i }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.s);
}

/** The template after accepting a suggestion, and where the caret goes. */
export function applySuggestion(
  text: string,
  token: MacroToken,
  suggestion: Suggestion,
): { text: string; caret: number } {
  const after = text.slice(token.end);
  const closed = after.startsWith("}") || after.startsWith("|");
  const closing = suggestion.closes && !closed ? "}" : "";
  const inserted = suggestion.insert + closing;
  const caret = token.start + inserted.length + (suggestion.closes && closed && after.startsWith("}") ? 1 : 0);
  return { text: text.slice(0, token.start) + inserted + after, caret };
}
