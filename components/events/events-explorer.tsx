"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Inbox, RefreshCw, SearchX } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { DeliveryStatusBadge } from "@/components/deliveries/delivery-status-badge";
import { FilterBar, type FilterSpec } from "@/components/deliveries/filter-bar";
import { formatMoney } from "@/components/deliveries/format";
import { useNetworks } from "@/components/deliveries/use-networks";
import { useUrlFilters } from "@/components/deliveries/use-url-filters";
import { apiFetch, queryString } from "@/components/ui/api";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { TableSkeleton } from "@/components/ui/skeleton";
import { Table, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import type { EventList, EventRow } from "./types";

const KEYS = ["name", "network", "organic", "clickId", "from", "to"] as const;
const PAGE_SIZE = 50;

function curlExample(origin: string, network: string) {
  const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const body = {
    id: "test-1",
    name: "purchase",
    occurredAt: now,
    network,
    clickId: "abc123",
    revenue: "4.99",
    currency: "USD",
  };
  return [
    `curl -X POST ${origin}/api/v1/events \\`,
    `  -H "Authorization: Bearer <your ingest API key>" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '${JSON.stringify(body, null, 2).replace(/\n/g, "\n  ")}'`,
  ].join("\n");
}

function NoEventsYet({ canManageKeys, network }: { canManageKeys: boolean; network: string }) {
  const [origin, setOrigin] = useState("https://ricochet.example.com");
  useEffect(() => setOrigin(window.location.origin), []);
  const curl = curlExample(origin, network);
  return (
    <EmptyState
      icon={Inbox}
      title="No events yet"
      action={
        <div className="w-[40rem] max-w-full text-left">
          <pre className="overflow-x-auto rounded-md bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100">
            {curl}
          </pre>
          <div className="mt-3 flex items-center justify-between gap-3">
            {canManageKeys ? (
              <ButtonLink href="/settings/api-keys" size="sm">
                Create an ingest API key
              </ButtonLink>
            ) : (
              <span className="text-xs text-slate-500">Ask an admin for an ingest API key.</span>
            )}
            <CopyButton value={curl} label="Copy command" />
          </div>
        </div>
      }
    >
      Your MMP sends attributed conversions to <code className="font-mono">POST /api/v1/events</code> with an ingest API
      key. Point it there, or send a test event by hand:
    </EmptyState>
  );
}

export function EventsExplorer({ canManageKeys }: { canManageKeys: boolean }) {
  const { filters, setFilters, active } = useUrlFilters(KEYS);
  const networks = useNetworks();
  const query = useInfiniteQuery({
    queryKey: ["events", filters],
    queryFn: ({ pageParam, signal }) =>
      apiFetch<EventList>(`/api/v1/events${queryString({ ...filters, cursor: pageParam, limit: PAGE_SIZE })}`, {
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = query.data?.pages.flatMap((p) => p.events) ?? [];

  const specs: FilterSpec<(typeof KEYS)[number]>[] = [
    { key: "name", label: "Event name", type: "text", placeholder: "purchase" },
    {
      key: "network",
      label: "Attributed to",
      type: "select",
      options: (networks.data ?? []).map((n) => ({ value: n.slug, label: n.name })),
      any: "Any network",
    },
    {
      key: "organic",
      label: "Attribution",
      type: "select",
      options: [
        { value: "false", label: "Attributed only" },
        { value: "true", label: "Organic only" },
      ],
      any: "Attributed or organic",
    },
    { key: "clickId", label: "Click ID", type: "text", placeholder: "Exact click ID" },
    { key: "from", label: "Occurred from", type: "datetime" },
    { key: "to", label: "Occurred before", type: "datetime" },
  ];

  return (
    <div className="space-y-4">
      <FilterBar specs={specs} filters={filters} onApply={setFilters} active={active} />
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-slate-500" aria-live="polite">
          {query.isSuccess &&
            rows.length > 0 &&
            `${rows.length}${query.hasNextPage ? "+" : ""} event${rows.length === 1 ? "" : "s"}, newest first`}
        </p>
        <Button variant="ghost" size="sm" onClick={() => query.refetch()} disabled={query.isFetching}>
          <RefreshCw className={cn("size-3.5", query.isFetching && "animate-spin")} aria-hidden /> Refresh
        </Button>
      </div>
      <Card className="overflow-hidden">
        {query.isPending ? (
          <TableSkeleton label="Loading events" columns={7} />
        ) : query.isError ? (
          <p role="alert" className="px-5 py-6 text-sm text-red-600">
            Could not load events: {query.error.message}
          </p>
        ) : rows.length === 0 ? (
          <div className="p-5">
            {active ? (
              <EmptyState
                icon={SearchX}
                title="No events match these filters"
                action={
                  <Button
                    variant="secondary"
                    onClick={() => setFilters(Object.fromEntries(KEYS.map((k) => [k, undefined])))}
                  >
                    Clear filters
                  </Button>
                }
              >
                Event names and click IDs must match exactly. Times are when the conversion happened, in your time zone.
              </EmptyState>
            ) : (
              <NoEventsYet canManageKeys={canManageKeys} network={networks.data?.[0]?.slug ?? "<network slug>"} />
            )}
          </div>
        ) : (
          <EventTable rows={rows} />
        )}
        {query.hasNextPage && (
          <div className="border-t border-slate-100 px-5 py-3 text-center">
            <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
              {query.isFetchingNextPage ? "Loading…" : "Load older events"}
            </Button>
          </div>
        )}
      </Card>
    </div>
  );
}

function EventTable({ rows }: { rows: EventRow[] }) {
  const router = useRouter();
  return (
    <Table aria-label="Events">
      <thead>
        <tr>
          <Th>Occurred</Th>
          <Th>Event</Th>
          <Th>Sender ID</Th>
          <Th>Attributed to</Th>
          <Th>Click ID</Th>
          <Th className="text-right!">Revenue</Th>
          <Th>Sent to</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 bg-white">
        {rows.map((e) => {
          const href = `/events/${encodeURIComponent(e.id)}`;
          return (
            <tr
              key={e.id}
              data-testid="event-row"
              onClick={(ev) => {
                if (!(ev.target as HTMLElement).closest("a")) router.push(href);
              }}
              className="cursor-pointer hover:bg-slate-50"
            >
              <Td className="text-slate-600!">
                <Timestamp date={e.occurredAt} />
              </Td>
              <Td>
                <Link href={href} className="font-mono font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {e.name}
                </Link>
              </Td>
              <Td>
                <span className="block max-w-44 truncate font-mono text-xs text-slate-700" title={e.externalId}>
                  {e.externalId}
                </span>
                <span className="block max-w-44 truncate text-xs text-slate-400" title={`Sent by ${e.sender}`}>
                  {e.sender}
                </span>
              </Td>
              <Td>
                {e.network ? (
                  <span className="font-mono text-xs">{e.network}</span>
                ) : (
                  <Badge tone="gray">organic</Badge>
                )}
              </Td>
              <Td>
                {e.clickId ? (
                  <span className="block max-w-36 truncate font-mono text-xs" title={e.clickId}>
                    {e.clickId}
                  </span>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </Td>
              <Td className="text-right tabular-nums">
                {formatMoney(e.revenue, e.currency) ?? <span className="text-slate-400">—</span>}
              </Td>
              <Td className="whitespace-normal!">
                {e.outcomes.length === 0 ? (
                  <span className="text-xs text-slate-400">No network</span>
                ) : (
                  <ul className="flex flex-wrap gap-1">
                    {e.outcomes.map((o) => (
                      <li key={o.network} className="inline-flex items-center gap-1 text-xs text-slate-600">
                        <span className="sr-only">{o.networkName}:</span>
                        <span aria-hidden>{o.networkName}</span>
                        <DeliveryStatusBadge status={o.status} />
                      </li>
                    ))}
                  </ul>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
