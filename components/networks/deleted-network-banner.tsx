"use client";
import { useMutation } from "@tanstack/react-query";
import { Archive } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Timestamp } from "@/components/ui/timestamp";
import { networksApi } from "./api";
import type { NetworkView } from "./editor-state";

/** On a deleted network's page: what deletion means, and the way back. */
export function DeletedNetworkBanner({
  network,
  canWrite,
  onRestored,
}: {
  network: NetworkView;
  canWrite: boolean;
  onRestored: (n: NetworkView) => void;
}) {
  const router = useRouter();
  const restore = useMutation({
    mutationFn: () => networksApi.restore(network.id),
    onSuccess: ({ network: n }) => {
      onRestored(n);
      toast.success(`Restored ${n.name}`, {
        description: "It is paused: check its settings, then resume it to send postbacks again.",
      });
      router.refresh();
    },
    onError: (e) => toast.error("Could not restore the network", { description: e.message }),
  });
  return (
    <div
      role="status"
      className="mb-6 flex flex-wrap items-start gap-3 rounded-lg border border-slate-300 bg-slate-100 px-4 py-3 text-sm text-slate-700"
      data-testid="deleted-network"
    >
      <Archive className="mt-0.5 size-4 shrink-0 text-slate-500" aria-hidden />
      <div className="min-w-0 flex-1">
        <p className="font-medium text-slate-900">
          Deleted
          {network.archivedAt && (
            <>
              {" "}
              <Timestamp date={network.archivedAt} />
            </>
          )}
        </p>
        <p>
          It gets no postbacks and is hidden from the lists. Its deliveries and reports stay for reconciliation; events
          sent with its slug are stored but not forwarded.
        </p>
      </div>
      {canWrite && (
        <Button variant="secondary" onClick={() => restore.mutate()} disabled={restore.isPending}>
          {restore.isPending ? "Restoring…" : "Restore network"}
        </Button>
      )}
    </div>
  );
}
