"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";

/**
 * Which event previews and tests are rendered for: the built-in sample purchase, or a stored
 * event picked by our id or the sender's id (applied on Enter, not per keystroke).
 */
export function EventPicker({
  eventId,
  onChange,
  error,
}: {
  eventId: string;
  onChange: (id: string) => void;
  error?: string | null;
}) {
  const [mode, setMode] = useState<"sample" | "event">(eventId ? "event" : "sample");
  const [draft, setDraft] = useState(eventId);
  const tab = (value: "sample" | "event", text: string) => (
    <button
      type="button"
      role="radio"
      aria-checked={mode === value}
      onClick={() => {
        setMode(value);
        if (value === "sample") onChange("");
        else if (draft.trim()) onChange(draft.trim());
      }}
      className={cn(
        "rounded px-2.5 py-1 text-xs font-medium transition-colors",
        mode === value
          ? "bg-white text-slate-900 shadow-sm ring-1 ring-slate-200"
          : "text-slate-500 hover:text-slate-800",
      )}
    >
      {text}
    </button>
  );
  return (
    <div>
      <div role="radiogroup" aria-label="Render for" className="inline-flex gap-1 rounded-md bg-slate-100 p-1">
        {tab("sample", "Sample purchase")}
        {tab("event", "A stored event")}
      </div>
      {mode === "event" && (
        <form
          className="mt-2 flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            onChange(draft.trim());
          }}
        >
          <Input
            aria-label="Event id"
            placeholder="Event id (ours or the sender's)"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            className="py-1.5 font-mono text-xs"
            invalid={Boolean(error)}
          />
          <Button type="submit" variant="secondary" size="sm" className="h-auto">
            Use event
          </Button>
        </form>
      )}
      {mode === "event" && error && <p className="mt-1 text-xs text-red-600">{error}</p>}
    </div>
  );
}
