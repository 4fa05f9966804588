"use client";
import { useMutation } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InlineConfirm } from "@/components/ui/inline-confirm";
import { networksApi } from "./api";

/** Deleting keeps the history and can be undone (Networks → deleted networks), so one confirmation is enough. */
export function DeleteNetwork({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => networksApi.remove(id),
    onSuccess: () => {
      toast.success(`Deleted ${name}`, { description: "Its history is kept; restore it from the deleted networks." });
      router.push("/networks");
      router.refresh();
    },
    onError: (e) => toast.error("Could not delete the network", { description: e.message }),
  });
  return (
    <Card className="border-red-200">
      <div className="flex flex-wrap items-start justify-between gap-4 px-5 py-4">
        <div>
          <h2 className="text-sm font-semibold text-red-700">Delete this network</h2>
          <p className="mt-0.5 max-w-lg text-sm text-slate-500">
            It stops receiving postbacks and leaves the lists; postbacks still waiting are skipped. Its delivery history
            stays for reconciliation, and it can be restored. To stop sending for a while, pause it instead.
          </p>
        </div>
        {confirming ? (
          <InlineConfirm
            label={`Confirm deleting ${name}`}
            warning="Waiting postbacks will not be sent."
            confirm="Delete network"
            pending="Deleting…"
            busy={remove.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => remove.mutate()}
          />
        ) : (
          <Button variant="secondary" className="text-red-600" onClick={() => setConfirming(true)}>
            <Trash2 className="size-4" aria-hidden /> Delete network…
          </Button>
        )}
      </div>
    </Card>
  );
}
