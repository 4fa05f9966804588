"use client";
import { ArrowDown, ArrowUp, ChevronsUpDown, Search } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, Td, Th } from "@/components/ui/table";
import { Tooltip } from "@/components/ui/tooltip";
import type { NetworkOutput } from "@/lib/networks/schemas";
import type { NetworkStats } from "@/lib/networks/stats";
import { NetworkStatusBadge } from "./network-status-badge";

export interface NetworkRow extends NetworkStats {
  id: string;
  name: string;
  slug: string;
  status: NetworkOutput["status"];
  statusReason: string | null;
  /** Set on deleted networks: the list of them shows when, not the status they were left in. */
  deletedAt?: Date | string | null;
  method: string;
  host: string;
  rules: number;
}

type SortKey = "name" | "status" | "successRate" | "pending" | "failed" | "lastDeliveredAt";
const STATUS_ORDER = { disabled: 0, paused: 1, active: 2 } as const;

function sortValue(row: NetworkRow, key: SortKey): string | number {
  switch (key) {
    case "name":
      return row.name.toLowerCase();
    case "status":
      return STATUS_ORDER[row.status];
    case "successRate":
      return row.successRate ?? -1;
    case "lastDeliveredAt":
      return row.lastDeliveredAt ? new Date(row.lastDeliveredAt).getTime() : 0;
    default:
      return row[key];
  }
}

function rateTone(rate: number) {
  if (rate >= 0.95) return { bar: "bg-emerald-500", text: "text-emerald-700" };
  if (rate >= 0.8) return { bar: "bg-amber-500", text: "text-amber-700" };
  return { bar: "bg-red-500", text: "text-red-700" };
}

function SuccessRate({ row }: { row: NetworkRow }) {
  if (row.successRate === null) return <span className="text-xs text-slate-400">No postbacks completed</span>;
  const tone = rateTone(row.successRate);
  const total = row.delivered + row.failed + row.expired;
  const pct = row.successRate * 100;
  return (
    <Tooltip
      content={`${row.delivered.toLocaleString()} of ${total.toLocaleString()} accepted${row.expired ? `, ${row.expired} expired` : ""}`}
    >
      <button type="button" className="flex w-36 cursor-default items-center gap-2">
        <span className={cn("w-12 text-right font-medium tabular-nums", tone.text)}>
          {pct >= 99.95 || pct === 0 ? pct.toFixed(0) : pct.toFixed(1)}%
        </span>
        <span className="h-1.5 flex-1 overflow-hidden rounded-full bg-slate-100" aria-hidden>
          <span className={cn("block h-full rounded-full", tone.bar)} style={{ width: `${Math.max(2, pct)}%` }} />
        </span>
      </button>
    </Tooltip>
  );
}

/** The networks with their last-24-hours health; searching and sorting happen in the browser. */
export function NetworksTable({ rows }: { rows: NetworkRow[] }) {
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "name", dir: 1 });

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const filtered = q ? rows.filter((r) => [r.name, r.slug, r.host].some((v) => v.toLowerCase().includes(q))) : rows;
    return [...filtered].sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      return (x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name)) * sort.dir;
    });
  }, [rows, query, sort]);

  const header = (key: SortKey, label: string, className?: string) => {
    const active = sort.key === key;
    const Icon = active ? (sort.dir === 1 ? ArrowUp : ArrowDown) : ChevronsUpDown;
    return (
      <Th className={className} aria-sort={active ? (sort.dir === 1 ? "ascending" : "descending") : "none"}>
        <button
          type="button"
          className={cn(
            "inline-flex items-center gap-1 uppercase tracking-wide hover:text-slate-900",
            active && "text-slate-900",
          )}
          onClick={() =>
            setSort(
              active
                ? { key, dir: sort.dir === 1 ? -1 : 1 }
                : { key, dir: key === "name" || key === "status" ? 1 : -1 },
            )
          }
        >
          {label}
          <Icon className="size-3.5" aria-hidden />
        </button>
      </Th>
    );
  };

  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-4 py-3">
        <div className="relative w-full max-w-xs">
          <Search
            className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-slate-400"
            aria-hidden
          />
          <Input
            type="search"
            aria-label="Search networks"
            placeholder="Search by name, slug or host"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            className="pl-9"
          />
        </div>
        <p className="text-xs text-slate-500">Delivery figures cover the last 24 hours.</p>
      </div>
      <Table>
        <thead>
          <tr>
            {header("name", "Network")}
            {header("status", "Status")}
            {header("successRate", "Success (24 h)")}
            {header("pending", "Pending", "text-right")}
            {header("failed", "Failed (24 h)", "text-right")}
            {header("lastDeliveredAt", "Last delivery")}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shown.map((r) => (
            <tr key={r.id} className="group hover:bg-slate-50" data-testid={`network-row-${r.slug}`}>
              <Td className="max-w-[22rem]">
                <Link href={`/networks/${r.id}`} className="font-medium text-slate-900 group-hover:text-brand-700">
                  {r.name}
                </Link>
                <div className="mt-0.5 flex min-w-0 items-center gap-1.5 text-xs text-slate-500">
                  <code className="font-mono">{r.slug}</code>
                  <span aria-hidden>·</span>
                  <span className="truncate" title={`${r.method} ${r.host}`}>
                    {r.method} {r.host}
                  </span>
                  {r.rules === 0 && (
                    <>
                      <span aria-hidden>·</span>
                      <span className="text-amber-700">no rules</span>
                    </>
                  )}
                </div>
              </Td>
              <Td>
                {r.deletedAt ? (
                  <span className="inline-flex items-center gap-2">
                    <Badge tone="gray">Deleted</Badge>
                    <RelativeTime date={r.deletedAt} className="text-xs text-slate-500" />
                  </span>
                ) : (
                  <NetworkStatusBadge status={r.status} reason={r.statusReason} />
                )}
              </Td>
              <Td>
                <SuccessRate row={r} />
              </Td>
              <Td className="text-right tabular-nums">
                {r.pending > 0 ? r.pending.toLocaleString() : <span className="text-slate-400">0</span>}
              </Td>
              <Td className="text-right tabular-nums">
                {r.failed > 0 ? (
                  <span className="font-medium text-red-700">{r.failed.toLocaleString()}</span>
                ) : (
                  <span className="text-slate-400">0</span>
                )}
              </Td>
              <Td>
                <RelativeTime date={r.lastDeliveredAt} fallback="Never" />
              </Td>
            </tr>
          ))}
          {shown.length === 0 && (
            <tr>
              <td colSpan={6} className="px-4 py-10 text-center text-sm text-slate-500">
                No network matches “{query}”.
              </td>
            </tr>
          )}
        </tbody>
      </Table>
    </div>
  );
}
