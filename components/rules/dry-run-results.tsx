"use client";
import { AlertTriangle, FlaskConical } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { DeliveryStatusBadge } from "@/components/deliveries/delivery-status-badge";
import type { Jsonify } from "@/components/ui/api";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Table, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import type { DryRunDecision, DryRunOutcome, DryRunResult } from "@/lib/networks/dry-run";

export type DryRunData = Jsonify<DryRunResult>;
type Row = DryRunData["events"][number];

const outcomeLabel: Record<DryRunOutcome, string> = {
  send: "Would send",
  filtered: "Filtered",
  expired: "Expired",
  skipped: "Skipped",
  none: "Not for this network",
};
const outcomeTone: Record<DryRunOutcome, BadgeTone> = {
  send: "green",
  filtered: "gray",
  expired: "amber",
  skipped: "gray",
  none: "gray",
};
const totalLabel: Record<DryRunOutcome, string> = {
  send: "Would be sent",
  filtered: "Filtered",
  expired: "Too late (window)",
  skipped: "Skipped",
  none: "Not for this network",
};

function DecisionDetail({ d }: { d: Jsonify<DryRunDecision> }) {
  if (d.outcome === "send") {
    return (
      <p className="mt-1 text-xs text-slate-600">
        as <span className="font-mono text-slate-800">{d.partnerEventName}</span>
        {d.revenue !== null && (
          <>
            {" "}
            · {d.revenue} {d.currency}
          </>
        )}
      </p>
    );
  }
  return d.reason ? <p className="mt-1 max-w-xs text-xs whitespace-normal text-slate-500">{d.reason}</p> : null;
}

function Tile({
  label,
  value,
  was,
  tone,
  testId,
}: {
  label: string;
  value: number;
  was?: number;
  tone?: "changed";
  testId?: string;
}) {
  const delta = was === undefined ? 0 : value - was;
  return (
    <div
      data-testid={testId}
      className={cn(
        "rounded-lg border px-4 py-3",
        tone === "changed" && value > 0 ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white",
      )}
    >
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 flex items-baseline gap-2">
        <span className="text-2xl font-semibold tabular-nums text-slate-900">{value}</span>
        {was !== undefined && (
          <span className={cn("text-xs tabular-nums", delta === 0 ? "text-slate-400" : "font-medium text-amber-700")}>
            {delta === 0 ? "as recorded" : `${delta > 0 ? "+" : ""}${delta} vs ${was} recorded`}
          </span>
        )}
      </dd>
    </div>
  );
}

type View = "changed" | "relevant" | "all";

