"use client";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { keyed } from "@/components/ui/keyed";
import type { PostbackConfigErrors } from "@/lib/templates";
import { type HeaderRow, rowKey } from "./editor-state";
import { TemplateInput } from "./template-input";
import { TemplateProblems } from "./template-problems";

/** Header rows: literal names, template values (with macro autocomplete). */
export function HeadersEditor({
  rows,
  onChange,
  lint,
  apiErrors,
  secretNames,
  readOnly,
  onTypingMacro,
}: {
  rows: HeaderRow[];
  onChange: (rows: HeaderRow[]) => void;
  lint: PostbackConfigErrors;
  apiErrors: (field: string) => string | null;
  secretNames: readonly string[];
  readOnly: boolean;
  onTypingMacro: (field: string, braceIndex: number | null) => void;
}) {
  const update = (key: string, patch: Partial<HeaderRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <div>
      {rows.length === 0 && (
        <p className="text-sm text-slate-500">
          No custom headers. {readOnly ? "" : "Add one for an API token or a content type the partner requires."}
        </p>
      )}
      {rows.length > 0 && (
        <div className="space-y-3">
          <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_2rem] gap-2 text-xs font-medium text-slate-500">
            <span>Name</span>
            <span>Value (macros allowed)</span>
            <span />
          </div>
          {rows.map((row, i) => {
            const nameErrors = lint[`headers.${i}.name`] ?? [];
            const valueErrors = lint[`headers.${i}.value`] ?? [];
            const apiName = apiErrors(`postback.headers.${i}.name`);
            const apiValue = apiErrors(`postback.headers.${i}.value`);
            return (
              <div key={row.key} data-testid="header-row">
                <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_2rem] items-start gap-2">
                  <Input
                    aria-label={`Header ${i + 1} name`}
                    value={row.name}
                    readOnly={readOnly}
                    placeholder="Authorization"
                    className="font-mono text-[13px] leading-6"
                    invalid={nameErrors.length > 0 || Boolean(apiName)}
                    onChange={(e) => update(row.key, { name: e.target.value })}
                  />
                  <TemplateInput
                    id={`header-${row.key}-value`}
                    aria-label={`Header ${i + 1} value`}
                    value={row.value}
                    singleLine
                    readOnly={readOnly}
                    placeholder="Bearer {secret.token}"
                    errors={valueErrors}
                    secretNames={secretNames}
                    onChange={(value) => update(row.key, { value })}
                    onTypingMacro={(brace) => onTypingMacro(`headers.${i}.value`, brace)}
                  />
                  {!readOnly && (
                    <Button
                      variant="ghost"
                      size="sm"
                      className="mt-1 px-2"
                      aria-label={`Remove header ${row.name || i + 1}`}
                      onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                    >
                      <X className="size-4" aria-hidden />
                    </Button>
                  )}
                </div>
                {keyed(nameErrors, (e) => e.message).map(({ key, item: e }) => (
                  <p key={key} className="mt-1 text-xs text-red-600">
                    {e.message}
                  </p>
                ))}
                {(apiName || apiValue) && <p className="mt-1 text-xs text-red-600">{apiName ?? apiValue}</p>}
                <TemplateProblems id={`header-${row.key}-problems`} text={row.value} errors={valueErrors} />
              </div>
            );
          })}
        </div>
      )}
      {!readOnly && (
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={() => onChange([...rows, { key: rowKey(), name: "", value: "" }])}
        >
          <Plus className="size-3.5" aria-hidden /> Add header
        </Button>
      )}
    </div>
  );
}
