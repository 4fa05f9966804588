import type { Metadata } from "next";
import { Forbidden } from "@/components/layout/forbidden";
import { RuleEditor } from "@/components/rules/rule-editor";
import { RulesNetworkList } from "@/components/rules/rules-network-list";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Rules" };

export default async function RulesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await pageActor();
  if (!can(actor.access, "networks:read")) return <Forbidden what="forwarding rules" />;
  const raw = (await searchParams).network;
  const network = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (network) return <RuleEditor key={network} network={network} canEdit={can(actor.access, "networks:write")} />;
  return (
    <>
      <PageHeader
        title="Rules"
        description="Forwarding rules decide which of your events each ad network receives, under which name, with or without revenue. Pick a network to edit its rules."
      />
      <RulesNetworkList />
    </>
  );
}
