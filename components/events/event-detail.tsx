"use client";
import { useQuery } from "@tanstack/react-query";
import { ArrowRight, ChevronLeft } from "lucide-react";
import Link from "next/link";
import { DeliveryStatusBadge, inFlightStatuses } from "@/components/deliveries/delivery-status-badge";
import { formatMoney } from "@/components/deliveries/format";
import { apiFetch } from "@/components/ui/api";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { DetailSkeleton, LoadFailed } from "@/components/ui/query-states";
import { RelativeTime } from "@/components/ui/relative-time";
import { Timestamp } from "@/components/ui/timestamp";
import type { EventDetail, EventOutcome } from "./types";

const IN_FLIGHT_REFRESH_MS = 3_000;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One sentence answering "why was (or wasn't) this sent to that network?". */
function explain(o: EventOutcome): React.ReactNode {
  if (o.deliveryId === null) return o.reason;
  const as = (
    <>
      as <span className="font-mono">{o.partnerEventName ?? "the same name"}</span>
    </>
  );
  const revenue = formatMoney(o.revenue, o.currency);
  const withRevenue = revenue ? <> with revenue {revenue}</> : null;
  switch (o.status) {
    case "delivered":
      return (
        <>
          Sent {as}
          {withRevenue} and accepted{o.lastStatusCode ? ` (HTTP ${o.lastStatusCode})` : ""} after{" "}
          {plural(o.attempts, "attempt")}.
        </>
      );
    case "failed":
      return (
        <>
          Sent {as}, but it failed after {plural(o.attempts, "attempt")}: {o.reason ?? "the network refused it"}.
        </>
      );
    case "pending":
      return o.attempts > 0 ? (
        <>
          Sending {as}: {plural(o.attempts, "attempt")} so far{o.reason ? ` (${o.reason})` : ""}; next try{" "}
          <RelativeTime date={o.nextAttemptAt} fallback="soon" />.
        </>
      ) : (
        <>
          Queued to send {as}
          {withRevenue}.
        </>
      );
    case "sending":
      return <>Being sent {as} right now.</>;
    case "filtered":
      return <>Not sent: the forwarding rules filtered it out, because {o.reason}.</>;
    case "expired":
      return <>Not sent, too late for the network: {o.reason}.</>;
    case "skipped":
      return <>Not sent: {o.reason}.</>;
    default:
      return o.reason;
  }
}

function Item({ label, value, mono }: { label: string; value: React.ReactNode; mono?: boolean }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-3 py-2">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className={mono ? "font-mono text-xs break-all text-slate-900 leading-5" : "text-sm text-slate-900"}>
        {value === null || value === undefined || value === "" ? <span className="text-slate-400">—</span> : value}
      </dd>
    </div>
  );
}

