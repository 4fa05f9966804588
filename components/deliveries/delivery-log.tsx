"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Download, RefreshCw, RotateCcw, SearchX, Send } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch, queryString } from "@/components/ui/api";
import { Button, ButtonLink, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { TableSkeleton } from "@/components/ui/skeleton";
import { Table, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { deliveryStatuses } from "@/lib/delivery-status";
import { statusesCountedAs } from "@/lib/reconciliation/schemas";
import { BulkReplayPanel } from "./bulk-replay-panel";
import { DeliveryStatusBadge, inFlightStatuses, statusLabels } from "./delivery-status-badge";
import { EventTimeNote } from "./event-time-note";
import { FilterBar, type FilterSpec } from "./filter-bar";
import { formatLatency } from "./format";
import type { DeliveryList, DeliveryRow } from "./types";
import { useNetworks } from "./use-networks";
import { useUrlFilters } from "./use-url-filters";

const KEYS = ["network", "status", "event", "clickId", "time", "from", "to"] as const;
const PAGE_SIZE = 50;
/** While any visible delivery is pending or sending, the log re-reads itself this often. */
const IN_FLIGHT_REFRESH_MS = 3_000;

const hasInFlight = (pages: DeliveryList[] | undefined) =>
  pages?.some((p) => p.deliveries.some((d) => inFlightStatuses.has(d.status))) ?? false;

export function DeliveryLog({ canReplay }: { canReplay: boolean }) {
  const { filters, setFilters, active } = useUrlFilters(KEYS);
  // `time` picks what from/to bound: blank (or "created") is when the delivery was created, "occurred" the event's time.
  const byEventTime = filters.time === "occurred";
  const networks = useNetworks();
  const [replayOpen, setReplayOpen] = useState(false);

  const query = useInfiniteQuery({
    queryKey: ["deliveries", filters],
    queryFn: ({ pageParam, signal }) =>
      apiFetch<DeliveryList>(`/api/v1/deliveries${queryString({ ...filters, cursor: pageParam, limit: PAGE_SIZE })}`, {
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (q) => (hasInFlight(q.state.data?.pages) ? IN_FLIGHT_REFRESH_MS : false),
  });

  // Pages are re-read independently while refreshing, so a row can shift into the next page: show it once.
  const seen = new Set<string>();
  const rows = (query.data?.pages.flatMap((p) => p.deliveries) ?? []).filter((d) => !seen.has(d.id) && seen.add(d.id));
  const live = hasInFlight(query.data?.pages);

  const specs: FilterSpec<(typeof KEYS)[number]>[] = [
    {
      key: "network",
      label: "Network",
      type: "select",
      options: (networks.data ?? []).map((n) => ({ value: n.slug, label: n.name })),
      any: "All networks",
    },
    {
      key: "status",
      label: "Status",
      type: "select",
      options: [
        ...deliveryStatuses.map((s) => ({ value: s, label: statusLabels[s] })),
        { value: statusesCountedAs("pending").join(","), label: "Waiting (pending or sending)" },
      ],
      any: "All statuses",
    },
    { key: "event", label: "Event name", type: "text", placeholder: "purchase" },
    { key: "clickId", label: "Click ID", type: "text", placeholder: "Exact click ID" },
    {
      key: "time",
      label: "Time range by",
      type: "select",
      options: [{ value: "occurred", label: "Event time" }],
      any: "Created time",
    },
    { key: "from", label: byEventTime ? "Event time from" : "Created from", type: "datetime" },
    { key: "to", label: byEventTime ? "Event time before" : "Created before", type: "datetime" },
  ];

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <FilterBar
          specs={specs}
          filters={{ ...filters, time: byEventTime ? "occurred" : undefined }}
          onApply={setFilters}
          active={active}
        />
      </div>
      {byEventTime && (
        <EventTimeNote from={filters.from} to={filters.to} onUseCreated={() => setFilters({ time: undefined })} />
      )}

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="flex items-center gap-2 text-sm text-slate-500" aria-live="polite">
          {query.isSuccess &&
            (rows.length
              ? `${rows.length}${query.hasNextPage ? "+" : ""} deliver${rows.length === 1 ? "y" : "ies"}, ${byEventTime ? "most recently received" : "newest"} first`
              : null)}
          {live && (
            <span className="inline-flex items-center gap-1.5 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">
              <RefreshCw className="size-3 animate-spin [animation-duration:2s]" aria-hidden /> Updating while
              deliveries are in flight
            </span>
          )}
        </p>
        <div className="flex items-center gap-2">
          <Button variant="ghost" size="sm" onClick={() => query.refetch()} disabled={query.isFetching}>
            <RefreshCw className={cn("size-3.5", query.isFetching && "animate-spin")} aria-hidden /> Refresh
          </Button>
          {query.isSuccess && rows.length > 0 && (
            <a
              href={`/api/v1/deliveries${queryString({ ...filters, format: "csv" })}`}
              download
              className={buttonClass({ variant: "secondary", size: "sm" })}
              title="Every delivery these filters match, with click IDs, status, HTTP code and times: what a network needs to check a dispute"
            >
              <Download className="size-3.5" aria-hidden /> Download CSV
            </a>
          )}
          {canReplay && (
            <Button
              variant="secondary"
              size="sm"
              onClick={() => setReplayOpen(true)}
              disabled={replayOpen}
              aria-expanded={replayOpen}
            >
              <RotateCcw className="size-3.5" aria-hidden /> Replay failed…
            </Button>
          )}
        </div>
      </div>

      {replayOpen && canReplay && (
        <BulkReplayPanel
          networks={networks.data ?? []}
          defaults={filters}
          onClose={() => setReplayOpen(false)}
          onShow={(network) =>
            setFilters({
              network,
              status: undefined,
              time: undefined,
              from: undefined,
              to: undefined,
              event: undefined,
              clickId: undefined,
            })
          }
        />
      )}

      <Card className="overflow-hidden">
        {query.isPending ? (
          <TableSkeleton label="Loading deliveries" columns={7} />
        ) : query.isError ? (
          <p role="alert" className="px-5 py-6 text-sm text-red-600">
            Could not load deliveries: {query.error.message}
          </p>
        ) : rows.length === 0 ? (
          <div className="p-5">
            {active ? (
              <EmptyState
                icon={SearchX}
                title="No deliveries match these filters"
                action={
                  <Button
                    variant="secondary"
                    onClick={() => setFilters(Object.fromEntries(KEYS.map((k) => [k, undefined])))}
                  >
                    Clear filters
                  </Button>
                }
              >
                Try a wider time range or another status. Events that no rule forwards to a network show up as filtered,
                not missing.
              </EmptyState>
            ) : (
              <EmptyState
                icon={Send}
                title="No deliveries yet"
                action={
                  <ButtonLink href="/events" variant="secondary">
                    Look at received events
                  </ButtonLink>
                }
              >
                A delivery is created for each network a received event is forwarded to. If events are arriving but
                nothing shows here, check that the network has a forwarding rule for them under Rules.
              </EmptyState>
            )}
          </div>
        ) : (
          <DeliveryTable
            rows={rows}
            eventTimeRange={byEventTime ? { from: filters.from, to: filters.to } : undefined}
          />
        )}
        {query.hasNextPage && (
          <div className="border-t border-slate-100 px-5 py-3 text-center">
            <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
              {query.isFetchingNextPage ? "Loading…" : "Load older deliveries"}
            </Button>
          </div>
        )}
      </Card>
    </div>
  );
}

// Eight columns must fit beside the sidebar at 1280 px.
const pad = "px-3!";

/** Whether a delivery was created outside the event-time range it was found by: the MMP sent it late (or early). */
function createdOutside(d: DeliveryRow, range: { from?: string; to?: string }) {
  const created = new Date(d.createdAt).getTime();
  return (
    (range.to !== undefined && created >= new Date(range.to).getTime()) ||
    (range.from !== undefined && created < new Date(range.from).getTime())
  );
}

function DeliveryTable({
  rows,
  eventTimeRange,
}: {
  rows: DeliveryRow[];
  eventTimeRange?: { from?: string; to?: string };
}) {
  const router = useRouter();
  return (
    <Table aria-label="Deliveries">
      <thead>
        <tr>
          <Th className={pad}>{eventTimeRange ? "Event time" : "Created"}</Th>
          <Th className={pad}>Network</Th>
          <Th className={pad}>Event → partner event</Th>
          <Th className={pad}>Status</Th>
          <Th className={cn(pad, "text-right!")}>Attempts</Th>
          <Th className={cn(pad, "text-right!")} title="HTTP status of the last response">
            HTTP
          </Th>
          <Th className={cn(pad, "text-right!")}>Latency</Th>
          <Th className={pad}>Click ID</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 bg-white">
        {rows.map((d) => {
          const href = `/deliveries/${encodeURIComponent(d.id)}`;
          return (
            <tr
              key={d.id}
              data-testid="delivery-row"
              data-status={d.status}
              onClick={(e) => {
                if (!(e.target as HTMLElement).closest("a")) router.push(href);
              }}
              className="cursor-pointer hover:bg-slate-50"
            >
              <Td className={pad}>
                <Link
                  href={href}
                  className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                  aria-label={`Open ${d.eventName} delivery to ${d.networkName}`}
                >
                  <Timestamp date={eventTimeRange ? d.occurredAt : d.createdAt} compact />
                </Link>
                {eventTimeRange && createdOutside(d, eventTimeRange) && (
                  <p className="text-xs text-slate-500" data-testid="created-late">
                    created <Timestamp date={d.createdAt} compact />
                  </p>
                )}
              </Td>
              <Td className={pad}>
                <span className="text-slate-900">{d.networkName}</span>
              </Td>
              <Td className={pad}>
                <span className="font-mono text-xs text-slate-900">{d.eventName}</span>
                {d.partnerEventName && d.partnerEventName !== d.eventName && (
                  <span className="font-mono text-xs text-slate-500"> → {d.partnerEventName}</span>
                )}
              </Td>
              <Td className={pad}>
                <DeliveryStatusBadge status={d.status} />
                {d.reason && d.status !== "delivered" && (
                  <p className="mt-0.5 max-w-40 truncate text-xs text-slate-500 2xl:max-w-64" title={d.reason}>
                    {d.reason}
                  </p>
                )}
              </Td>
              <Td className={cn(pad, "text-right tabular-nums")}>{d.attempts}</Td>
              <Td
                className={cn(
                  pad,
                  "text-right tabular-nums",
                  d.lastStatusCode && d.lastStatusCode >= 400 && "text-red-700!",
                )}
              >
                {d.lastStatusCode ?? <span className="text-slate-400">—</span>}
              </Td>
              <Td className={cn(pad, "text-right tabular-nums text-slate-600!")}>{formatLatency(d.lastLatencyMs)}</Td>
              <Td className={pad}>
                {d.clickId ? (
                  <span className="block max-w-28 truncate 2xl:max-w-48 font-mono text-xs" title={d.clickId}>
                    {d.clickId}
                  </span>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
