"use client";
import { useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { keyed } from "@/components/ui/keyed";
import type { TemplateError } from "@/lib/templates";
import { caretCoordinates } from "./caret-coordinates";
import { applySuggestion, findMacroToken, type MacroToken, macroSuggestions } from "./macro-suggestions";

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  errors: TemplateError[];
  secretNames: readonly string[];
  readOnly?: boolean;
  /** Marked invalid for a reason other than lint (an error the API returned). */
  invalid?: boolean;
  /** One line (header values): Enter never inserts a line break. */
  singleLine?: boolean;
  minRows?: number;
  placeholder?: string;
  /** The index of the "{" of a macro being typed (its "never closed" error is only noise), or null. */
  onTypingMacro?: (braceIndex: number | null) => void;
  "aria-label"?: string;
  "aria-describedby"?: string;
};

const MAX_SHOWN = 60;

/** Splits the text into plain runs and the error ranges to underline (zero-length errors become a marker). */
function highlightRuns(text: string, errors: TemplateError[]) {
  const ranges = errors
    .map((e) => ({ start: Math.min(e.index, text.length), end: Math.min(e.index + e.length, text.length) }))
    .sort((a, b) => a.start - b.start);
  const runs: { at: number; text: string; mark: "none" | "range" | "point" }[] = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.start < pos) continue;
    if (r.start > pos) runs.push({ at: pos, text: text.slice(pos, r.start), mark: "none" });
    if (r.end > r.start) runs.push({ at: r.start, text: text.slice(r.start, r.end), mark: "range" });
    else runs.push({ at: r.start, text: "", mark: "point" });
    pos = Math.max(r.end, r.start);
  }
  runs.push({ at: pos, text: text.slice(pos), mark: "none" });
  return keyed(runs, (r) => `${r.at}:${r.mark}`);
}

/**
 * A template textarea: typing "{" opens a filterable list of macros (after "|", modifiers), and
 * lint errors are underlined at their exact characters by a mirror layer drawn behind the text.
 */
export function TemplateInput({
  id,
  value,
  onChange,
  errors,
  secretNames,
  readOnly,
  invalid,
  singleLine,
  minRows = 2,
  placeholder,
  onTypingMacro,
  ...aria
}: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const [token, setToken] = useState<MacroToken | null>(null);
  const [active, setActive] = useState(0);
  const [anchor, setAnchor] = useState<{ top: number; left: number }>({ top: 0, left: 0 });
  const [scroll, setScroll] = useState(0);

  const suggestions = useMemo(
    () => (token ? macroSuggestions(token, secretNames).slice(0, MAX_SHOWN) : []),
    [token, secretNames],
  );
  const open = !readOnly && token !== null && suggestions.length > 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the height is measured again whenever the text changes.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${el.scrollHeight}px`;
  }, [value]);

  const runs = highlightRuns(value, errors);

  function refreshToken(el: HTMLTextAreaElement) {
    const caret = el.selectionStart;
    const next = el.selectionStart === el.selectionEnd ? findMacroToken(el.value, caret) : null;
    if (next && (!token || token.start !== next.start || token.kind !== next.kind || token.query !== next.query))
      setActive(0);
    if ((next?.brace ?? null) !== (token?.brace ?? null)) onTypingMacro?.(next?.brace ?? null);
    setToken(next);
    if (next) {
      const c = caretCoordinates(el, next.start);
      const width = el.clientWidth;
      setAnchor({ top: c.top + c.height + 2, left: Math.max(0, Math.min(c.left, width - 384)) });
    }
  }

  function closeList() {
    if (token) onTypingMacro?.(null);
    setToken(null);
  }

  function accept(index: number) {
    const el = ref.current;
    const suggestion = suggestions[index];
    if (!el || !token || !suggestion) return;
    const next = applySuggestion(value, token, suggestion);
    onChange(next.text);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
      refreshToken(el);
    });
  }

  function move(delta: number) {
    const next = (active + delta + suggestions.length) % suggestions.length;
    setActive(next);
    listRef.current?.children[next]?.scrollIntoView({ block: "nearest" });
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      switch (e.key) {
        case "ArrowDown":
          e.preventDefault();
          return move(1);
        case "ArrowUp":
          e.preventDefault();
          return move(-1);
        case "Enter":
        case "Tab":
          e.preventDefault();
          return accept(active);
        case "Escape":
          e.preventDefault();
          e.stopPropagation();
          return closeList();
      }
    }
    if (singleLine && e.key === "Enter") e.preventDefault();
  }

  const box = "px-3 py-2 font-mono text-[13px] leading-6 whitespace-pre-wrap break-words [overflow-wrap:anywhere]";
  return (
    <div
      className={cn(
        "relative rounded-md shadow-sm ring-1 ring-inset focus-within:ring-2",
        readOnly ? "bg-slate-50" : "bg-white",
        errors.length || invalid
          ? "ring-red-400 focus-within:ring-red-500"
          : "ring-slate-300 focus-within:ring-brand-500",
      )}
    >
      <div aria-hidden className={cn(box, "pointer-events-none absolute inset-0 overflow-hidden text-transparent")}>
        <div style={{ transform: `translateY(${-scroll}px)` }}>
          {runs.map(({ key, item: r }) =>
            r.mark === "none" ? (
              <span key={key}>{r.text}</span>
            ) : r.mark === "range" ? (
              <mark
                key={key}
                className="rounded-sm bg-red-100 text-transparent underline decoration-red-500 decoration-wavy underline-offset-4"
              >
                {r.text}
              </mark>
            ) : (
              <span key={key} className="relative">
                <span className="absolute -left-px top-0 h-6 border-l-2 border-red-500" />
              </span>
            ),
          )}
          {"\u200b"}
        </div>
      </div>
      <textarea
        ref={ref}
        id={id}
        value={value}
        readOnly={readOnly}
        placeholder={placeholder}
        rows={singleLine ? 1 : minRows}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-invalid={errors.length > 0 || invalid || undefined}
        {...aria}
        onChange={(e) => {
          onChange(singleLine ? e.target.value.replace(/[\r\n]/g, "") : e.target.value);
          refreshToken(e.target);
        }}
        onSelect={(e) => refreshToken(e.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={closeList}
        onScroll={(e) => setScroll(e.currentTarget.scrollTop)}
        className={cn(
          box,
          "relative block w-full resize-none overflow-hidden border-0 bg-transparent text-slate-900 placeholder:text-slate-400 focus:outline-none focus:ring-0",
        )}
      />
      {open && (
        <div
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={token?.kind === "modifier" ? "Modifiers" : "Macros"}
          style={{ top: anchor.top, left: anchor.left }}
          className="absolute z-30 max-h-72 w-96 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {suggestions.map((s, i) => (
            <div
              key={s.label}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                accept(i);
              }}
              onMouseEnter={() => setActive(i)}
              className={cn("cursor-pointer px-3 py-1.5", i === active ? "bg-brand-50" : "hover:bg-slate-50")}
            >
              <div className="flex items-baseline justify-between gap-3">
                <span className="font-mono text-[13px] font-medium text-slate-900">{s.label}</span>
                {s.example && <span className="truncate font-mono text-[11px] text-slate-400">{s.example}</span>}
              </div>
              <p className="text-xs leading-snug text-slate-500">{s.description}</p>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
