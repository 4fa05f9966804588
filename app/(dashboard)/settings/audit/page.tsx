import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/layout/forbidden";
import { AuditTable } from "@/components/settings/audit-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { listAuditEntries } from "@/lib/audit/queries";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Audit log" };

const LIMIT = 200;
// Labelled by the prefix itself: precise, and distinct from the tab and sidebar links of the same names.
const filters = [
  { prefix: "", label: "All", noun: "" },
  { prefix: "user.", label: "user.*", noun: "user" },
  { prefix: "api_key.", label: "api_key.*", noun: "API key" },
  { prefix: "network.", label: "network.*", noun: "network" },
  { prefix: "rule.", label: "rule.*", noun: "rule" },
  { prefix: "delivery.", label: "delivery.*", noun: "delivery" },
] as const;

export default async function AuditSettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // The layout's check does not cover this segment when it is fetched on its own.
  const actor = await pageActor();
  if (!can(actor.access, "audit:read")) return <Forbidden what="the audit log" />;

  const raw = (await searchParams).action;
  const filter = filters.find((f) => f.prefix && f.prefix === (Array.isArray(raw) ? raw[0] : raw)) ?? filters[0];
  const entries = await listAuditEntries(getDb(), { actionPrefix: filter.prefix || undefined, limit: LIMIT });

  const filterNav = (
    <nav aria-label="Filter by action" className="flex flex-wrap gap-1">
      {filters.map((f) => {
        const current = f === filter;
        return (
          <Link
            key={f.label}
            href={f.prefix ? `/settings/audit?action=${encodeURIComponent(f.prefix)}` : "/settings/audit"}
            aria-current={current ? "page" : undefined}
            className={cn(
              "rounded-md px-2.5 py-1 text-xs font-medium transition-colors",
              f.prefix && "font-mono",
              current
                ? "bg-slate-900 text-white"
                : "text-slate-600 ring-1 ring-inset ring-slate-200 hover:bg-slate-100 hover:text-slate-900",
            )}
          >
            {f.label}
          </Link>
        );
      })}
    </nav>
  );

  return (
    <Card>
      <CardHeader
        title="Audit log"
        actions={filterNav}
        description={
          entries.length >= LIMIT
            ? `The latest ${LIMIT} ${filter.noun ? `${filter.noun} ` : ""}changes, newest first. Older entries stay in the database.`
            : "Every change made in the dashboard or through the API, newest first. Secrets are never recorded."
        }
      />
      {entries.length > 0 ? (
        <AuditTable entries={entries} />
      ) : filter.prefix ? (
        <div className="p-5">
          <EmptyState
            icon={ScrollText}
            title={`No ${filter.noun} changes yet`}
            action={
              <ButtonLink href="/settings/audit" variant="secondary">
                Show all entries
              </ButtonLink>
            }
          >
            Nothing matching <code className="font-mono">{filter.prefix}*</code> has been recorded.
          </EmptyState>
        </div>
      ) : (
        <div className="p-5">
          <EmptyState
            icon={ScrollText}
            title="Nothing recorded yet"
            action={<ButtonLink href="/settings/users">Add a teammate</ButtonLink>}
          >
            Creating users and API keys, editing networks and rules, and replaying deliveries all leave an entry here
            with who did it and when.
          </EmptyState>
        </div>
      )}
    </Card>
  );
}
