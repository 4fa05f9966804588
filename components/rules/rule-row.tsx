"use client";
import { ArrowRight, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { TagInput } from "@/components/ui/tag-input";
import { COUNTRY_PATTERN, PLATFORM_PATTERN, type RuleDraft } from "./draft";

function ErrorText({ id, text }: { id: string; text?: string }) {
  return text ? <p id={id} className="mt-1 max-w-56 text-xs whitespace-normal text-red-600">{text}</p> : null;
}

const cell = "px-3 py-3 align-top";

/** One mapping in the rule table; `errors` is keyed by field name. */
export function RuleRow({ rule, index, onChange, onRemove, errors, readOnly, highlight }: {
  rule: RuleDraft;
  index: number;
  onChange: (patch: Partial<RuleDraft>) => void;
  onRemove: () => void;
  errors: Record<string, string>;
  readOnly: boolean;
  highlight?: boolean;
}) {
  const label = rule.eventName.trim() || `row ${index + 1}`;
  const id = (field: string) => `rule-${rule.key}-${field}`;
  const err = (field: string) => errors[field];
  const describedBy = (field: string) => (err(field) ? `${id(field)}-error` : undefined);

  return (
    <tr data-testid={`rule-row-${index}`} className={cn("bg-white", !rule.enabled && "bg-slate-50/70", highlight && "bg-brand-50/40")}>
      <td className={cn(cell, "w-14 pt-4")}>
        <Switch checked={rule.enabled} onChange={(enabled) => onChange({ enabled })} label={`Forward ${label}`} disabled={readOnly} />
      </td>
      <td className={cn(cell, "min-w-40")}>
        {readOnly ? <span className="font-mono text-sm text-slate-900">{rule.eventName}</span> : (
          <>
            <Input id={id("eventName")} value={rule.eventName} placeholder="purchase or *" aria-label={`Our event name, row ${index + 1}`}
              className="py-1.5 font-mono" invalid={!!err("eventName")} aria-describedby={describedBy("eventName")} autoComplete="off"
              onChange={(e) => onChange({ eventName: e.target.value })} />
            <ErrorText id={`${id("eventName")}-error`} text={err("eventName")} />
          </>
        )}
      </td>
      <td className={cn(cell, "w-6 px-0 pt-5 text-slate-400")}><ArrowRight className="size-4" aria-hidden /></td>
      <td className={cn(cell, "min-w-40")}>
        {readOnly ? <span className="font-mono text-sm text-slate-900">{rule.partnerEventName || <span className="text-slate-400">same name</span>}</span> : (
          <>
            <Input id={id("partnerEventName")} value={rule.partnerEventName} aria-label={`Partner event name for ${label}`}
              placeholder={rule.eventName.trim() && rule.eventName.trim() !== "*" ? rule.eventName.trim() : "same as ours"}
              className="py-1.5 font-mono" invalid={!!err("partnerEventName")} aria-describedby={describedBy("partnerEventName")} autoComplete="off"
              onChange={(e) => onChange({ partnerEventName: e.target.value })} />
            <ErrorText id={`${id("partnerEventName")}-error`} text={err("partnerEventName")} />
          </>
        )}
      </td>
      <td className={cn(cell, "min-w-52")}>
        <label className="inline-flex items-center gap-2 pt-1.5 text-sm text-slate-700">
          <input type="checkbox" checked={rule.sendRevenue} disabled={readOnly} onChange={(e) => onChange({ sendRevenue: e.target.checked })}
            className="size-4 rounded border-slate-300 text-brand-600 focus:ring-brand-500" aria-label={`Send revenue for ${label}`} />
          Send revenue
        </label>
        {rule.sendRevenue && (
          <div className="mt-2 flex items-center gap-2">
            {readOnly ? (
              <span className="text-xs text-slate-600">{rule.currencyMode === "convert" ? `Converted to ${rule.targetCurrency}` : "As received"}</span>
            ) : (
              <>
                <Select aria-label={`Currency handling for ${label}`} value={rule.currencyMode} className="w-32 py-1 text-xs"
                  onChange={(e) => onChange({ currencyMode: e.target.value as RuleDraft["currencyMode"] })}>
                  <option value="as_received">As received</option>
                  <option value="convert">Convert to…</option>
                </Select>
                {rule.currencyMode === "convert" && (
                  <Input id={id("targetCurrency")} value={rule.targetCurrency} maxLength={3} placeholder="USD" aria-label={`Convert revenue for ${label} to currency`}
                    className="w-16 py-1 font-mono text-xs uppercase" invalid={!!err("targetCurrency")} aria-describedby={describedBy("targetCurrency")}
                    onChange={(e) => onChange({ targetCurrency: e.target.value.toUpperCase() })} />
                )}
              </>
            )}
          </div>
        )}
        <ErrorText id={`${id("targetCurrency")}-error`} text={err("targetCurrency")} />
      </td>
      <td className={cn(cell, "w-28")}>
        {readOnly ? <span className="text-sm text-slate-700">{rule.postInstallWindowDays ? `${rule.postInstallWindowDays} days` : <span className="text-slate-400">Any time</span>}</span> : (
          <>
            <div className="flex items-center gap-1.5">
              <Input id={id("postInstallWindowDays")} value={rule.postInstallWindowDays} inputMode="numeric" placeholder="Any"
                aria-label={`Post-install window in days for ${label}`} className="w-16 py-1.5" invalid={!!err("postInstallWindowDays")}
                aria-describedby={describedBy("postInstallWindowDays")}
                onChange={(e) => onChange({ postInstallWindowDays: e.target.value.replace(/[^\d]/g, "") })} />
              <span className="text-xs text-slate-500">days</span>
            </div>
            <ErrorText id={`${id("postInstallWindowDays")}-error`} text={err("postInstallWindowDays")} />
          </>
        )}
      </td>
      <td className={cn(cell, "min-w-36")}>
        <TagInput value={rule.platforms} onChange={(platforms) => onChange({ platforms })} label={`Platforms for ${label}`} placeholder="Any"
          emptyText="Any platform" disabled={readOnly} normalize={(s) => s.trim().toLowerCase()} invalid={!!err("platforms")}
          validate={(v) => (PLATFORM_PATTERN.test(v) ? null : "is not a platform; use a short word such as ios or android")} />
        <ErrorText id={`${id("platforms")}-error`} text={err("platforms")} />
      </td>
      <td className={cn(cell, "min-w-36")}>
        <TagInput value={rule.countries} onChange={(countries) => onChange({ countries })} label={`Countries for ${label}`} placeholder="Any"
          emptyText="Any country" disabled={readOnly} normalize={(s) => s.trim().toUpperCase()} invalid={!!err("countries")}
          validate={(v) => (COUNTRY_PATTERN.test(v) ? null : "is not a 2-letter country code such as US")} />
        <ErrorText id={`${id("countries")}-error`} text={err("countries")} />
      </td>
      {!readOnly && (
        <td className={cn(cell, "w-12 pt-3.5 text-right")}>
          <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove rule for ${label}`} className="px-2 text-slate-400 hover:text-red-600">
            <Trash2 className="size-4" aria-hidden />
          </Button>
        </td>
      )}
    </tr>
  );
}
