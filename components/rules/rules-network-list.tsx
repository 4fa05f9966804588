"use client";
import { ChevronRight, Network } from "lucide-react";
import Link from "next/link";
import { type NetworkSummary, useNetworks } from "@/components/deliveries/use-networks";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";

function summary(n: NetworkSummary): string {
  const enabled = n.rules.filter((r) => r.enabled);
  if (enabled.length === 0)
    return n.rules.length ? "Every rule is disabled: nothing is forwarded" : "No rules: nothing is forwarded";
  const names = enabled.map((r) => (r.eventName === "*" ? "every event" : r.eventName));
  return names.length <= 3
    ? `Forwards ${names.join(", ")}`
    : `Forwards ${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}

/** Every network with its rule count: the way into a network's rule editor. */
export function RulesNetworkList() {
  const networks = useNetworks();
  if (networks.isPending) {
    return (
      <div role="status" aria-label="Loading networks" className="grid gap-3 md:grid-cols-2 2xl:grid-cols-3">
        {Array.from({ length: 4 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders made from a count; the position is their identity.
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
    );
  }
  if (networks.isError)
    return (
      <p role="alert" className="text-sm text-red-600">
        {networks.error.message}
      </p>
    );
  if (networks.data.length === 0) {
    return (
      <EmptyState
        icon={Network}
        title="No networks yet"
        action={<ButtonLink href="/networks">Add a network</ButtonLink>}
      >
        Rules decide which events each ad network receives. Add a network and its postback URL first, then map your
        events to it here.
      </EmptyState>
    );
  }
  return (
    <ul className="grid gap-3 md:grid-cols-2 2xl:grid-cols-3" aria-label="Networks">
      {networks.data.map((n) => {
        const enabled = n.rules.filter((r) => r.enabled).length;
        return (
          <li key={n.id}>
            <Link
              href={`/rules?network=${encodeURIComponent(n.slug)}`}
              className="group flex h-full items-center gap-4 rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm transition-colors hover:border-brand-300 hover:bg-brand-50/30"
            >
              <div className="min-w-0 flex-1">
                <div className="flex items-center gap-2">
                  <span className="truncate font-medium text-slate-900">{n.name}</span>
                  <span className="font-mono text-xs text-slate-400">{n.slug}</span>
                  {n.status !== "active" && <Badge tone="amber">{n.status === "paused" ? "Paused" : "Disabled"}</Badge>}
                </div>
                <p className="mt-1 truncate text-sm text-slate-500">{summary(n)}</p>
                <p className="mt-2 flex flex-wrap gap-x-4 text-xs text-slate-500">
                  <span>
                    <span className="font-semibold tabular-nums text-slate-800">{n.rules.length}</span>{" "}
                    {n.rules.length === 1 ? "rule" : "rules"}
                    {n.rules.length > 0 && enabled < n.rules.length ? ` (${enabled} enabled)` : ""}
                  </span>
                  <span>{n.scope === "all" ? "All events" : "Attributed events only"}</span>
                  <span>{n.acceptanceWindowHours ? `${n.acceptanceWindowHours} h window` : "No window"}</span>
                </p>
              </div>
              <ChevronRight className="size-5 shrink-0 text-slate-300 group-hover:text-brand-600" aria-hidden />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