/** Totals and the per-event comparison of a dry run, changed rows first in view. */
export function DryRunResults({ result, stale }: { result: DryRunData; stale: boolean }) {
  const changed = result.events.filter((e) => e.changed);
  const relevant = result.events.filter(
    (e) => e.changed || e.edited.outcome !== "none" || e.recorded.outcome !== "none",
  );
  const [view, setView] = useState<View>(changed.length ? "changed" : "relevant");
  const rows = view === "changed" ? changed : view === "relevant" ? relevant : result.events;
  const name = result.network.name;

  if (result.evaluated === 0) {
    return (
      <div className="flex items-start gap-3 rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-600">
        <FlaskConical className="mt-0.5 size-5 text-brand-600" aria-hidden />
        <div>
          <p className="font-medium text-slate-900">No events to test against yet</p>
          <p className="mt-1">
            The dry run replays the last 100 events your MMP sent. Once events arrive through{" "}
            <code className="font-mono">POST /api/v1/events</code>, run it again to see what these rules would do with
            them.
          </p>
        </div>
      </div>
    );
  }

  const tabs: { id: View; label: string; count: number }[] = [
    { id: "changed", label: "Changed", count: changed.length },
    { id: "relevant", label: `Involving ${name}`, count: relevant.length },
    { id: "all", label: "All events", count: result.events.length },
  ];

  return (
    <div className="space-y-4" data-testid="dry-run-results">
      {stale && (
        <p
          role="status"
          className="flex items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 ring-1 ring-inset ring-amber-200"
        >
          <AlertTriangle className="size-4 shrink-0" aria-hidden /> You edited the rules after this dry run. Run it
          again to see the effect of your latest changes.
        </p>
      )}
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" aria-label="Dry run totals">
        <Tile label="Changed by your edit" value={result.totals.changed} tone="changed" testId="dry-run-changed" />
        {(["send", "filtered", "expired", "skipped", "none"] as const).map((o) => (
          <Tile
            key={o}
            testId={`dry-run-total-${o}`}
            label={totalLabel[o]}
            value={result.totals.edited[o]}
            was={result.totals.recorded[o]}
          />
        ))}
      </dl>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label="Which events to show" className="inline-flex rounded-md bg-slate-100 p-0.5">
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              aria-pressed={view === t.id}
              onClick={() => setView(t.id)}
              className={cn(
                "rounded px-3 py-1.5 text-xs font-medium transition-colors",
                view === t.id ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900",
              )}
            >
              {t.label} <span className="tabular-nums text-slate-400">{t.count}</span>
            </button>
          ))}
        </div>
        <p className="text-xs text-slate-500">
          The last {result.evaluated} events received, judged as of when each arrived. Nothing is saved or sent.
        </p>
      </div>

      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-5 py-8 text-center text-sm text-slate-500">
          {view === "changed"
            ? `Your edit changes nothing for these ${result.evaluated} events: ${name} would get exactly what it got.`
            : `None of these events involve ${name}.`}
        </p>
      ) : (
        <div className="overflow-hidden rounded-lg border border-slate-200">
          <Table aria-label="Dry run by event">
            <thead>
              <tr>
                <Th>Occurred</Th>
                <Th>Event</Th>
                <Th>Attributed to</Th>
                <Th>Recorded now</Th>
                <Th>With your edit</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 bg-white">
              {rows.map((r) => (
                <DryRunRow key={r.eventId} row={r} />
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </div>
  );
}

function DryRunRow({ row: r }: { row: Row }) {
  const extra = r.changes.filter((c) => c.field !== "outcome");
  const context = [r.platform, r.country, r.revenue !== null ? `${r.revenue} ${r.currency ?? ""}`.trim() : null]
    .filter(Boolean)
    .join(" · ");
  return (
    <tr
      data-testid={`dry-run-row-${r.externalId}`}
      data-changed={r.changed || undefined}
      className={cn(r.changed && "bg-amber-50/70 shadow-[inset_3px_0_0_var(--color-amber-400)]")}
    >
      <Td className="align-top text-xs! text-slate-500!">
        <Timestamp date={r.occurredAt} />
      </Td>
      <Td className="align-top">
        <Link
          href={`/events/${encodeURIComponent(r.eventId)}`}
          className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
        >
          {r.name}
        </Link>
        <p className="mt-0.5 max-w-48 truncate font-mono text-xs text-slate-500" title={r.externalId}>
          {r.externalId}
        </p>
        {context && <p className="text-xs text-slate-400">{context}</p>}
      </Td>
      <Td className="align-top">
        {r.network ? (
          <span className="font-mono text-xs">{r.network}</span>
        ) : (
          <span className="text-xs text-slate-400">organic</span>
        )}
      </Td>
      <Td className="align-top">
        {r.recorded.status === "none" ? (
          <Badge tone="gray">No delivery</Badge>
        ) : (
          <DeliveryStatusBadge status={r.recorded.status} />
        )}
        {r.recorded.outcome === "send" ? (
          <DecisionDetail d={r.recorded} />
        ) : (
          r.recorded.reason && (
            <p className="mt-1 max-w-xs text-xs whitespace-normal text-slate-500">{r.recorded.reason}</p>
          )
        )}
      </Td>
      <Td className="align-top">
        <div className="flex items-center gap-2">
          <Badge tone={outcomeTone[r.edited.outcome]}>{outcomeLabel[r.edited.outcome]}</Badge>
          {r.changed && <Badge tone="amber">Changed</Badge>}
        </div>
        <DecisionDetail d={r.edited} />
        {extra.map((c) => (
          <p key={c.field} className="mt-1 text-xs font-medium text-amber-800">
            {c.field === "partnerEvent" ? "Partner event" : "Revenue"}: <span className="font-mono">{c.from}</span> →{" "}
            <span className="font-mono">{c.to}</span>
          </p>
        ))}
      </Td>
    </tr>
  );
}
