"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Activity, RefreshCw } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { formatDuration, formatInt, formatPct } from "@/components/charts/format";
import { useUrlFilters } from "@/components/deliveries/use-url-filters";
import { apiFetch, queryString } from "@/components/ui/api";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { Skeleton } from "@/components/ui/skeleton";
import { Td, Th } from "@/components/ui/table";
import type { MonitoringResult } from "@/lib/monitoring/schemas";
import { AlertSettings } from "./alert-settings";
import { AlertsList } from "./alerts-list";
import { DelayChart, LatencyChart, SuccessRateChart, VolumeChart } from "./health-charts";

const KEYS = ["network", "window"] as const;
type Net = MonitoringResult["networks"][number];

const statusTone = { active: "green", paused: "amber", disabled: "red" } as const;
/** More lines than this in one chart stop being readable; the busiest networks are drawn. */
const MAX_CHART_NETWORKS = 6;

function rateTone(rate: number | null) {
  if (rate === null) return "text-slate-400";
  return rate >= 0.95 ? "text-emerald-700" : rate >= 0.8 ? "text-amber-700" : "text-red-700";
}

const isQuiet = (n: Net) => n.window.attempts === 0 && n.backlog === 0 && n.nearDeadline === 0;

function NetworksTable({ networks, onSelect }: { networks: Net[]; onSelect: (slug: string) => void }) {
  const num = "text-right! tabular-nums";
  const [showQuiet, setShowQuiet] = useState(false);
  const quiet = networks.filter(isQuiet).length;
  const rows = showQuiet ? networks : networks.filter((n) => !isQuiet(n));
  return (
    <Card data-testid="network-health">
      <CardHeader
        title="Networks now"
        description="Success rate and timings over the window; backlog, due and near-deadline counts are live. Click a network for its charts."
        actions={
          quiet > 0 ? (
            <Button variant="ghost" size="sm" onClick={() => setShowQuiet(!showQuiet)} aria-expanded={showQuiet}>
              {showQuiet ? "Hide" : "Show"} {quiet} network{quiet === 1 ? "" : "s"} without activity
            </Button>
          ) : undefined
        }
      />
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label="Network health">
          <thead>
            <tr>
              <Th>Network</Th>
              <Th className={num}>Attempts</Th>
              <Th className={num}>Success rate</Th>
              <Th className={num}>Latency p50</Th>
              <Th className={num}>Latency p95</Th>
              <Th className={num} title="Conversion to delivered postback, 95th percentile">
                Event → delivery p95
              </Th>
              <Th className={num}>Window</Th>
              <Th className={num} title="Pending or being sent">
                Backlog
              </Th>
              <Th className={num} title="Pending and due now">
                Due now
              </Th>
              <Th className={num} title="Pending whose acceptance window ends within the hour">
                Near deadline
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 bg-white">
            {rows.map((n) => (
              <tr
                key={n.network}
                className="cursor-pointer hover:bg-slate-50"
                onClick={() => onSelect(n.network)}
                data-testid="network-health-row"
              >
                <Td>
                  <button
                    type="button"
                    className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                    onClick={(e) => {
                      e.stopPropagation();
                      onSelect(n.network);
                    }}
                  >
                    {n.name}
                  </button>
                  {n.status !== "active" && (
                    <Badge tone={statusTone[n.status as keyof typeof statusTone] ?? "gray"} className="ml-2">
                      {n.status}
                    </Badge>
                  )}
                </Td>
                <Td className={num}>{formatInt(n.window.attempts)}</Td>
                <Td className={cn(num, rateTone(n.window.successRate))}>{formatPct(n.window.successRate)}</Td>
                <Td className={num}>{formatDuration(n.window.latencyP50Ms)}</Td>
                <Td className={num}>{formatDuration(n.window.latencyP95Ms)}</Td>
                <Td className={num}>{formatDuration(n.window.delayP95Ms)}</Td>
                <Td className={cn(num, "text-slate-500!")}>
                  {n.acceptanceWindowHours ? `${n.acceptanceWindowHours} h` : "none"}
                </Td>
                <Td className={num}>{formatInt(n.backlog)}</Td>
                <Td className={num}>{formatInt(n.dueNow)}</Td>
                <Td className={cn(num, n.nearDeadline > 0 && "font-semibold text-red-700!")}>
                  {formatInt(n.nearDeadline)}
                </Td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && (
        <p className="px-5 py-5 text-sm text-slate-500">
          No network sent postbacks or has deliveries waiting in this window.
        </p>
      )}
    </Card>
  );
}

export function MonitoringView({ canManage }: { canManage: boolean }) {
  const id = useId();
  const { filters, setFilters } = useUrlFilters(KEYS);
  const win = filters.window === "7d" ? "7d" : "24h";
  const url = `/api/v1/monitoring${queryString({ network: filters.network, window: win })}`;
  const q = useQuery({
    queryKey: ["monitoring", url],
    queryFn: ({ signal }) => apiFetch<MonitoringResult>(url, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
  const all = useQuery({
    queryKey: ["monitoring-networks"],
    queryFn: ({ signal }) =>
      apiFetch<{ networks: { slug: string; name: string }[] }>("/api/v1/networks", { signal }).then((r) => r.networks),
    staleTime: 60_000,
  });
  const networks = useMemo(
    () =>
      [...(q.data?.networks ?? [])].sort(
        (a, b) => b.window.attempts - a.window.attempts || b.backlog - a.backlog || a.name.localeCompare(b.name),
      ),
    [q.data],
  );
  const charted =
    networks.length === 1 ? networks : networks.filter((n) => n.window.attempts > 0).slice(0, MAX_CHART_NETWORKS);

  return (
    <div className="space-y-5">
      <section
        aria-label="Filters"
        className="flex flex-wrap items-end justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor={`${id}-network`} className="block text-xs font-medium text-slate-600">
              Network
            </label>
            <Select
              id={`${id}-network`}
              value={filters.network ?? ""}
              className="mt-1 w-56 py-1.5"
              onChange={(e) => setFilters({ network: e.target.value || undefined })}
            >
              <option value="">All networks</option>
              {(all.data ?? []).map((n) => (
                <option key={n.slug} value={n.slug}>
                  {n.name}
                </option>
              ))}
            </Select>
          </div>
          <div role="group" aria-label="Window" className="flex gap-1 pb-0.5">
            {(["24h", "7d"] as const).map((w) => (
              <button
                key={w}
                type="button"
                aria-pressed={win === w}
                onClick={() => setFilters({ window: w === "24h" ? undefined : w })}
                className={cn(
                  "h-8 rounded-md px-3 text-xs font-medium ring-1 ring-inset",
                  win === w
                    ? "bg-brand-50 text-brand-700 ring-brand-600/30"
                    : "bg-white text-slate-600 ring-slate-300 hover:bg-slate-50",
                )}
              >
                {w === "24h" ? "Last 24 hours" : "Last 7 days"}
              </button>
            ))}
          </div>
        </div>
        <div className="flex items-center gap-3 text-xs text-slate-500">
          Hourly buckets in UTC · refreshes every minute
          <Button variant="ghost" size="sm" onClick={() => q.refetch()} disabled={q.isFetching}>
            <RefreshCw className={cn("size-3.5", q.isFetching && "animate-spin")} aria-hidden /> Refresh
          </Button>
        </div>
      </section>

      {q.isError && !q.data ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-5 py-4 text-sm text-red-700">
          Could not load monitoring: {q.error.message}
        </p>
      ) : !q.data ? (
        <div role="status" aria-label="Loading monitoring" className="grid gap-5 xl:grid-cols-2">
          {Array.from({ length: 4 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders made from a count; the position is their identity.
            <Skeleton key={i} className="h-72" />
          ))}
        </div>
      ) : networks.length === 0 ? (
        <EmptyState
          icon={Activity}
          title="No networks to monitor yet"
          action={<ButtonLink href="/networks">Add a network</ButtonLink>}
        >
          Monitoring shows, per ad network, how many postbacks succeed, how fast networks answer, how long conversions
          take to reach them and how much is waiting.
        </EmptyState>
      ) : (
        <>
          {networks.length > 1 && <NetworksTable networks={networks} onSelect={(network) => setFilters({ network })} />}
          {networks.length === 1 && <SingleNetworkStats n={networks[0]} />}
          {networks.length > 1 && (
            <p className="text-sm text-slate-500">
              {charted.length === 0
                ? "No network sent postbacks in this window."
                : `Charts show the ${charted.length === 1 ? "only network" : `${charted.length} busiest networks`} with postbacks in this window; pick a network above for its own detail.`}
            </p>
          )}
          <div className="grid gap-5 xl:grid-cols-2">
            <SuccessRateChart networks={charted} />
            <LatencyChart networks={charted} />
            <DelayChart networks={charted} />
            <VolumeChart networks={networks} />
          </div>
        </>
      )}

      <AlertsList network={filters.network} />
      {canManage && <AlertSettings />}
    </div>
  );
}

function SingleNetworkStats({ n }: { n: Net }) {
  const stat = (label: string, value: string, tone = "text-slate-900") => (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className={cn("mt-1 text-xl font-semibold tabular-nums", tone)}>{value}</dd>
    </div>
  );
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" data-testid="network-health">
      {stat("Success rate", formatPct(n.window.successRate), rateTone(n.window.successRate))}
      {stat("Latency p95", formatDuration(n.window.latencyP95Ms))}
      {stat("Event → delivery p95", formatDuration(n.window.delayP95Ms))}
      {stat("Backlog", formatInt(n.backlog))}
      {stat("Due now", formatInt(n.dueNow))}
      {stat("Near deadline", formatInt(n.nearDeadline), n.nearDeadline ? "text-red-700" : "text-slate-900")}
    </dl>
  );
}
