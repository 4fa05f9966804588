import { applyModifier } from "./apply-modifier";
import type { TemplateContext } from "./context";
import type { MacroValue } from "./macros";
import { maskSecret } from "./mask-secret";
import type { MacroSegment } from "./segments";

/** value null means missing after the whole chain: the caller applies omit/required/empty. */
export type Evaluation = { value: string | null; error: null } | { value: null; error: string };

// Empty text and invalid dates carry no information a partner could use, so they count as missing.
const present = (v: MacroValue): string | Date | null => {
  if (v === null || v === "") return null;
  if (v instanceof Date && Number.isNaN(v.getTime())) return null;
  return v;
};

/** Reads the macro and runs its modifiers left to right; dates end up as ISO 8601 UTC. */
export function evaluateMacro(segment: MacroSegment, ctx: TemplateContext): Evaluation {
  let value = present(segment.macro.get(ctx));
  for (const call of segment.modifiers) {
    if (call.name === "default") {
      if (value === null) value = present(call.arg);
      continue;
    }
    if (value === null) continue;
    const outcome = applyModifier(call.name, value);
    if ("problem" in outcome) {
      // Error messages are logged, so a secret's value is masked there too.
      const shown = segment.macro.secret ? maskSecret(outcome.offending) : outcome.offending;
      return { value: null, error: `{${segment.name}}: "${shown}" ${outcome.problem}` };
    }
    value = present(outcome.value);
  }
  if (value === null) return { value: null, error: null };
  return { value: typeof value === "string" ? value : value.toISOString(), error: null };
}
