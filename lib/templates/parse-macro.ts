import { type TemplateError, templateError } from "./errors";
import { dynamicMacros, type MacroValueType, macroCatalogue } from "./macros";
import { findModifier, modifierCatalogue } from "./modifiers";
import { resolveMacro } from "./resolve-macro";
import type { MacroSegment, ModifierCall } from "./segments";
import { closestName } from "./suggest";

export interface ParseOptions {
  /** When given, {secret.x} must name one of these; otherwise any secret name is accepted. */
  secretNames?: readonly string[];
}

const macroNames = macroCatalogue.map((m) => m.name);
const modifierNames = modifierCatalogue.map((m) => m.name);

const didYouMean = (what: string, input: string, candidates: readonly string[]) => {
  const close = closestName(input, candidates);
  return close ? `unknown ${what} "${input}" — did you mean "${close}"?` : `unknown ${what} "${input}"`;
};

// "property.plan" or "secrets.token" should point at the dynamic form with the same key.
function macroCandidates(name: string): string[] {
  const dot = name.indexOf(".");
  if (dot < 0) return macroNames;
  const key = name.slice(dot + 1);
  return [...macroNames, ...dynamicMacros.map((d) => d.prefix + key)];
}

function unknownMacroMessage(name: string): string {
  const dyn = dynamicMacros.find((d) => name === d.prefix || name === d.prefix.slice(0, -1));
  if (dyn) return `macro "${name}" needs a name after the dot, e.g. "${dyn.pattern}"`;
  return didYouMean("macro", name, macroCandidates(name));
}

/**
 * Parses the inside of one `{...}`. `start` is the template index of the first character after
 * "{". Returns the macro, or the errors that prevent using it.
 */
export function parseMacro(
  body: string,
  start: number,
  options: ParseOptions = {},
): { macro: MacroSegment | null; errors: TemplateError[] } {
  const braceIndex = start - 1;
  const length = body.length + 2;
  if (body.trim() === "")
    return {
      macro: null,
      errors: [
        templateError("empty macro: write a name such as {click_id}, or {{ for a literal brace", braceIndex, length),
      ],
    };

  const parts: { text: string; index: number }[] = [];
  let offset = 0;
  for (const text of body.split("|")) {
    parts.push({ text, index: start + offset });
    offset += text.length + 1;
  }
  const errors: TemplateError[] = [];
  const [namePart, ...modifierParts] = parts;
  const name = namePart.text;
  const macro = name === "" ? null : resolveMacro(name);
  if (name === "") errors.push(templateError(`macro name missing before "|"`, braceIndex, length));
  else if (!macro) errors.push(templateError(unknownMacroMessage(name), namePart.index, name.length));
  else if (macro.secret && options.secretNames && macro.key !== null && !options.secretNames.includes(macro.key)) {
    const close = closestName(macro.key, options.secretNames);
    const hint = close ? ` — did you mean "secret.${close}"?` : "; add it to the network's secrets first";
    errors.push(templateError(`unknown secret "${macro.key}"${hint}`, namePart.index, name.length));
  }

  const modifiers: ModifierCall[] = [];
  for (const part of modifierParts) {
    const call = parseModifier(part.text, part.index, errors);
    if (call) modifiers.push(call);
  }
  if (macro) checkTypes(macro.type, modifiers, errors);
  const omit = modifiers.find((m) => m.name === "omit");
  if (omit && modifiers.some((m) => m.name === "required")) {
    errors.push(templateError(`"omit" and "required" cannot be combined: choose one`, omit.index, omit.length));
  }

  if (errors.length > 0 || !macro) return { macro: null, errors };
  return { macro: { kind: "macro", name, macro, modifiers, index: braceIndex, length }, errors };
}

function parseModifier(text: string, index: number, errors: TemplateError[]): ModifierCall | null {
  if (text === "") {
    errors.push(templateError(`empty modifier after "|"`, index - 1, 1));
    return null;
  }
  const colon = text.indexOf(":");
  const name = colon < 0 ? text : text.slice(0, colon);
  const arg = colon < 0 ? null : text.slice(colon + 1);
  const def = findModifier(name);
  if (!def) {
    errors.push(templateError(didYouMean("modifier", name, modifierNames), index, name.length));
    return null;
  }
  if (def.argument && (arg === null || arg === "")) {
    errors.push(templateError(`modifier "${name}" needs an argument, e.g. "${def.argument}"`, index, text.length));
    return null;
  }
  if (!def.argument && arg !== null) {
    errors.push(templateError(`modifier "${name}" does not take an argument`, index, text.length));
    return null;
  }
  return { name: def.name, arg, index, length: text.length };
}

// Follows the value's type through the chain so "{click_id|unix}" is caught while typing,
// not when a postback fails at 3 a.m.
function checkTypes(initial: MacroValueType, modifiers: ModifierCall[], errors: TemplateError[]): void {
  let type = initial;
  for (const call of modifiers) {
    const def = findModifier(call.name);
    if (def?.kind !== "transform" || call.name === "default") {
      if (call.name === "number" && type === "date") {
        errors.push(
          templateError(
            `modifier "number" cannot write a date as a number: add "unix" before it`,
            call.index,
            call.length,
          ),
        );
      }
      continue;
    }
    if (def.needsDate && type !== "date") {
      errors.push(
        templateError(
          `modifier "${call.name}" only works on dates such as {event_time}, but this value is ${type === "decimal" ? "an amount" : "text"}`,
          call.index,
          call.length,
        ),
      );
    } else if (call.name === "cents" && type === "date") {
      errors.push(
        templateError(
          `modifier "cents" only works on amounts such as {revenue}, not on dates`,
          call.index,
          call.length,
        ),
      );
    }
    type = "text";
  }
}
