import type { Metadata } from "next";
import { Forbidden } from "@/components/layout/forbidden";
import { NetworkEditor } from "@/components/networks/network-editor";
import { PresetPicker } from "@/components/networks/preset-picker";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { findPreset, networkPresets } from "@/lib/networks/presets";

export const metadata: Metadata = { title: "Add network" };

// /networks/new shows the formats to start from; ?preset=<key> (or ?preset=scratch) the editor.
export default async function NewNetworkPage({ searchParams }: { searchParams: Promise<{ preset?: string }> }) {
  const actor = await pageActor();
  if (!can(actor.access, "networks:write")) return <Forbidden what="adding networks" />;
  const { preset: key } = await searchParams;
  const preset = findPreset(key);
  if (!preset && key !== "scratch") {
    return (
      <>
        <PageHeader
          title="Add a network"
          description="Start from an example postback format and adapt it to what your partner documents, or start from an empty request."
        />
        <PresetPicker presets={networkPresets} />
      </>
    );
  }
  return (
    <NetworkEditor
      mode="create"
      preset={preset}
      permissions={{
        canWrite: true,
        canTest: can(actor.access, "networks:test"),
        canRotate: can(actor.access, "secrets:rotate"),
      }}
    />
  );
}
