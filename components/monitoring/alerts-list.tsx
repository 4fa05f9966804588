"use client";
import { useQuery } from "@tanstack/react-query";
import { BellOff } from "lucide-react";
import { apiFetch, type Jsonify } from "@/components/ui/api";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { TableSkeleton } from "@/components/ui/skeleton";
import type { AlertOutput } from "@/lib/alerts/queries";

type Alert = Jsonify<AlertOutput>;

const alertKindLabels: Record<string, string> = {
  success_rate: "Low success rate",
  backlog: "Backlog",
  acceptance_window: "Acceptance window",
  auto_disabled: "Network disabled",
};

/** Open alerts first, then the recently resolved ones; refreshes itself every minute like the evaluator. */
export function AlertsList({ network }: { network?: string }) {
  const q = useQuery({
    queryKey: ["alerts", network ?? null],
    queryFn: ({ signal }) =>
      apiFetch<{ alerts: Alert[]; open: number }>(
        `/api/v1/alerts?limit=50${network ? `&network=${encodeURIComponent(network)}` : ""}`,
        { signal },
      ),
    refetchInterval: 60_000,
  });
  const alerts = q.data?.alerts ?? [];
  return (
    <Card data-testid="alerts-list">
      <CardHeader
        title="Alerts"
        description={q.data ? (q.data.open ? `${q.data.open} open` : "Nothing needs attention") : undefined}
      />
      {q.isPending ? (
        <TableSkeleton rows={3} columns={3} label="Loading alerts" />
      ) : q.isError ? (
        <p role="alert" className="px-5 py-4 text-sm text-red-600">
          Could not load alerts: {q.error.message}
        </p>
      ) : alerts.length === 0 ? (
        <div className="flex items-center gap-3 px-5 py-6 text-sm text-slate-500">
          <BellOff className="size-5 text-slate-400" aria-hidden />
          No alerts yet. Ricochet checks every minute for low success rates, growing backlogs, deliveries about to miss
          their acceptance window and disabled networks.
        </div>
      ) : (
        <ul className="divide-y divide-slate-100">
          {alerts.map((a) => (
            <li
              key={a.id}
              data-testid="alert-item"
              data-open={!a.resolvedAt}
              className="flex items-start gap-3 px-5 py-3"
            >
              <Badge
                tone={a.resolvedAt ? "gray" : a.severity === "critical" ? "red" : "amber"}
                className="mt-0.5 shrink-0"
              >
                {a.resolvedAt ? "Resolved" : a.severity === "critical" ? "Critical" : "Warning"}
              </Badge>
              <div className="min-w-0 flex-1">
                <p className={a.resolvedAt ? "text-sm text-slate-500" : "text-sm text-slate-900"}>{a.message}</p>
                <p className="mt-0.5 text-xs text-slate-500">
                  {alertKindLabels[a.kind] ?? a.kind}
                  {a.networkName ? ` · ${a.networkName}` : ""} · opened <RelativeTime date={a.createdAt} />
                  {a.resolvedAt && (
                    <>
                      {" "}
                      · resolved <RelativeTime date={a.resolvedAt} />
                    </>
                  )}
                  {!a.resolvedAt && (a.notifiedAt ? " · webhook notified" : "")}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
