import { Archive, ArrowLeft, Network, Plus, TriangleAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/layout/forbidden";
import { type NetworkRow, NetworksTable } from "@/components/networks/networks-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { countDeletedNetworks, listNetworks } from "@/lib/networks/queries";
import { loadNetworkStats, statsFor } from "@/lib/networks/stats";

export const metadata: Metadata = { title: "Networks" };

const hostOf = (url: string) => /^https?:\/\/([^/?#]+)/i.exec(url)?.[1] ?? url;

export default async function NetworksPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await pageActor();
  if (!can(actor.access, "networks:read")) return <Forbidden what="networks" />;
  const db = getDb();
  const showDeleted = (await searchParams).deleted === "1";
  const [networks, deletedCount] = await Promise.all([
    listNetworks(db, { archived: showDeleted }),
    countDeletedNetworks(db),
  ]);
  const stats = await loadNetworkStats(
    db,
    networks.map((n) => n.id),
  );
  const rows: NetworkRow[] = networks.map((n) => ({
    id: n.id,
    name: n.name,
    slug: n.slug,
    status: n.status,
    statusReason: n.statusReason,
    deletedAt: n.archivedAt,
    method: n.postback.method,
    host: hostOf(n.postback.url),
    rules: n.rules.length,
    ...statsFor(stats, n.id),
  }));
  const canWrite = can(actor.access, "networks:write");
  const disabled = rows.filter((r) => r.status === "disabled");
  const addButton = canWrite ? (
    <ButtonLink href="/networks/new">
      <Plus className="size-4" aria-hidden /> Add network
    </ButtonLink>
  ) : null;

  if (showDeleted) {
    return (
      <>
        <PageHeader
          title="Deleted networks"
          actions={
            <ButtonLink href="/networks" variant="secondary">
              <ArrowLeft className="size-4" aria-hidden /> All networks
            </ButtonLink>
          }
          description="Networks that were deleted: they get no postbacks, and their delivery history stays for reconciliation and disputes. Open one to restore it."
        />
        {rows.length === 0 ? (
          <EmptyState icon={Archive} title="No deleted networks">
            Deleting a network keeps its history here, so it can be restored or audited later.
          </EmptyState>
        ) : (
          <NetworksTable rows={rows} />
        )}
      </>
    );
  }
  const deletedLink = deletedCount > 0 && (
    <p className="mt-4 text-sm text-slate-500">
      <Link
        href="/networks?deleted=1"
        className="inline-flex items-center gap-1.5 font-medium text-slate-600 hover:text-slate-900 hover:underline"
      >
        <Archive className="size-3.5" aria-hidden />{" "}
        {deletedCount === 1 ? "1 deleted network" : `${deletedCount} deleted networks`}, with their history
      </Link>
    </p>
  );

  return (
    <>
      <PageHeader
        title="Networks"
        actions={rows.length ? addButton : null}
        description="The ad networks and partners that receive your conversions as postbacks, and how delivery to each went in the last 24 hours."
      />
      {rows.length === 0 ? (
        <EmptyState icon={Network} title="No networks yet" action={addButton}>
          {canWrite
            ? "Add the first ad network you want to send conversions to. Start from an example format (a GET pixel, a JSON API with a token…) and adapt it, or write the postback URL from scratch."
            : "No ad networks are set up yet. A marketer or an admin can add them; you will see their delivery health here."}
        </EmptyState>
      ) : (
        <>
          {disabled.length > 0 && (
            <div
              role="alert"
              className="mb-4 flex items-start gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
            >
              <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
              <div>
                <p className="font-medium">
                  {disabled.length === 1 ? "1 network was" : `${disabled.length} networks were`} disabled automatically
                  after repeated failures; postbacks to {disabled.length === 1 ? "it" : "them"} are on hold.
                </p>
                <ul className="mt-1 space-y-0.5">
                  {disabled.map((n) => (
                    <li key={n.id}>
                      <Link href={`/networks/${n.id}`} className="font-medium underline underline-offset-2">
                        {n.name}
                      </Link>
                      : {n.statusReason ?? "too many failures in a row"}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          <NetworksTable rows={rows} />
        </>
      )}
      {deletedLink}
    </>
  );
}
