import { AlertTriangle, KeyRound, Network, Send } from "lucide-react";
import Link from "next/link";
import { HourlyChart } from "@/components/overview/hourly-chart";
import { StatCard } from "@/components/overview/stat-card";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { loadOverview } from "@/lib/overview/summary";

export const metadata = { title: "Overview" };
export const dynamic = "force-dynamic";

const n = (v: number) => v.toLocaleString("en-US");

function GettingStarted({ canWrite, canManageKeys }: { canWrite: boolean; canManageKeys: boolean }) {
  const steps = [
    {
      icon: Network,
      title: "Add an ad network",
      text: "Pick a preset or paste the network's postback URL template.",
      href: "/networks/new",
      cta: "Add network",
      show: canWrite,
    },
    {
      icon: KeyRound,
      title: "Create an ingest API key",
      text: "Give it to your MMP or your backend to send attributed conversions.",
      href: "/settings/api-keys",
      cta: "Create key",
      show: canManageKeys,
    },
    {
      icon: Send,
      title: "Send conversions",
      text: "POST events to /api/v1/events; Ricochet forwards them and logs every attempt.",
      href: "/api/v1/openapi.json",
      cta: "API reference",
      show: true,
    },
  ];
  return (
    <Card>
      <CardHeader title="Get started" description="Three steps to your first delivered postback." />
      <ol className="grid gap-4 p-5 md:grid-cols-3">
        {steps.map((s, i) => (
          <li key={s.title} className="rounded-lg border border-slate-200 p-4">
            <div className="flex items-center gap-2 text-sm font-semibold text-slate-900">
              <span className="flex size-6 items-center justify-center rounded-full bg-brand-50 text-xs text-brand-700">
                {i + 1}
              </span>
              <s.icon className="size-4 text-brand-600" aria-hidden /> {s.title}
            </div>
            <p className="mt-2 text-sm text-slate-500">{s.text}</p>
            {s.show && (
              <ButtonLink href={s.href} variant="secondary" size="sm" className="mt-3">
                {s.cta}
              </ButtonLink>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}

export default async function OverviewPage() {
  const actor = await pageActor();
  const o = await loadOverview(getDb());
  const rate = o.successRate === null ? "—" : `${(o.successRate * 100).toFixed(1)}%`;
  return (
    <>
      <PageHeader title="Overview" description="The last 24 hours of postbacks to your ad networks." />
      {o.networks === 0 ? (
        <GettingStarted
          canWrite={can(actor.access, "networks:write")}
          canManageKeys={can(actor.access, "apikeys:manage")}
        />
      ) : (
        <div className="space-y-6">
          <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
            <StatCard label="Events received" value={n(o.events24h)} hint="last 24 h" href="/events" />
            <StatCard
              label="Postbacks delivered"
              value={n(o.delivered24h)}
              hint="events of the last 24 h"
              href="/deliveries?status=delivered"
            />
            <StatCard
              label="Success rate"
              value={rate}
              hint="delivered / (delivered + failed + expired)"
              tone={o.successRate !== null && o.successRate < 0.9 ? "bad" : "good"}
            />
            <StatCard
              label="Failed or expired"
              value={n(o.failed24h)}
              hint="last 24 h"
              href="/deliveries?status=failed"
              tone={o.failed24h > 0 ? "bad" : "default"}
            />
            <StatCard
              label="In the queue"
              value={n(o.pendingNow)}
              hint="pending or being sent now"
              href="/deliveries?status=pending"
            />
          </div>
          <Card>
            <CardHeader title="Postbacks per hour" description="By event time (UTC), stacked by outcome." />
            <div className="p-5">
              <HourlyChart data={o.hourly} />
            </div>
          </Card>
          {(o.alerts.length > 0 || o.attention.length > 0) && (
            <Card>
              <CardHeader title="Needs attention" />
              <ul className="divide-y divide-slate-100">
                {o.attention.map((net) => (
                  <li key={net.id} className="flex items-center gap-3 px-5 py-3 text-sm">
                    <Badge tone={net.status === "disabled" ? "red" : "amber"}>
                      {net.status === "disabled" ? "Auto-disabled" : "Paused"}
                    </Badge>
                    <Link href={`/networks/${net.id}`} className="font-medium text-slate-900 hover:underline">
                      {net.name}
                    </Link>
                    <span className="truncate text-slate-500">{net.statusReason}</span>
                  </li>
                ))}
                {o.alerts.map((a) => (
                  <li key={a.id} className="flex items-center gap-3 px-5 py-3 text-sm">
                    <AlertTriangle
                      className={a.severity === "critical" ? "size-4 text-red-600" : "size-4 text-amber-500"}
                      aria-hidden
                    />
                    <span className="text-slate-700">{a.message}</span>
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      )}
    </>
  );
}
