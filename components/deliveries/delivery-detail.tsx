"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronLeft, Clock, RotateCcw } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { apiFetch } from "@/components/ui/api";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";
import { DetailSkeleton, LoadFailed } from "@/components/ui/query-states";
import { RelativeTime } from "@/components/ui/relative-time";
import { Timestamp } from "@/components/ui/timestamp";
import { AttemptTimeline } from "./attempt-timeline";
import { DeliveryStatusBadge, inFlightStatuses } from "./delivery-status-badge";
import { formatLatency, formatMoney } from "./format";
import type { DeliveryDetail as Detail } from "./types";

const REPLAYABLE = new Set(["failed", "expired", "skipped", "delivered"]);
const IN_FLIGHT_REFRESH_MS = 2_000;

type Delivery = Detail["delivery"];

function StatusCallout({ d, canReplay }: { d: Delivery; canReplay: boolean }) {
  const tone =
    {
      delivered: "bg-emerald-50 text-emerald-900 ring-emerald-200",
      failed: "bg-red-50 text-red-900 ring-red-200",
      expired: "bg-amber-50 text-amber-900 ring-amber-200",
      pending: "bg-brand-50 text-brand-900 ring-brand-100",
      sending: "bg-brand-50 text-brand-900 ring-brand-100",
    }[d.status] ?? "bg-slate-50 text-slate-800 ring-slate-200";
  const attempts = `${d.attempts} attempt${d.attempts === 1 ? "" : "s"}`;
  let text: React.ReactNode;
  switch (d.status) {
    case "delivered":
      text = (
        <>
          Delivered after {attempts}
          {d.lastStatusCode ? (
            <>
              {" "}
              — the network answered HTTP {d.lastStatusCode} in {formatLatency(d.lastLatencyMs)}
            </>
          ) : null}
          .
        </>
      );
      break;
    case "failed":
      text = (
        <>
          Failed after {attempts}: {d.reason ?? "the network refused it"}. No more retries are scheduled;{" "}
          {canReplay ? "replay it" : "a marketer or admin can replay it"} once the problem is fixed.
        </>
      );
      break;
    case "pending":
      text = d.nextAttemptAt ? (
        <>
          Waiting to send{d.attempts ? ` (${attempts} so far${d.reason ? `, last: ${d.reason}` : ""})` : ""}. Next
          attempt <RelativeTime date={d.nextAttemptAt} /> (<Timestamp date={d.nextAttemptAt} />
          ).
        </>
      ) : (
        <>Waiting to send.{d.reason ? ` ${d.reason}.` : ""}</>
      );
      break;
    case "sending":
      text = <>Sending now (attempt {d.attempts + 1}).</>;
      break;
    case "expired":
      text = <>Not sent: {d.reason ?? "the network's acceptance window had passed"}.</>;
      break;
    default:
      text = <>Not sent: {d.reason ?? "no reason was recorded"}.</>;
  }
  return (
    <p data-testid="delivery-status-text" className={cn("rounded-md px-4 py-3 text-sm ring-1 ring-inset", tone)}>
      {text}
    </p>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 truncate text-sm text-slate-900">{children}</dd>
    </div>
  );
}

const none = <span className="text-slate-400">—</span>;

