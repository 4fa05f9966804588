"use client";
import { useQuery } from "@tanstack/react-query";
import { ArrowRight, Download } from "lucide-react";
import Link from "next/link";
import { formatDay, formatInt } from "@/components/charts/format";
import { outcomeColors } from "@/components/charts/palette";
import { DeliveryStatusBadge } from "@/components/deliveries/delivery-status-badge";
import { apiFetch, queryString } from "@/components/ui/api";
import { Skeleton } from "@/components/ui/skeleton";
import type { Gaps } from "./types";

/** Why one network's deliveries of one day (and event) did not arrive, each reason linked to its deliveries. */
export function GapPanel({
  network,
  networkName,
  day,
  tz,
  event,
}: {
  network: string;
  networkName: string;
  day: string;
  tz: string;
  event: string;
}) {
  const q = useQuery({
    queryKey: ["reconciliation-gaps", network, day, tz, event],
    queryFn: ({ signal }) =>
      apiFetch<Gaps>(`/api/v1/reconciliation/gaps${queryString({ network, day, tz, event })}`, { signal }),
  });
  const title = `${networkName} · ${event} · ${formatDay(day, true)} (${tz})`;
  return (
    <section
      aria-label={`Gap breakdown for ${title}`}
      data-testid="gap-panel"
      className="rounded-md border border-slate-200 bg-slate-50/70 px-4 py-3"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-900">
          Why deliveries did not arrive: <span className="font-normal text-slate-600">{title}</span>
        </h3>
        {q.data && (
          <span className="flex items-center gap-4">
            <a
              href={q.data.csv}
              download
              className="inline-flex items-center gap-1 text-xs font-medium text-brand-700 hover:underline"
              title="Every postback of this day with its click ID, outcome and HTTP code: the file to send the network"
            >
              <Download className="size-3" aria-hidden /> All postbacks of this day (CSV)
            </a>
            <Link href={q.data.links.delivered} className="text-xs font-medium text-brand-700 hover:underline">
              Delivered ones <ArrowRight className="inline size-3" aria-hidden />
            </Link>
          </span>
        )}
      </div>
      {q.isPending ? (
        <div className="mt-3 space-y-2" role="status" aria-label="Loading the breakdown">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-5 w-1/2" />
        </div>
      ) : q.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-600">
          Could not load the breakdown: {q.error.message}
        </p>
      ) : q.data.groups.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Every delivery of this day was delivered.</p>
      ) : (
        <table className="mt-2 w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th>Status</th>
              <th>Reason</th>
              <th>Deliveries</th>
              <th>Link</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200/70">
            {q.data.groups.map((g) => (
              <tr key={`${g.status}|${g.label}`} data-testid="gap-group">
                <td className="w-24 py-1.5 pr-3 align-top">
                  <DeliveryStatusBadge status={g.status} />
                </td>
                <td className="py-1.5 pr-3 align-top">
                  <span className="font-mono text-xs text-slate-800">{g.label}</span>
                  {g.errorClass && g.errorClass !== "http_status" && !g.label.includes(g.errorClass) && (
                    <span className="ml-2 text-xs text-slate-500">({g.errorClass.replace(/_/g, " ")})</span>
                  )}
                </td>
                <td
                  className="w-20 py-1.5 pr-3 text-right align-top font-semibold tabular-nums"
                  style={{ color: outcomeColors[g.status] }}
                >
                  ×{formatInt(g.count)}
                </td>
                <td className="w-32 py-1.5 text-right align-top">
                  <Link href={g.link} className="text-xs font-medium text-brand-700 hover:underline">
                    View deliveries <ArrowRight className="inline size-3" aria-hidden />
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
