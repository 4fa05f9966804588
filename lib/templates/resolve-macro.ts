import type { TemplateContext } from "./context";
import { dynamicMacros, type MacroValue, type MacroValueType, macroCatalogue } from "./macros";

/** A macro name looked up in the catalogue, ready to read a value from a context. */
export interface ResolvedMacro {
  name: string;
  type: MacroValueType;
  secret: boolean;
  /** For dynamic macros: the part after the prefix ("plan" in properties.plan). */
  key: string | null;
  get: (ctx: TemplateContext) => MacroValue;
}

const byName = new Map(macroCatalogue.map((m) => [m.name, m]));

/** Returns null for names that are not in the catalogue, including a dynamic prefix with no key. */
export function resolveMacro(name: string): ResolvedMacro | null {
  const fixed = byName.get(name);
  if (fixed) return { name, type: fixed.type, secret: false, key: null, get: fixed.get };
  for (const dyn of dynamicMacros) {
    if (!name.startsWith(dyn.prefix)) continue;
    const key = name.slice(dyn.prefix.length);
    if (key === "") return null;
    return { name, type: dyn.type, secret: dyn.secret, key, get: (ctx) => dyn.get(ctx, key) };
  }
  return null;
}
