"use client";
import { ChevronDown, ChevronRight } from "lucide-react";
import { Fragment, useMemo, useState } from "react";
import { formatDay, formatDecimal, formatInt, formatPct } from "@/components/charts/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Switch } from "@/components/ui/switch";
import { Td, Th } from "@/components/ui/table";
import { GapPanel } from "./gap-panel";
import type { ReconRow } from "./types";

const PAGE = 50;
const pad = "px-2!";
const num = cn(pad, "text-right! tabular-nums");

const Zero = ({ n, className }: { n: number; className?: string }) =>
  n === 0 ? <span className="text-slate-300">0</span> : <span className={className}>{formatInt(n)}</span>;

function Reported({ r, tolerance }: { r: ReconRow; tolerance: number }) {
  if (r.reported === null) return <span className="text-slate-300">—</span>;
  const diff = r.delivered ? (r.reported - r.delivered) / r.delivered : null;
  return (
    <span className="inline-flex items-center justify-end gap-1.5">
      {formatInt(r.reported)}
      {r.flag && (
        <Badge tone="amber" className="px-1.5!">
          <span title={`${r.flag === "under_reported" ? "Fewer" : "More"} than delivered by more than ${tolerance}%`}>
            {r.flag === "under_reported" ? "▼" : "▲"} {diff === null ? "n/a" : formatPct(Math.abs(diff), 0)}
          </span>
        </Badge>
      )}
    </span>
  );
}

