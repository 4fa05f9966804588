"use client";
import { CalendarClock, Plus } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { allZones } from "@/components/reconciliation/time-zones";
import {
  useAddReportingZone,
  useRemoveReportingZone,
  useReportingZones,
} from "@/components/reconciliation/use-reporting-zones";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { InlineConfirm } from "@/components/ui/inline-confirm";
import { RelativeTime } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, Td, Th } from "@/components/ui/table";
import { canonicalTimeZone } from "@/lib/reconciliation/days";
import { MAX_REPORTING_ZONES, type ReportingZone } from "@/lib/reconciliation/schemas";

/** How far a zone's build has got (one whose process died is carried on by a worker within a minute). */
function BuildProgress({ zone, building }: { zone: ReportingZone; building: boolean }) {
  const p = zone.progress;
  if (!p || p.totalDays === 0) return <Badge tone="amber">{building ? "Starting…" : "Waiting to build"}</Badge>;
  const pct = Math.min(100, Math.round((p.builtDays / p.totalDays) * 100));
  return (
    <span className="inline-flex items-center gap-2">
      <Badge tone="amber">Building</Badge>
      <span
        role="progressbar"
        aria-label={`Daily totals for ${zone.tz}`}
        aria-valuemin={0}
        aria-valuemax={p.totalDays}
        aria-valuenow={p.builtDays}
        className="h-1.5 w-24 overflow-hidden rounded-full bg-slate-100"
      >
        <span className="block h-full rounded-full bg-amber-500 transition-[width]" style={{ width: `${pct}%` }} />
      </span>
      <span
        className="text-xs tabular-nums text-slate-500"
        title="If the process building it stops, a worker carries the build on within a minute"
      >
        {p.builtDays.toLocaleString()} of {p.totalDays.toLocaleString()} days
      </span>
    </span>
  );
}

export function ReportingZones() {
  const id = useId();
  const add = useAddReportingZone();
  const zones = useReportingZones({ watch: add.isPending });
  const remove = useRemoveReportingZone();
  const suggestions = useMemo(allZones, []);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const list = zones.data ?? [];
  const full = list.length >= MAX_REPORTING_ZONES;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const tz = canonicalTimeZone(draft);
    if (!tz)
      return setError(
        draft.trim()
          ? `"${draft.trim()}" is not a time zone. Pick one from the list, e.g. Europe/Berlin.`
          : "Enter a time zone.",
      );
    if (list.some((z) => z.tz === tz)) return setError(`${tz} is already a reporting time zone.`);
    setError(null);
    add.mutate(tz, { onSuccess: () => setDraft("") });
  }

  return (
    <Card>
      <CardHeader
        title="Reporting time zones"
        description={
          <>
            Reconciliation can use any time zone. In these, Ricochet also keeps ready-made daily totals, so a quarter of
            data loads in a fraction of a second; in others, it sums 15-minute buckets (same numbers, slower on long
            ranges). Up to {MAX_REPORTING_ZONES}; each one adds a little work to every delivery recorded.
          </>
        }
      />
      <form
        onSubmit={submit}
        className="flex flex-wrap items-start gap-2 border-b border-slate-100 px-5 py-4"
        noValidate
      >
        <div className="w-72">
          <label htmlFor={`${id}-tz`} className="sr-only">
            Time zone to add
          </label>
          <Input
            id={`${id}-tz`}
            value={draft}
            list={`${id}-zones`}
            placeholder="e.g. America/Los_Angeles"
            autoComplete="off"
            spellCheck={false}
            invalid={!!error}
            aria-describedby={error ? `${id}-error` : undefined}
            disabled={add.isPending || full}
            onChange={(e) => {
              setDraft(e.target.value);
              setError(null);
            }}
          />
          <datalist id={`${id}-zones`}>
            {suggestions.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          {error && (
            <p id={`${id}-error`} className="mt-1 text-xs text-red-600">
              {error}
            </p>
          )}
        </div>
        <Button type="submit" disabled={add.isPending || full}>
          <Plus className="size-4" aria-hidden />{" "}
          {add.isPending ? `Building daily totals for ${add.variables}…` : "Add zone"}
        </Button>
        {full && (
          <p className="self-center text-xs text-slate-500">
            {MAX_REPORTING_ZONES} zones kept: remove one to add another.
          </p>
        )}
        {add.isPending && (
          <p role="status" className="basis-full text-xs text-slate-500">
            Summing the existing 15-minute buckets into days, a week at a time; deliveries keep being recorded
            meanwhile. Reconciliation in {add.variables} uses the buckets until it is done.
          </p>
        )}
      </form>
      {zones.isPending ? (
        <div className="space-y-2 p-5">
          <Skeleton className="h-8" />
          <Skeleton className="h-8" />
        </div>
      ) : zones.isError ? (
        <p role="alert" className="p-5 text-sm text-red-700">
          Could not load reporting time zones: {zones.error.message}
        </p>
      ) : list.length === 0 ? (
        <div className="p-5">
          <EmptyState icon={CalendarClock} title="No reporting time zones">
            Reconciliation still works in every zone, from the 15-minute buckets. Add the zones your analysts and
            networks report in (usually UTC and your own) to make long ranges fast.
          </EmptyState>
        </div>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Time zone</Th>
              <Th>Daily totals</Th>
              <Th>Added</Th>
              <Th className="text-right">Actions</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 bg-white">
            {list.map((z) => (
              <tr key={z.tz} data-testid={`reporting-zone-${z.tz}`}>
                <Td className="font-medium text-slate-900">{z.tz}</Td>
                <Td>
                  {z.ready ? (
                    <span className="inline-flex items-center gap-1.5">
                      <Badge tone="green">Ready</Badge>{" "}
                      <span className="text-xs text-slate-500">
                        built <RelativeTime date={z.readyAt} />
                      </span>
                    </span>
                  ) : (
                    <BuildProgress zone={z} building={add.isPending && add.variables === z.tz} />
                  )}
                </Td>
                <Td>
                  <RelativeTime date={z.createdAt} />
                </Td>
                <Td className="text-right">
                  {confirming === z.tz ? (
                    <InlineConfirm
                      label={`Confirm removing ${z.tz}`}
                      warning="Reconciliation in it will use the buckets."
                      confirm="Confirm remove"
                      pending="Removing…"
                      busy={remove.isPending}
                      onCancel={() => setConfirming(null)}
                      onConfirm={() => remove.mutate(z.tz, { onSettled: () => setConfirming(null) })}
                    />
                  ) : (
                    <div className="inline-flex gap-2">
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={add.isPending}
                        onClick={() => add.mutate(z.tz)}
                        title="Rebuild the daily totals from the 15-minute buckets"
                      >
                        Rebuild<span className="sr-only"> {z.tz}</span>
                      </Button>
                      <Button size="sm" variant="secondary" onClick={() => setConfirming(z.tz)}>
                        Remove<span className="sr-only"> {z.tz}</span>
                      </Button>
                    </div>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
