"use client";
import { ArrowRight, ChevronDown, SlidersHorizontal, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { TagInput } from "@/components/ui/tag-input";
import { COUNTRY_PATTERN, PLATFORM_PATTERN, type RuleDraft } from "./draft";

function ErrorText({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} className="mt-1 max-w-60 text-xs whitespace-normal text-red-600">
      {text}
    </p>
  ) : null;
}

const cell = "px-3 py-3 align-top";
const FILTER_FIELDS = ["platforms", "countries", "postInstallWindowDays"];

/** "ios, android · US, GB · within 30 days of install", or "Any platform, country and time". */
function filterSummary(rule: RuleDraft): string[] {
  const parts: string[] = [];
  if (rule.platforms.length) parts.push(rule.platforms.join(", "));
  if (rule.countries.length)
    parts.push(
      rule.countries.length > 4
        ? `${rule.countries.slice(0, 4).join(", ")} +${rule.countries.length - 4}`
        : rule.countries.join(", "),
    );
  if (rule.postInstallWindowDays.trim()) parts.push(`≤ ${rule.postInstallWindowDays.trim()} days after install`);
  return parts;
}

/**
 * One mapping in the rule table. Filters (platform, country, post-install window) open in a row
 * underneath, so the mapping itself stays on one line at laptop widths.
 */