/** The numbers behind the charts, one row per network, day and event; a row opens its gap breakdown. */
export function ReconciliationTable({ rows, tz, tolerance }: { rows: ReconRow[]; tz: string; tolerance: number }) {
  const [onlyGaps, setOnlyGaps] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [open, setOpen] = useState<string | null>(null);
  const visible = useMemo(() => {
    const list = onlyGaps ? rows.filter((r) => r.discrepancy !== 0 || r.flag) : rows;
    // Newest day first; the API sends them oldest first for the CSV.
    return [...list].sort(
      (a, b) => b.day.localeCompare(a.day) || a.network.localeCompare(b.network) || a.event.localeCompare(b.event),
    );
  }, [rows, onlyGaps]);
  const key = (r: ReconRow) => `${r.network}|${r.day}|${r.event}`;

  return (
    <Card data-testid="reconciliation-table">
      <CardHeader
        title="By network, day and event"
        description={`${formatInt(visible.length)} row${visible.length === 1 ? "" : "s"}. Days are in ${tz}. Click a row to see why deliveries did not arrive.`}
        actions={
          <label className="flex items-center gap-2 text-sm text-slate-600">
            <Switch
              checked={onlyGaps}
              onChange={(v) => {
                setOnlyGaps(v);
                setShown(PAGE);
              }}
              label="Only rows with a gap or a flag"
            />
            Only rows with a gap or a flag
          </label>
        }
      />
      <div className="overflow-x-auto">
        <table
          className="min-w-full divide-y divide-slate-200 text-sm"
          aria-label="Reconciliation by network, day and event"
        >
          <thead>
            <tr>
              <Th className={cn(pad, "pl-4!")}>Date</Th>
              <Th className={pad}>Network</Th>
              <Th className={pad}>Event</Th>
              <Th className={num}>Attributed</Th>
              <Th className={num}>Delivered</Th>
              <Th className={num} title="Attributed minus delivered">
                Gap
              </Th>
              <Th className={num}>Pending</Th>
              <Th className={num}>Failed</Th>
              <Th className={num}>Expired</Th>
              <Th className={num}>Skipped</Th>
              <Th className={num} title="Not sent because no rule, or a rule filter, takes the event">
                Filtered
              </Th>
              <Th className={num} title="From imported network reports">
                Reported
              </Th>
              <Th
                className={cn(num, "pr-4!")}
                title="Per currency: attributed by the MMP → sent to the network (and reported, when imported)"
              >
                Revenue attributed → sent
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 bg-white">
            {visible.slice(0, shown).map((r) => {
              const k = key(r);
              const isOpen = open === k;
              const gapRatio = r.attributed ? r.discrepancy / r.attributed : null;
              return (
                <Fragment key={k}>
                  <tr
                    data-testid="reconciliation-row"
                    aria-expanded={isOpen}
                    onClick={() => setOpen(isOpen ? null : k)}
                    className={cn("cursor-pointer hover:bg-slate-50", isOpen && "bg-brand-50/40")}
                  >
                    <Td className={cn(pad, "pl-2!")}>
                      <button
                        type="button"
                        className="flex items-center gap-1 whitespace-nowrap rounded text-left text-slate-800 hover:text-brand-700"
                        aria-label={`${isOpen ? "Hide" : "Show"} why deliveries did not arrive: ${r.networkName ?? r.network}, ${r.event}, ${r.day}`}
                        onClick={(e) => {
                          e.stopPropagation();
                          setOpen(isOpen ? null : k);
                        }}
                      >
                        {isOpen ? (
                          <ChevronDown className="size-4 text-slate-500" aria-hidden />
                        ) : (
                          <ChevronRight className="size-4 text-slate-400" aria-hidden />
                        )}
                        <span title={r.day}>{formatDay(r.day, "weekday")}</span>
                      </button>
                    </Td>
                    <Td className={pad}>
                      <span
                        className="block max-w-44 truncate text-slate-900"
                        title={r.networkName ? `${r.networkName} (${r.network})` : r.network}
                      >
                        {r.networkName ?? r.network}
                      </span>
                      {!r.configured && <Badge tone="amber">not configured</Badge>}
                      {r.deleted && <Badge tone="gray">deleted</Badge>}
                    </Td>
                    <Td className={pad}>
                      <span className="font-mono text-xs text-slate-800">{r.event}</span>
                    </Td>
                    <Td className={cn(num, "font-medium text-slate-900!")}>{formatInt(r.attributed)}</Td>
                    <Td className={cn(num, "text-emerald-700!")}>{formatInt(r.delivered)}</Td>
                    <Td className={num}>
                      {r.discrepancy === 0 ? (
                        <span className="text-slate-300">0</span>
                      ) : (
                        <span
                          className={cn(r.discrepancy > 0 ? "font-medium text-red-700" : "text-slate-600")}
                          title={gapRatio === null ? undefined : `${formatPct(gapRatio)} of attributed`}
                        >
                          {formatInt(r.discrepancy)}
                        </span>
                      )}
                    </Td>
                    <Td className={num}>
                      <Zero n={r.pending} className="text-brand-700" />
                    </Td>
                    <Td className={num}>
                      <Zero n={r.failed} className="text-red-700" />
                    </Td>
                    <Td className={num}>
                      <Zero n={r.expired} className="text-amber-700" />
                    </Td>
                    <Td className={num}>
                      <Zero n={r.skipped} className="text-violet-700" />
                    </Td>
                    <Td className={num}>
                      <Zero n={r.filtered} className="text-slate-600" />
                    </Td>
                    <Td className={num}>
                      <Reported r={r} tolerance={tolerance} />
                    </Td>
                    <Td className={cn(num, "pr-4!")}>
                      {r.revenue.length === 0 ? (
                        <span className="text-slate-300">—</span>
                      ) : (
                        <span className="flex flex-col items-end gap-0.5">
                          {r.revenue.map((l) => (
                            <span key={l.currency} className="whitespace-nowrap text-xs">
                              {formatDecimal(l.attributed ?? "0")} →{" "}
                              <span className="text-emerald-700">{formatDecimal(l.sent ?? "0")}</span>{" "}
                              <span className="text-slate-500">{l.currency}</span>
                              {l.reported !== null && (
                                <span className="text-cyan-700"> · reported {formatDecimal(l.reported)}</span>
                              )}
                            </span>
                          ))}
                        </span>
                      )}
                    </Td>
                  </tr>
                  {isOpen && (
                    <tr>
                      <td colSpan={13} className="bg-white px-4 pb-4 pt-1">
                        {r.configured ? (
                          <GapPanel
                            network={r.network}
                            networkName={r.networkName ?? r.network}
                            day={r.day}
                            tz={tz}
                            event={r.event}
                          />
                        ) : (
                          <p className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
                            The MMP attributed these conversions to <code className="font-mono">{r.network}</code>, but
                            no network has that slug, so nothing was sent. Add a network with this slug (or fix the slug
                            in the MMP) to forward future ones.
                          </p>
                        )}
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {visible.length === 0 && (
        <p className="px-5 py-6 text-center text-sm text-slate-500">No rows with a gap or a flag in this range.</p>
      )}
      {visible.length > shown && (
        <div className="border-t border-slate-100 px-5 py-3 text-center">
          <Button variant="secondary" onClick={() => setShown(shown + PAGE)}>
            Show {Math.min(PAGE, visible.length - shown)} more of {formatInt(visible.length - shown)}
          </Button>
        </div>
      )}
    </Card>
  );
}