export function EventDetailView({ id }: { id: string }) {
  const query = useQuery({
    queryKey: ["event", id],
    queryFn: ({ signal }) => apiFetch<EventDetail>(`/api/v1/events/${encodeURIComponent(id)}`, { signal }),
    refetchInterval: (q) =>
      q.state.data?.outcomes.some((o) => inFlightStatuses.has(o.status)) ? IN_FLIGHT_REFRESH_MS : false,
  });

  if (query.isPending) return <DetailSkeleton label="Loading event" />;
  if (query.isError) {
    return (
      <LoadFailed
        error={query.error}
        missingTitle="Event not found"
        failedTitle="Could not load this event"
        back={{ href: "/events", label: "Back to events" }}
        missing={<>No event has the ID &ldquo;{id}&rdquo;, as Ricochet&apos;s ID or the sender&apos;s.</>}
      />
    );
  }

  const { event: e, outcomes } = query.data;
  // Networks that got a delivery first, the attributed one on top; then those that were never in question.
  const ordered = [...outcomes].sort(
    (a, b) =>
      Number(a.deliveryId === null) - Number(b.deliveryId === null) ||
      Number(b.network === e.network) - Number(a.network === e.network),
  );
  const properties = Object.entries(e.properties);
  const relevant = ordered.filter((o) => o.status !== "not_applicable");
  const others = ordered.filter((o) => o.status === "not_applicable");
  const outcomeRow = (o: (typeof ordered)[number]) => (
    <li
      key={o.network}
      data-testid={`outcome-${o.network}`}
      className="flex flex-wrap items-start gap-x-6 gap-y-2 px-5 py-4"
    >
      <div className="w-48 shrink-0">
        <p className="font-medium text-slate-900">{o.networkName}</p>
        <p className="font-mono text-xs text-slate-400">{o.network}</p>
      </div>
      <div className="w-24 shrink-0 pt-0.5">
        <DeliveryStatusBadge status={o.status} />
      </div>
      <p className="min-w-64 flex-1 text-sm text-slate-700">{explain(o)}</p>
      {o.deliveryId && (
        <Link
          href={`/deliveries/${encodeURIComponent(o.deliveryId)}`}
          className="inline-flex shrink-0 items-center gap-1 text-sm font-medium text-brand-700 hover:underline"
        >
          View delivery<span className="sr-only"> to {o.networkName}</span>{" "}
          <ArrowRight className="size-3.5" aria-hidden />
        </Link>
      )}
    </li>
  );

  return (
    <div className="space-y-6">
      <div>
        <Link href="/events" className="inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
          <ChevronLeft className="size-4" aria-hidden /> Events
        </Link>
        <h1 className="mt-1 flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight text-slate-900">
          <span className="font-mono">{e.name}</span>
          {e.network ? <Badge tone="blue">Attributed to {e.network}</Badge> : <Badge tone="gray">Organic</Badge>}
        </h1>
        <p className="mt-1 text-sm text-slate-500">
          Occurred <Timestamp date={e.occurredAt} />, received <RelativeTime date={e.receivedAt} /> from{" "}
          <span className="font-medium text-slate-700">{e.sender}</span>
          {formatMoney(e.revenue, e.currency) && <> · revenue {formatMoney(e.revenue, e.currency)}</>}
        </p>
      </div>

      <Card>
        <CardHeader
          title="Where it was sent, and why"
          description="Decided once, when the event arrived, from each network's rules at that time. Later rule changes do not re-judge it."
        />
        {ordered.length === 0 ? (
          <p className="px-5 py-4 text-sm text-slate-500">
            No networks are configured, so it was sent nowhere. Add a network to start forwarding.
          </p>
        ) : (
          <>
            {relevant.length > 0 && (
              <ul className="divide-y divide-slate-100" aria-label="Outcome per network">
                {relevant.map(outcomeRow)}
              </ul>
            )}
            {others.length > 0 && (
              // Networks the event was never meant for: kept out of the way so the answer stays readable with many networks.
              <details className="group border-t border-slate-100" open={relevant.length === 0}>
                <summary className="cursor-pointer px-5 py-3 text-sm text-slate-500 hover:text-slate-800">
                  {others.length} other network{others.length === 1 ? "" : "s"} did not receive it (not attributed to
                  them)
                </summary>
                <ul className="divide-y divide-slate-100" aria-label="Networks it was not meant for">
                  {others.map(outcomeRow)}
                </ul>
              </details>
            )}
          </>
        )}
      </Card>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <CardHeader title="Conversion" />
          <dl className="divide-y divide-slate-100 px-5 py-2">
            <Item label="Sender's ID" value={e.externalId} mono />
            <Item label="Ricochet ID" value={e.id} mono />
            <Item label="Occurred" value={<Timestamp date={e.occurredAt} />} />
            <Item label="Received" value={<Timestamp date={e.receivedAt} />} />
            <Item label="Revenue" value={formatMoney(e.revenue, e.currency)} />
            <Item label="App" value={[e.appId, e.appVersion && `v${e.appVersion}`].filter(Boolean).join(" ")} />
            <Item label="Platform" value={e.platform} />
            <Item label="Country" value={e.country} />
          </dl>
        </Card>
        <Card>
          <CardHeader title="Attribution" />
          <dl className="divide-y divide-slate-100 px-5 py-2">
            <Item label="Network" value={e.network ?? "Organic"} mono={!!e.network} />
            <Item label="Click ID" value={e.clickId} mono />
            <Item label="Clicked" value={e.clickAt && <Timestamp date={e.clickAt} />} />
            <Item label="Installed" value={e.installAt && <Timestamp date={e.installAt} />} />
            <Item
              label="Campaign"
              value={[e.campaignName, e.campaignId && `(${e.campaignId})`].filter(Boolean).join(" ")}
            />
            <Item
              label="Ad group"
              value={[e.adgroupName, e.adgroupId && `(${e.adgroupId})`].filter(Boolean).join(" ")}
            />
            <Item
              label="Creative"
              value={[e.creativeName, e.creativeId && `(${e.creativeId})`].filter(Boolean).join(" ")}
            />
          </dl>
        </Card>
        <Card>
          <CardHeader title="Device" />
          <dl className="divide-y divide-slate-100 px-5 py-2">
            <Item label="Advertising ID" value={e.advertisingId} mono />
            <Item label="IDFA" value={e.idfa} mono />
            <Item label="GAID" value={e.gaid} mono />
            <Item label="IP address" value={e.ip} mono />
            <Item label="User agent" value={e.userAgent} mono />
          </dl>
        </Card>
        <Card>
          <CardHeader
            title="Properties"
            description="Custom values sent with the event; templates use them as {properties.<key>}."
          />
          {properties.length === 0 ? (
            <p className="px-5 py-4 text-sm text-slate-400">No custom properties.</p>
          ) : (
            <dl className="divide-y divide-slate-100 px-5 py-2">
              {properties.map(([k, v]) => (
                <Item key={k} label={k} value={v} mono />
              ))}
            </dl>
          )}
        </Card>
      </div>
    </div>
  );
}
