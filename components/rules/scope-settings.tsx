"use client";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";
import type { SettingsDraft } from "./draft";

/** The network-level settings every rule depends on: which events are in scope, and how late is too late. */
export function ScopeSettings({
  networkName,
  settings,
  onChange,
  readOnly,
  error,
}: {
  networkName: string;
  settings: SettingsDraft;
  onChange: (patch: Partial<SettingsDraft>) => void;
  readOnly: boolean;
  error?: string;
}) {
  const scopes = [
    [
      "attributed",
      `Only events attributed to ${networkName}`,
      "The usual choice: the MMP credited this network with the conversion.",
    ],
    [
      "all",
      "All events, whatever their source",
      "Organic events and other networks' events too, for networks that optimise on every conversion.",
    ],
  ] as const;
  return (
    <Card>
      <CardHeader title="Which events reach this network" description="Applies to every rule below." />
      <div className="grid gap-6 px-5 py-4 lg:grid-cols-[1fr_minmax(18rem,22rem)]">
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">Scope</legend>
          <div className="mt-2 space-y-2">
            {scopes.map(([value, label, hint]) => (
              <label
                key={value}
                className={cn(
                  "flex gap-3 rounded-md p-2 ring-1 ring-inset",
                  settings.scope === value ? "bg-brand-50/60 ring-brand-500/30" : "ring-transparent",
                  !readOnly && "cursor-pointer hover:bg-slate-50",
                )}
              >
                <input
                  type="radio"
                  name="scope"
                  value={value}
                  checked={settings.scope === value}
                  disabled={readOnly}
                  onChange={() => onChange({ scope: value })}
                  className="mt-0.5 size-4 text-brand-600 focus:ring-brand-500"
                />
                <span>
                  <span className="block text-sm font-medium text-slate-900">{label}</span>
                  <span className="block text-xs text-slate-500">{hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="acceptance-window" className="text-sm font-medium text-slate-700">
            Acceptance window
          </label>
          <div className="mt-2 flex items-center gap-2">
            <Input
              id="acceptance-window"
              value={settings.acceptanceWindowHours}
              inputMode="numeric"
              placeholder="No limit"
              disabled={readOnly}
              className="w-28!"
              invalid={!!error}
              aria-describedby="acceptance-window-hint"
              onChange={(e) => onChange({ acceptanceWindowHours: e.target.value.replace(/[^\d]/g, "") })}
            />
            <span className="text-sm text-slate-600">hours after the click</span>
          </div>
          <p id="acceptance-window-hint" className={cn("mt-1.5 text-xs", error ? "text-red-600" : "text-slate-500")}>
            {error ??
              "How late the network still accepts a postback (from the install when there is no click). Later events are marked expired instead of sent. Blank: no limit."}
          </p>
        </div>
      </div>
    </Card>
  );
}
