"use client";
import { X } from "lucide-react";
import { useId, useRef, useState } from "react";
import { cn } from "./cn";

/**
 * A list of short values typed one by one: Enter, comma or space adds, Backspace in an empty box
 * removes the last, each chip has its own remove button. Pasting "US, GB FR" adds all three.
 */
export function TagInput({
  value,
  onChange,
  label,
  placeholder,
  normalize = (s) => s.trim(),
  validate,
  disabled,
  invalid,
  className,
  emptyText = "Any",
}: {
  value: string[];
  onChange: (next: string[]) => void;
  label: string;
  placeholder?: string;
  normalize?: (raw: string) => string;
  /** A message when a value cannot be added, shown under the box. */
  validate?: (value: string) => string | null;
  disabled?: boolean;
  invalid?: boolean;
  className?: string;
  /** Shown read-only when there are no values. */
  emptyText?: string;
}) {
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();

  function add(raw: string): boolean {
    const items = raw
      .split(/[\s,]+/)
      .map(normalize)
      .filter(Boolean);
    if (!items.length) return true;
    const bad = validate ? items.map((i) => [i, validate(i)] as const).find(([, e]) => e) : undefined;
    if (bad) {
      setProblem(`"${bad[0]}" ${bad[1]}`);
      return false;
    }
    setProblem(null);
    onChange([...value, ...items.filter((i, n) => !value.includes(i) && items.indexOf(i) === n)]);
    return true;
  }

  if (disabled) {
    return (
      <div role="group" className={cn("flex min-h-8 flex-wrap items-center gap-1", className)} aria-label={label}>
        {value.length === 0 ? (
          <span className="text-xs text-slate-400">{emptyText}</span>
        ) : (
          value.map((v) => (
            <span key={v} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
              {v}
            </span>
          ))
        )}
      </div>
    );
  }

  return (
    <div className={className}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: a wider target for pointers; keyboard users reach the input itself. */}
      <div
        onClick={() => inputRef.current?.focus()}
        className={cn(
          "flex min-h-8 cursor-text flex-wrap items-center gap-1 rounded-md bg-white px-1.5 py-1 shadow-sm ring-1 ring-inset focus-within:ring-2 focus-within:ring-brand-500",
          invalid || problem ? "ring-red-400" : "ring-slate-300",
        )}
      >
        {value.map((v) => (
          <span
            key={v}
            className="inline-flex items-center gap-0.5 rounded bg-slate-100 py-0.5 pl-1.5 pr-0.5 font-mono text-xs text-slate-700"
          >
            {v}
            <button
              type="button"
              onClick={() => onChange(value.filter((x) => x !== v))}
              className="rounded p-0.5 text-slate-400 hover:bg-slate-200 hover:text-slate-700"
              aria-label={`Remove ${v} from ${label}`}
            >
              <X className="size-3" aria-hidden />
            </button>
          </span>
        ))}
        <input
          ref={inputRef}
          value={draft}
          aria-label={label}
          aria-describedby={problem ? hintId : undefined}
          aria-invalid={invalid || !!problem || undefined}
          placeholder={value.length ? "" : placeholder}
          onChange={(e) => {
            setDraft(e.target.value);
            setProblem(null);
          }}
          onKeyDown={(e) => {
            if ((e.key === "Enter" || e.key === "," || e.key === " ") && draft.trim()) {
              e.preventDefault();
              if (add(draft)) setDraft("");
            } else if (e.key === "Enter") {
              e.preventDefault();
            } else if (e.key === "Backspace" && !draft && value.length) {
              onChange(value.slice(0, -1));
            }
          }}
          onPaste={(e) => {
            const text = e.clipboardData.getData("text");
            if (/[\s,]/.test(text.trim())) {
              e.preventDefault();
              if (add(text)) setDraft("");
            }
          }}
          onBlur={() => {
            if (draft.trim() && add(draft)) setDraft("");
          }}
          className="min-w-12 flex-1 border-0 bg-transparent p-0.5 text-xs text-slate-900 placeholder:text-slate-400 focus:outline-none focus:ring-0"
        />
      </div>
      {problem && (
        <p id={hintId} className="mt-1 text-xs text-red-600" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
