import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Forbidden } from "@/components/layout/forbidden";
import { NetworkEditor } from "@/components/networks/network-editor";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { ApiError } from "@/lib/errors";
import { getNetwork } from "@/lib/networks/queries";

type Params = { params: Promise<{ id: string }> };

const findNetwork = cache(async (id: string) => {
  try {
    return await getNetwork(getDb(), id);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const actor = await pageActor();
  if (!can(actor.access, "networks:read")) return { title: "Network" };
  return { title: (await findNetwork((await params).id)).name };
}

export default async function NetworkPage({ params }: Params) {
  const actor = await pageActor();
  if (!can(actor.access, "networks:read")) return <Forbidden what="networks" />;
  const network = await findNetwork((await params).id);
  return (
    <NetworkEditor
      key={network.id}
      mode="edit"
      network={network}
      permissions={{
        canWrite: can(actor.access, "networks:write"),
        canTest: can(actor.access, "networks:test"),
        canRotate: can(actor.access, "secrets:rotate"),
      }}
    />
  );
}
