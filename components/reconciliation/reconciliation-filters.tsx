"use client";
import { Globe } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { useNetworks } from "@/components/deliveries/use-networks";
import { queryString } from "@/components/ui/api";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/field";
import { addDays, canonicalTimeZone, daysBetween, today } from "@/lib/reconciliation/days";
import { MAX_RANGE_DAYS } from "@/lib/reconciliation/schemas";
import { allZones, browserZone } from "./time-zones";
import type { ReconFilters } from "./use-reconciliation-filters";

const QUICK_RANGES = [7, 30, 90];

export function ReconciliationFilters({
  filters,
  onChange,
}: {
  filters: ReconFilters;
  onChange: (next: Partial<Record<keyof ReconFilters, string | undefined>>) => void;
}) {
  const id = useId();
  const networks = useNetworks();
  const zones = useMemo(allZones, []);
  const mine = useMemo(browserZone, []);
  const [tzDraft, setTzDraft] = useState(filters.tz);
  const [tzError, setTzError] = useState<string | null>(null);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const span = daysBetween(filters.from, filters.to);

  function applyTz(value: string) {
    const tz = canonicalTimeZone(value.trim());
    if (!tz) {
      setTzError(`"${value}" is not a time zone. Pick one from the list, e.g. America/New_York.`);
      return;
    }
    setTzError(null);
    setTzDraft(tz);
    if (tz !== filters.tz) onChange({ tz });
  }

  function applyRange(from: string, to: string) {
    if (!from || !to) return;
    if (to < from) return setRangeError("The end date is before the start date.");
    if (daysBetween(from, to) > MAX_RANGE_DAYS)
      return setRangeError(`A range can cover at most ${MAX_RANGE_DAYS} days.`);
    setRangeError(null);
    onChange({ from, to });
  }

  return (
    <section aria-label="Filters" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <div>
          <label htmlFor={`${id}-from`} className="block text-xs font-medium text-slate-600">
            From
          </label>
          <Input
            id={`${id}-from`}
            type="date"
            value={filters.from}
            max={filters.to}
            className="mt-1 w-40 py-1.5"
            onChange={(e) => applyRange(e.target.value, filters.to)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-to`} className="block text-xs font-medium text-slate-600">
            To
          </label>
          <Input
            id={`${id}-to`}
            type="date"
            value={filters.to}
            min={filters.from}
            className="mt-1 w-40 py-1.5"
            onChange={(e) => applyRange(filters.from, e.target.value)}
          />
        </div>
        <div role="group" aria-label="Quick ranges" className="flex gap-1 pb-0.5">
          {QUICK_RANGES.map((n) => {
            const to = today(filters.tz);
            const active = filters.to === to && span === n;
            return (
              <button
                key={n}
                type="button"
                aria-pressed={active}
                onClick={() => applyRange(addDays(to, -(n - 1)), to)}
                className={cn(
                  "h-8 rounded-md px-2.5 text-xs font-medium ring-1 ring-inset",
                  active
                    ? "bg-brand-50 text-brand-700 ring-brand-600/30"
                    : "bg-white text-slate-600 ring-slate-300 hover:bg-slate-50",
                )}
              >
                Last {n} days
              </button>
            );
          })}
        </div>
        <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
          <div>
            <label htmlFor={`${id}-network`} className="block text-xs font-medium text-slate-600">
              Network
            </label>
            <Select
              id={`${id}-network`}
              value={filters.network ?? ""}
              className="mt-1 w-52 py-1.5"
              onChange={(e) => onChange({ network: e.target.value || undefined })}
            >
              <option value="">All networks</option>
              {filters.network && !networks.data?.some((n) => n.slug === filters.network) && (
                <option value={filters.network}>{filters.network}</option>
              )}
              {(networks.data ?? []).map((n) => (
                <option key={n.id} value={n.slug}>
                  {n.name}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor={`${id}-tz`} className="block text-xs font-medium text-slate-600">
              Time zone (day boundaries)
            </label>
            <div className="mt-1 flex items-center gap-1">
              <Input
                id={`${id}-tz`}
                value={tzDraft}
                list={`${id}-zones`}
                className="w-56 py-1.5"
                autoComplete="off"
                spellCheck={false}
                invalid={!!tzError}
                aria-describedby={tzError ? `${id}-tz-error` : undefined}
                onChange={(e) => {
                  setTzDraft(e.target.value);
                  setTzError(null);
                }}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    applyTz(tzDraft);
                  }
                }}
                onBlur={() => {
                  if (tzDraft !== filters.tz) applyTz(tzDraft);
                }}
              />
              <datalist id={`${id}-zones`}>
                {zones.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
              {mine && mine !== filters.tz && (
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => applyTz(mine)}
                  title={`Use your browser's time zone, ${mine}`}
                >
                  <Globe className="size-3.5" aria-hidden /> Mine
                </Button>
              )}
            </div>
          </div>
        </div>
      </div>
      {(tzError || rangeError) && (
        <p id={`${id}-tz-error`} role="alert" className="mt-2 text-xs text-red-600">
          {tzError ?? rangeError}
        </p>
      )}
    </section>
  );
}

/** The API URL for the current filters (JSON, or the CSV file). */
export function reconciliationUrl(f: ReconFilters, format?: "csv") {
  return `/api/v1/reconciliation${queryString({ from: f.from, to: f.to, network: f.network, tz: f.tz, tolerance: f.tolerance, format })}`;
}
