"use client";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { BarChart3, Download, RefreshCw, Upload } from "lucide-react";
import { useState } from "react";
import { formatDay } from "@/components/charts/format";
import { apiFetch } from "@/components/ui/api";
import { Button, ButtonLink, buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { DiscrepancyChart } from "./discrepancy-chart";
import { ImportReport } from "./import-report";
import { NetworkChart } from "./network-chart";
import { OutcomeChart } from "./outcome-chart";
import { ReconciliationFilters, reconciliationUrl } from "./reconciliation-filters";
import { ReconciliationTable } from "./reconciliation-table";
import { SourceNote } from "./source-note";
import { SummaryCards } from "./summary-cards";
import type { Reconciliation } from "./types";
import { useReconciliationFilters } from "./use-reconciliation-filters";

export function ReconciliationView({ canImport, canManageZones }: { canImport: boolean; canManageZones: boolean }) {
  const { filters, setFilters } = useReconciliationFilters();
  const [importOpen, setImportOpen] = useState(false);
  const client = useQueryClient();
  const url = reconciliationUrl(filters);
  const query = useQuery({
    queryKey: ["reconciliation", url],
    queryFn: ({ signal }) => apiFetch<Reconciliation>(url, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const data = query.data;
  const empty = data && data.rows.length === 0;

  return (
    <div className="space-y-5">
      <ReconciliationFilters filters={filters} onChange={setFilters} />

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-500" aria-live="polite">
          {data ? (
            <>
              {formatDay(data.from, "long")} to {formatDay(data.to, "long")} · days in{" "}
              <span className="font-medium text-slate-700">{data.tz}</span>, by when each conversion happened
            </>
          ) : (
            "\u00a0"
          )}
        </p>
        <div className="flex items-center gap-2">
          <Button variant="ghost" size="sm" onClick={() => query.refetch()} disabled={query.isFetching}>
            <RefreshCw className={cn("size-3.5", query.isFetching && "animate-spin")} aria-hidden />{" "}
            {query.isFetching && data ? "Updating…" : "Refresh"}
          </Button>
          <a
            href={reconciliationUrl(filters, "csv")}
            download
            className={buttonClass({ variant: "secondary", size: "sm" })}
          >
            <Download className="size-3.5" aria-hidden /> Download CSV
          </a>
          {canImport && (
            <Button variant="secondary" size="sm" onClick={() => setImportOpen((v) => !v)} aria-expanded={importOpen}>
              <Upload className="size-3.5" aria-hidden /> Import network report
            </Button>
          )}
        </div>
      </div>
      {data?.source === "quarter_hour_buckets" && data.rows.length > 0 && (
        <SourceNote tz={data.tz} canManage={canManageZones} />
      )}
      {importOpen && canImport && (
        <ImportReport
          onClose={() => setImportOpen(false)}
          onImported={() => void client.invalidateQueries({ queryKey: ["reconciliation"] })}
        />
      )}

      {query.isError && !data ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-5 py-4 text-sm text-red-700">
          Could not load reconciliation: {query.error.message}
        </p>
      ) : !data ? (
        <div role="status" aria-label="Loading reconciliation" className="space-y-4">
          <div className="grid grid-cols-2 gap-3 xl:grid-cols-5">
            {Array.from({ length: 5 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders made from a count; the position is their identity.
              <Skeleton key={i} className="h-24" />
            ))}
          </div>
          <Skeleton className="h-80" />
        </div>
      ) : empty ? (
        <EmptyState
          icon={BarChart3}
          title="Nothing to reconcile in this range yet"
          action={
            filters.network ? (
              <Button variant="secondary" onClick={() => setFilters({ network: undefined })}>
                Show all networks
              </Button>
            ) : (
              <ButtonLink href="/events" variant="secondary">
                See received events
              </ButtonLink>
            )
          }
        >
          Reconciliation compares, per network and day, the conversions your MMP attributed to each ad network with the
          postbacks Ricochet delivered (and, once you import them, the numbers the networks report). It fills in as
          events arrive. Try a wider date range, another time zone, or check that your MMP is sending events.
        </EmptyState>
      ) : (
        <div
          className={cn("space-y-5 transition-opacity", query.isFetching && query.isPlaceholderData && "opacity-60")}
        >
          <SummaryCards data={data} />
          <OutcomeChart days={data.byDay} network={filters.network} />
          <div className="grid gap-5 xl:grid-cols-2">
            <DiscrepancyChart days={data.byDay} />
            <NetworkChart networks={data.byNetwork} onSelect={(network) => setFilters({ network })} />
          </div>
          <ReconciliationTable rows={data.rows} tz={data.tz} tolerance={data.tolerance} />
        </div>
      )}
    </div>
  );
}