export function DeliveryDetailView({ id, canReplay }: { id: string; canReplay: boolean }) {
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const key = ["delivery", id];
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => apiFetch<Detail>(`/api/v1/deliveries/${encodeURIComponent(id)}`, { signal }),
    refetchInterval: (q) =>
      q.state.data && inFlightStatuses.has(q.state.data.delivery.status) ? IN_FLIGHT_REFRESH_MS : false,
  });

  const replay = useMutation({
    mutationFn: () => apiFetch(`/api/v1/deliveries/${encodeURIComponent(id)}/replay`, { method: "POST" }),
    onSuccess: () => {
      setConfirming(false);
      toast.success("Replay queued", {
        description: `${query.data?.delivery.networkName ?? "The network"} will get it again within a few seconds.`,
      });
      void qc.invalidateQueries({ queryKey: key });
      void qc.invalidateQueries({ queryKey: ["deliveries"] });
    },
    onError: (e) => toast.error(e.message),
  });

  if (query.isPending) return <DetailSkeleton label="Loading delivery" />;
  if (query.isError) {
    return (
      <LoadFailed
        error={query.error}
        missingTitle="Delivery not found"
        failedTitle="Could not load this delivery"
        back={{ href: "/deliveries", label: "Back to the delivery log" }}
        missing={"It may have been removed along with its network."}
      />
    );
  }

  const { delivery: d, attempts } = query.data;
  const replayable = canReplay && REPLAYABLE.has(d.status);
  const replayButton =
    replayable &&
    (confirming ? (
      <div
        role="group"
        aria-label="Confirm sending again"
        className="flex items-center gap-2"
        onKeyDown={(e) => {
          if (e.key === "Escape") setConfirming(false);
        }}
      >
        <span className="text-xs text-slate-600">It was delivered: {d.networkName} may count it twice.</span>
        <Button variant="ghost" size="sm" autoFocus onClick={() => setConfirming(false)}>
          Cancel
        </Button>
        <Button size="sm" onClick={() => replay.mutate()} disabled={replay.isPending}>
          Send again
        </Button>
      </div>
    ) : (
      <Button
        onClick={() => (d.status === "delivered" ? setConfirming(true) : replay.mutate())}
        disabled={replay.isPending}
        variant={d.status === "delivered" ? "secondary" : "primary"}
      >
        <RotateCcw className="size-4" aria-hidden /> {replay.isPending ? "Queuing…" : "Replay"}
      </Button>
    ));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <Link
            href={`/deliveries?network=${encodeURIComponent(d.network)}`}
            className="inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800"
          >
            <ChevronLeft className="size-4" aria-hidden /> {d.networkName} deliveries
          </Link>
          <h1 className="mt-1 flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight text-slate-900">
            <span>
              <span className="font-mono">{d.eventName}</span> to {d.networkName}
            </span>
            <DeliveryStatusBadge status={d.status} />
          </h1>
          <p className="mt-1 font-mono text-xs text-slate-400">Delivery {d.id}</p>
        </div>
        {replayButton}
      </div>

      <StatusCallout d={d} canReplay={canReplay} />

      <Card>
        <CardHeader title="Summary" />
        <dl className="grid grid-cols-2 gap-x-6 gap-y-4 px-5 py-4 md:grid-cols-3 xl:grid-cols-4">
          <Item label="Event">
            <Link
              href={`/events/${encodeURIComponent(d.eventId)}`}
              className="font-mono text-brand-700 hover:underline"
            >
              {d.eventName}
            </Link>
          </Item>
          <Item label="Sent as">
            <span className="font-mono">{d.partnerEventName ?? d.eventName}</span>
          </Item>
          <Item label="Sender's event ID">
            <span className="font-mono text-xs" title={d.eventExternalId}>
              {d.eventExternalId}
            </span>
          </Item>
          <Item label="Click ID">
            {d.clickId ? (
              <span className="font-mono text-xs" title={d.clickId}>
                {d.clickId}
              </span>
            ) : (
              none
            )}
          </Item>
          <Item label="Revenue sent">
            {d.sendRevenue ? (
              (formatMoney(d.revenue, d.currency) ?? "None on the event")
            ) : (
              <span className="text-slate-500">Not sent (rule)</span>
            )}
          </Item>
          <Item label="Exchange rate">{d.fxRate ?? none}</Item>
          <Item label="Why this network">{d.attributed ? "Attributed to it" : "Takes all events"}</Item>
          <Item label="Attempts">{d.attempts}</Item>
          <Item label="Last HTTP status">{d.lastStatusCode ?? none}</Item>
          <Item label="Last latency">{formatLatency(d.lastLatencyMs)}</Item>
          <Item label="Event occurred">
            <Timestamp date={d.occurredAt} />
          </Item>
          <Item label="Queued">
            <Timestamp date={d.createdAt} />
          </Item>
          <Item label="Next attempt">
            {d.nextAttemptAt && inFlightStatuses.has(d.status) ? <Timestamp date={d.nextAttemptAt} /> : none}
          </Item>
          <Item label="Acceptance deadline">
            {d.deadlineAt ? <Timestamp date={d.deadlineAt} /> : <span className="text-slate-500">No window</span>}
          </Item>
          <Item label="Finished">
            <Timestamp date={d.completedAt} />
          </Item>
        </dl>
      </Card>

      <Card>
        <CardHeader
          title="Attempts"
          description="Every request sent for this delivery, newest first. Expand one to see exactly what was sent and what came back."
          actions={<CopyButton value={d.id} label="Copy delivery ID" />}
        />
        <div className="px-5 pt-5 pb-1">
          {attempts.length ? (
            <AttemptTimeline attempts={attempts} />
          ) : (
            <p className="flex items-center gap-2 pb-4 text-sm text-slate-500">
              <Clock className="size-4" aria-hidden />
              {inFlightStatuses.has(d.status)
                ? "No attempt yet: the worker picks it up within a few seconds."
                : `No request was made: it was ${d.status} when the event arrived.`}
            </p>
          )}
        </div>
      </Card>
    </div>
  );
}
