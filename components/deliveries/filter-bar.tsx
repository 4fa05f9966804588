"use client";
import { Filter, X } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { fromLocalInput, toLocalInput } from "./use-url-filters";

export type FilterSpec<K extends string> = { key: K; label: string } & (
  | { type: "select"; options: { value: string; label: string }[]; any: string }
  | { type: "text"; placeholder?: string }
  | { type: "datetime" }
);

type Values<K extends string> = Partial<Record<K, string | undefined>>;

/**
 * A row of filters over URL search params. Choosing from a list applies at once; typed values
 * apply on Enter or Apply, so the list is not re-queried on every keystroke.
 */
export function FilterBar<K extends string>(props: {
  specs: FilterSpec<K>[];
  filters: Values<K>;
  onApply: (next: Values<K>) => void;
  active: number;
}) {
  // Re-mounting when the URL changes (Back, Clear, a shared link) keeps the inputs in step with it.
  return <FilterForm key={JSON.stringify(props.filters)} {...props} />;
}

function FilterForm<K extends string>({
  specs,
  filters,
  onApply,
  active,
}: {
  specs: FilterSpec<K>[];
  filters: Values<K>;
  onApply: (next: Values<K>) => void;
  active: number;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      specs.map((s) => [s.key, s.type === "datetime" ? toLocalInput(filters[s.key]) : (filters[s.key] ?? "")]),
    ),
  );

  const valuesFrom = (d: Record<string, string>): Values<K> =>
    Object.fromEntries(
      specs.map((s) => [s.key, s.type === "datetime" ? fromLocalInput(d[s.key]) : d[s.key] || undefined]),
    ) as Values<K>;

  return (
    <form
      role="search"
      aria-label="Filters"
      className="w-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(valuesFrom(draft));
      }}
    >
      {/* Equal columns that fill each row: two tidy rows beside the sidebar at 1280 px, one on wide screens. */}
      <div className="grid grid-cols-[repeat(auto-fill,minmax(12.5rem,1fr))] items-end gap-3">
        {specs.map((s) => {
          const fieldId = `${id}-${s.key}`;
          return (
            <div key={s.key}>
              <label htmlFor={fieldId} className="block text-xs font-medium text-slate-600">
                {s.label}
              </label>
              <div className="mt-1">
                {s.type === "select" ? (
                  <Select
                    id={fieldId}
                    value={draft[s.key]}
                    className="py-1.5!"
                    onChange={(e) => {
                      const next = { ...draft, [s.key]: e.target.value };
                      setDraft(next);
                      onApply(valuesFrom(next));
                    }}
                  >
                    <option value="">{s.any}</option>
                    {/* A value from a shared link that is not in the list still shows as selected. */}
                    {draft[s.key] && !s.options.some((o) => o.value === draft[s.key]) && (
                      <option value={draft[s.key]}>{draft[s.key]}</option>
                    )}
                    {s.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                ) : (
                  <Input
                    id={fieldId}
                    type={s.type === "datetime" ? "datetime-local" : "text"}
                    value={draft[s.key]}
                    className="py-1.5!"
                    placeholder={s.type === "text" ? s.placeholder : undefined}
                    autoComplete="off"
                    onChange={(e) => setDraft({ ...draft, [s.key]: e.target.value })}
                  />
                )}
              </div>
            </div>
          );
        })}
        <div className="flex items-center gap-2">
          <Button type="submit" size="sm">
            <Filter className="size-3.5" aria-hidden /> Apply
          </Button>
          {active > 0 && (
            <Button
              variant="ghost"
              size="sm"
              onClick={() => onApply(Object.fromEntries(specs.map((s) => [s.key, undefined])) as Values<K>)}
            >
              <X className="size-3.5" aria-hidden /> Clear
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}
