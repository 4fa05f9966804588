import { CircleAlert } from "lucide-react";
import { keyed } from "@/components/ui/keyed";
import type { TemplateError } from "@/lib/templates";

// About what fits the editor column at the snippet's font size.
const WINDOW = 60;

/** 1-based line and column of a template index. */
function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - (before.lastIndexOf("\n") + 1) + 1 };
}

/** "at character 30", or "on line 3, column 12" when the template has several lines. */
function describePosition(text: string, index: number): string {
  if (!text.includes("\n")) return `at character ${index + 1}`;
  const { line, column } = positionOf(text, index);
  return `on line ${line}, column ${column}`;
}

/** The line an error is on, cut to a readable window, with a caret row under the offending characters. */
function snippet(text: string, error: TemplateError): { code: string; caret: string } {
  const lineStart = text.lastIndexOf("\n", error.index - 1) + 1;
  const nl = text.indexOf("\n", error.index);
  const lineEnd = nl < 0 ? text.length : nl;
  const line = text.slice(lineStart, lineEnd);
  const col = error.index - lineStart;
  const span = Math.max(1, Math.min(error.length, lineEnd - error.index || 1));
  let from = Math.max(0, col - Math.floor(WINDOW / 4));
  if (line.length - from < WINDOW) from = Math.max(0, line.length - WINDOW);
  const to = Math.min(line.length, from + WINDOW);
  const prefix = from > 0 ? "…" : "";
  const suffix = to < line.length ? "…" : "";
  const code = prefix + line.slice(from, to) + suffix;
  const caretCount = Math.max(1, Math.min(span, to - col));
  return { code, caret: " ".repeat(prefix.length + col - from) + "^".repeat(caretCount) };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every problem of one template, each with its position and the offending characters marked. */
export function TemplateProblems({ id, text, errors }: { id: string; text: string; errors: TemplateError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="mt-2 space-y-2" aria-label="Template problems" data-testid="template-problems">
      {keyed(errors, (e) => `${e.index}:${e.message}`).map(({ key, item: e }) => {
        const { code, caret } = snippet(text, e);
        return (
          <li
            key={key}
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-xs text-red-800"
            data-testid="template-problem"
          >
            <p className="flex items-start gap-1.5">
              <CircleAlert className="mt-px size-3.5 shrink-0" aria-hidden />
              <span>
                <span className="font-medium">{capitalise(describePosition(text, e.index))}:</span> {e.message}
              </span>
            </p>
            {text.length > 0 && (
              <pre className="mt-1.5 overflow-x-auto font-mono text-[11px] leading-4 text-slate-700" aria-hidden>
                {code}
                {"\n"}
                <span className="font-bold text-red-600">{caret}</span>
              </pre>
            )}
          </li>
        );
      })}
    </ul>
  );
}
