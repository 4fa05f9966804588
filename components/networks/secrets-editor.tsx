"use client";
import { KeyRound, Lock, Plus, RotateCcw, Undo2, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";
import { RelativeTime } from "@/components/ui/relative-time";
import { type EditorState, type NetworkView, rowKey } from "./editor-state";

type SecretsState = Pick<EditorState, "newSecrets" | "replacedSecrets" | "removedSecrets">;

/** `{secret.token}` names used by the templates. */
export function referencedSecrets(texts: string[]): string[] {
  const names = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/\{secret\.([a-z][a-z0-9_]*)/g)) names.add(m[1]);
  return [...names];
}

/**
 * Secrets are write-only: a saved one shows only its last characters. Anyone who edits the
 * network may add a secret; replacing or removing an existing one is a rotation, for admins.
 */
export function SecretsEditor({
  saved,
  state,
  onChange,
  canRotate,
  readOnly,
  referenced,
  fieldError,
}: {
  saved: NetworkView["secrets"];
  state: SecretsState;
  onChange: (patch: Partial<SecretsState>) => void;
  canRotate: boolean;
  readOnly: boolean;
  referenced: string[];
  fieldError: (field: string) => string | null;
}) {
  const known = new Set([...saved.map((s) => s.name), ...state.newSecrets.map((r) => r.name.trim())]);
  const missing = referenced.filter((n) => !known.has(n));
  const addRow = (name = "") => onChange({ newSecrets: [...state.newSecrets, { key: rowKey(), name, value: "" }] });
  const updateRow = (key: string, patch: Partial<EditorState["newSecrets"][number]>) =>
    onChange({ newSecrets: state.newSecrets.map((r) => (r.key === key ? { ...r, ...patch } : r)) });

  return (
    <div className="space-y-3">
      {saved.length === 0 && state.newSecrets.length === 0 && (
        <p className="text-sm text-slate-500">
          No secrets. Store API tokens here and use them as{" "}
          <code className="font-mono text-xs">{"{secret.token}"}</code>: they are encrypted and never shown again.
        </p>
      )}
      {saved.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {saved.map((s) => {
            const removed = state.removedSecrets.includes(s.name);
            const replacing = s.name in state.replacedSecrets;
            return (
              <li key={s.name} className="px-3 py-2.5" data-testid={`secret-${s.name}`}>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <KeyRound className="size-4 text-slate-400" aria-hidden />
                  <code
                    className={cn("font-mono text-[13px] text-slate-900", removed && "line-through text-slate-400")}
                  >{`{secret.${s.name}}`}</code>
                  <span className="font-mono text-sm tracking-wider text-slate-500">
                    <span aria-hidden>••••{s.lastFour}</span>
                    <span className="sr-only">{s.lastFour ? `ending in ${s.lastFour}` : "hidden"}</span>
                  </span>
                  <span className="text-xs text-slate-400">
                    set <RelativeTime date={s.rotatedAt} />
                  </span>
                  <span className="ml-auto flex items-center gap-1">
                    {readOnly ? null : !canRotate ? (
                      <span
                        className="inline-flex items-center gap-1 text-xs text-slate-400"
                        title="Replacing or removing a saved secret is a rotation; only admins can do it."
                      >
                        <Lock className="size-3.5" aria-hidden /> Only admins can replace it
                      </span>
                    ) : removed ? (
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() => onChange({ removedSecrets: state.removedSecrets.filter((n) => n !== s.name) })}
                      >
                        <Undo2 className="size-3.5" aria-hidden /> Keep
                      </Button>
                    ) : (
                      <>
                        {!replacing && (
                          <Button
                            variant="ghost"
                            size="sm"
                            onClick={() => onChange({ replacedSecrets: { ...state.replacedSecrets, [s.name]: "" } })}
                          >
                            <RotateCcw className="size-3.5" aria-hidden /> Replace
                            <span className="sr-only"> {s.name}</span>
                          </Button>
                        )}
                        <Button
                          variant="ghost"
                          size="sm"
                          className="text-red-600 hover:text-red-700"
                          onClick={() => {
                            const { [s.name]: _dropped, ...rest } = state.replacedSecrets;
                            onChange({ removedSecrets: [...state.removedSecrets, s.name], replacedSecrets: rest });
                          }}
                        >
                          Remove<span className="sr-only"> {s.name}</span>
                        </Button>
                      </>
                    )}
                  </span>
                </div>
                {removed && (
                  <p className="mt-1 text-xs text-red-600">
                    Will be deleted when you save; postbacks using it will send an empty value.
                  </p>
                )}
                {replacing && !removed && (
                  <div className="mt-2 flex items-center gap-2">
                    <Input
                      type="password"
                      autoComplete="new-password"
                      aria-label={`New value for ${s.name}`}
                      placeholder="New value"
                      autoFocus
                      value={state.replacedSecrets[s.name]}
                      onChange={(e) =>
                        onChange({ replacedSecrets: { ...state.replacedSecrets, [s.name]: e.target.value } })
                      }
                    />
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => {
                        const { [s.name]: _dropped, ...rest } = state.replacedSecrets;
                        onChange({ replacedSecrets: rest });
                      }}
                    >
                      Cancel
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {state.newSecrets.map((row, i) => {
        const error = fieldError(`secrets.${row.name.trim() || row.key}`);
        return (
          <div
            key={row.key}
            className="rounded-md border border-dashed border-slate-300 p-3"
            data-testid="new-secret-row"
          >
            {row.label && (
              <p className="mb-2 text-xs text-slate-500">
                <span className="font-medium text-slate-700">{row.label}</span>
                {row.hint ? ` — ${row.hint}` : ""}
              </p>
            )}
            <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_2rem] items-center gap-2">
              <Input
                aria-label={`Secret ${i + 1} name`}
                placeholder="token"
                value={row.name}
                readOnly={readOnly}
                className="font-mono text-[13px]"
                onChange={(e) => updateRow(row.key, { name: e.target.value.toLowerCase() })}
              />
              <Input
                type="password"
                autoComplete="new-password"
                aria-label={`Secret ${i + 1} value`}
                placeholder="Value (write-only)"
                value={row.value}
                readOnly={readOnly}
                invalid={Boolean(error)}
                onChange={(e) => updateRow(row.key, { value: e.target.value })}
              />
              {!readOnly && (
                <Button
                  variant="ghost"
                  size="sm"
                  className="px-2"
                  aria-label={`Remove secret row ${row.name || i + 1}`}
                  onClick={() => onChange({ newSecrets: state.newSecrets.filter((r) => r.key !== row.key) })}
                >
                  <X className="size-4" aria-hidden />
                </Button>
              )}
            </div>
            {error && <p className="mt-1 text-xs text-red-600">{error}</p>}
          </div>
        );
      })}

      {!readOnly && missing.length > 0 && (
        <div className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-800">
          The template uses{" "}
          {missing.map((n) => (
            <code key={n} className="mx-0.5 font-mono">{`{secret.${n}}`}</code>
          ))}{" "}
          but no such secret is stored.{" "}
          {missing.map((n) => (
            <button
              key={n}
              type="button"
              className="font-medium underline underline-offset-2 hover:text-amber-950"
              onClick={() => addRow(n)}
            >
              Add {n}
            </button>
          ))}
        </div>
      )}
      {!readOnly && (
        <Button variant="secondary" size="sm" onClick={() => addRow()}>
          <Plus className="size-3.5" aria-hidden /> Add secret
        </Button>
      )}
    </div>
  );
}
