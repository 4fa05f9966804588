import { formatDecimal, formatInt, formatPct } from "@/components/charts/format";
import { cn } from "@/components/ui/cn";
import { Tooltip } from "@/components/ui/tooltip";
import type { Reconciliation } from "./types";

function Stat({
  label,
  value,
  detail,
  tone = "default",
  hint,
  testId,
}: {
  label: string;
  value: React.ReactNode;
  detail?: React.ReactNode;
  tone?: "default" | "good" | "bad" | "warn";
  hint?: string;
  testId?: string;
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3.5 shadow-sm" data-testid={testId}>
      <dt className="flex items-center gap-1 text-xs font-medium uppercase tracking-wide text-slate-500">
        {hint ? (
          <Tooltip content={hint}>
            <button
              type="button"
              className="cursor-help uppercase underline decoration-slate-300 decoration-dotted underline-offset-2"
            >
              {label}
            </button>
          </Tooltip>
        ) : (
          label
        )}
      </dt>
      <dd
        className={cn(
          "mt-1 text-2xl font-semibold tabular-nums tracking-tight",
          tone === "good"
            ? "text-emerald-700"
            : tone === "bad"
              ? "text-red-700"
              : tone === "warn"
                ? "text-amber-700"
                : "text-slate-900",
        )}
      >
        {value}
      </dd>
      {detail && <dd className="mt-0.5 text-xs text-slate-500">{detail}</dd>}
    </div>
  );
}

export function SummaryCards({ data }: { data: Reconciliation }) {
  const t = data.totals;
  const deliveredRatio = t.attributed ? t.delivered / t.attributed : null;
  const gapRatio = t.attributed ? t.discrepancy / t.attributed : null;
  const notDelivered = t.failed + t.expired + t.skipped + t.filtered;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3 xl:grid-cols-5">
      <Stat
        testId="summary-attributed"
        label="Attributed"
        value={formatInt(t.attributed)}
        hint="Conversions your MMP attributed to these networks (by the event time, in the chosen time zone)."
        detail={`${data.byNetwork.length} network${data.byNetwork.length === 1 ? "" : "s"}`}
      />
      <Stat
        testId="summary-delivered"
        label="Delivered"
        value={formatInt(t.delivered)}
        tone="good"
        detail={deliveredRatio === null ? "no attributed conversions" : `${formatPct(deliveredRatio)} of attributed`}
      />
      <Stat
        testId="summary-discrepancy"
        label="Discrepancy"
        value={gapRatio === null ? "—" : formatPct(gapRatio)}
        tone={gapRatio === null ? "default" : gapRatio > 0.05 ? "bad" : gapRatio > 0.01 ? "warn" : "good"}
        hint="(attributed − delivered) ÷ attributed. Negative when networks with scope “all” also receive unattributed events."
        detail={`${formatInt(t.discrepancy)} not delivered · ${formatInt(notDelivered)} failed, expired, skipped or filtered · ${formatInt(t.pending)} pending`}
      />
      <Stat
        testId="summary-revenue"
        label="Revenue attributed → sent"
        value={
          t.revenue.length === 0 ? (
            <span className="text-slate-400">—</span>
          ) : (
            <span className="flex flex-col gap-0.5 text-base">
              {t.revenue.slice(0, 3).map((r) => (
                <span key={r.currency} className="whitespace-nowrap">
                  {formatDecimal(r.attributed ?? "0")} →{" "}
                  <span className="text-emerald-700">{formatDecimal(r.sent ?? "0")}</span>{" "}
                  <span className="text-sm font-medium text-slate-500">{r.currency}</span>
                </span>
              ))}
            </span>
          )
        }
        detail={
          t.revenue.length > 3
            ? `and ${t.revenue.length - 3} more currencies in the table`
            : t.revenue.length
              ? "Exact sums, per currency"
              : "No revenue in this range"
        }
      />
      <Stat
        testId="summary-reported"
        label="Network-reported"
        value={t.reported === null ? <span className="text-slate-400">—</span> : formatInt(t.reported)}
        tone={t.flagged ? "warn" : "default"}
        hint={`What the networks say they received, from imported reports. A row is flagged when it differs from delivered by more than ${data.tolerance}%.`}
        detail={
          t.reported === null
            ? "Import a network report to compare"
            : `${t.flagged} row${t.flagged === 1 ? "" : "s"} off by more than ${data.tolerance}%`
        }
      />
    </dl>
  );
}