export function RuleRow({
  rule,
  index,
  onChange,
  onRemove,
  errors,
  readOnly,
  columns,
}: {
  rule: RuleDraft;
  index: number;
  onChange: (patch: Partial<RuleDraft>) => void;
  onRemove: () => void;
  errors: Record<string, string>;
  readOnly: boolean;
  columns: number;
}) {
  const filterErrors = FILTER_FIELDS.some((f) => errors[f]);
  const [open, setOpen] = useState(false);
  const expanded = open || filterErrors;
  const label = rule.eventName.trim() || `row ${index + 1}`;
  const id = (field: string) => `rule-${rule.key}-${field}`;
  const err = (field: string) => errors[field];
  const describedBy = (field: string) => (err(field) ? `${id(field)}-error` : undefined);
  const summary = filterSummary(rule);
  const muted = !rule.enabled && "opacity-60";

  return (
    <>
      <tr
        data-testid={`rule-row-${index}`}
        className={cn("bg-white", !rule.enabled && "bg-slate-50/70", expanded && "border-b-0!")}
      >
        <td className={cn(cell, "w-14 pt-4")}>
          <Switch
            checked={rule.enabled}
            onChange={(enabled) => onChange({ enabled })}
            label={`Forward ${label}`}
            disabled={readOnly}
          />
        </td>
        <td className={cn(cell, "w-44", muted)}>
          {readOnly ? (
            <span className="inline-block pt-1.5 font-mono text-sm text-slate-900">{rule.eventName}</span>
          ) : (
            <>
              <Input
                id={id("eventName")}
                value={rule.eventName}
                placeholder="purchase, or * for all"
                aria-label={`Our event name, row ${index + 1}`}
                className="py-1.5! font-mono"
                invalid={!!err("eventName")}
                aria-describedby={describedBy("eventName")}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => onChange({ eventName: e.target.value })}
              />
              <ErrorText id={`${id("eventName")}-error`} text={err("eventName")} />
            </>
          )}
        </td>
        <td className={cn(cell, "w-6 px-0 pt-5 text-slate-400", muted)}>
          <ArrowRight className="size-4" aria-hidden />
        </td>
        <td className={cn(cell, "w-48", muted)}>
          {readOnly ? (
            <span className="inline-block pt-1.5 font-mono text-sm text-slate-900">
              {rule.partnerEventName || <span className="font-sans text-slate-400">same name</span>}
            </span>
          ) : (
            <>
              <Input
                id={id("partnerEventName")}
                value={rule.partnerEventName}
                aria-label={`Partner event name for ${label}`}
                placeholder={
                  rule.eventName.trim() && rule.eventName.trim() !== "*"
                    ? `${rule.eventName.trim()} (same)`
                    : "same as ours"
                }
                className="py-1.5! font-mono"
                invalid={!!err("partnerEventName")}
                aria-describedby={describedBy("partnerEventName")}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => onChange({ partnerEventName: e.target.value })}
              />
              <ErrorText id={`${id("partnerEventName")}-error`} text={err("partnerEventName")} />
            </>
          )}
        </td>
        <td className={cn(cell, "w-64", muted)}>
          <div className="flex h-8 items-center gap-2">
            <label className="inline-flex shrink-0 items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                checked={rule.sendRevenue}
                disabled={readOnly}
                onChange={(e) => onChange({ sendRevenue: e.target.checked })}
                className="size-4 rounded border-slate-300 text-brand-600 focus:ring-brand-500"
                aria-label={`Send revenue for ${label}`}
              />
              {rule.sendRevenue ? "Send" : "Don't send"}
            </label>
            {rule.sendRevenue &&
              (readOnly ? (
                <span className="text-sm text-slate-600">
                  {rule.currencyMode === "convert" ? (
                    <>
                      converted to <span className="font-mono">{rule.targetCurrency}</span>
                    </>
                  ) : (
                    "as received"
                  )}
                </span>
              ) : (
                <>
                  <Select
                    aria-label={`Currency handling for ${label}`}
                    value={rule.currencyMode}
                    className="w-32! py-1! pl-2! text-xs!"
                    onChange={(e) => onChange({ currencyMode: e.target.value as RuleDraft["currencyMode"] })}
                  >
                    <option value="as_received">as received</option>
                    <option value="convert">convert to</option>
                  </Select>
                  {rule.currencyMode === "convert" && (
                    <Input
                      id={id("targetCurrency")}
                      value={rule.targetCurrency}
                      maxLength={3}
                      placeholder="USD"
                      aria-label={`Convert revenue for ${label} to currency`}
                      className="w-14! px-2! py-1! font-mono text-xs! uppercase"
                      invalid={!!err("targetCurrency")}
                      aria-describedby={describedBy("targetCurrency")}
                      onChange={(e) => onChange({ targetCurrency: e.target.value.toUpperCase() })}
                    />
                  )}
                </>
              ))}
          </div>
          <ErrorText id={`${id("targetCurrency")}-error`} text={err("targetCurrency")} />
        </td>
        <td className={cn(cell, "min-w-48", muted)}>
          <button
            type="button"
            onClick={() => setOpen(!expanded)}
            aria-expanded={expanded}
            aria-controls={id("filters")}
            className={cn(
              "group flex min-h-8 w-full items-center gap-2 rounded-md px-2 py-1 text-left text-sm ring-1 ring-inset transition-colors",
              filterErrors
                ? "ring-red-300"
                : expanded
                  ? "bg-slate-50 ring-slate-300"
                  : "ring-transparent hover:bg-slate-50 hover:ring-slate-200",
            )}
          >
            <SlidersHorizontal className="size-3.5 shrink-0 text-slate-400" aria-hidden />
            <span className="sr-only">Filters for {label}: </span>
            {summary.length ? (
              <span className="flex min-w-0 flex-wrap gap-1">
                {summary.map((s) => (
                  <span key={s} className="rounded bg-brand-50 px-1.5 py-0.5 font-mono text-xs text-brand-700">
                    {s}
                  </span>
                ))}
              </span>
            ) : (
              <span className="text-xs text-slate-500">No filters</span>
            )}
            <ChevronDown
              className={cn("ml-auto size-4 shrink-0 text-slate-400 transition-transform", expanded && "rotate-180")}
              aria-hidden
            />
          </button>
        </td>
        {!readOnly && (
          <td className={cn(cell, "w-12 pt-3.5 text-right")}>
            <Button
              variant="ghost"
              size="sm"
              onClick={onRemove}
              aria-label={`Remove rule for ${label}`}
              className="px-2 text-slate-400 hover:text-red-600"
            >
              <Trash2 className="size-4" aria-hidden />
            </Button>
          </td>
        )}
      </tr>
      {expanded && (
        <tr className={cn(!rule.enabled ? "bg-slate-50/70" : "bg-white")}>
          <td />
          <td colSpan={columns - 1} id={id("filters")} className="px-3 pb-4">
            <div className="grid gap-4 rounded-md border border-slate-200 bg-slate-50/70 p-3 md:grid-cols-[1fr_1fr_auto]">
              <div>
                <p className="mb-1 text-xs font-medium text-slate-600">Only these platforms</p>
                <TagInput
                  value={rule.platforms}
                  onChange={(platforms) => onChange({ platforms })}
                  label={`Platforms for ${label}`}
                  placeholder="Any platform — type ios, android… and press Enter"
                  emptyText="Any platform"
                  disabled={readOnly}
                  normalize={(s) => s.trim().toLowerCase()}
                  invalid={!!err("platforms")}
                  validate={(v) =>
                    PLATFORM_PATTERN.test(v) ? null : "is not a platform; use a short word such as ios or android"
                  }
                />
                <ErrorText id={`${id("platforms")}-error`} text={err("platforms")} />
              </div>
              <div>
                <p className="mb-1 text-xs font-medium text-slate-600">Only these countries</p>
                <TagInput
                  value={rule.countries}
                  onChange={(countries) => onChange({ countries })}
                  label={`Countries for ${label}`}
                  placeholder="Any country — type US, GB… and press Enter"
                  emptyText="Any country"
                  disabled={readOnly}
                  normalize={(s) => s.trim().toUpperCase()}
                  invalid={!!err("countries")}
                  validate={(v) => (COUNTRY_PATTERN.test(v) ? null : "is not a 2-letter country code such as US")}
                />
                <ErrorText id={`${id("countries")}-error`} text={err("countries")} />
              </div>
              <div>
                {readOnly ? (
                  <p className="mb-1 text-xs font-medium text-slate-600">Within … of install</p>
                ) : (
                  <label
                    htmlFor={id("postInstallWindowDays")}
                    className="mb-1 block text-xs font-medium text-slate-600"
                  >
                    Within … of install
                  </label>
                )}
                {readOnly ? (
                  <span className="text-sm text-slate-700">
                    {rule.postInstallWindowDays ? `${rule.postInstallWindowDays} days` : "Any time"}
                  </span>
                ) : (
                  <div className="flex items-center gap-2">
                    <Input
                      id={id("postInstallWindowDays")}
                      value={rule.postInstallWindowDays}
                      inputMode="numeric"
                      placeholder="Any"
                      className="w-20! py-1.5!"
                      invalid={!!err("postInstallWindowDays")}
                      aria-describedby={describedBy("postInstallWindowDays")}
                      onChange={(e) => onChange({ postInstallWindowDays: e.target.value.replace(/[^\d]/g, "") })}
                    />
                    <span className="text-sm text-slate-600">days</span>
                  </div>
                )}
                <ErrorText id={`${id("postInstallWindowDays")}-error`} text={err("postInstallWindowDays")} />
              </div>
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
