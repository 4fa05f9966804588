"use client";
import { useMutation } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { networksApi } from "./api";

/** Deleting removes the rules and the whole delivery history, so it asks for the slug to be typed. */
export function DeleteNetwork({ id, slug, name }: { id: string; slug: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState("");
  const remove = useMutation({
    mutationFn: () => networksApi.remove(id),
    onSuccess: () => {
      toast.success(`Deleted ${name}`);
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
            Removes its rules, secrets and the whole delivery history. Pending postbacks are not sent. To stop sending for a while, pause it instead.
          </p>
        </div>
        {!confirming && (
          <Button variant="secondary" className="text-red-600" onClick={() => setConfirming(true)}>
            <Trash2 className="size-4" aria-hidden /> Delete network…
          </Button>
        )}
      </div>
      {confirming && (
        <form className="flex flex-wrap items-end gap-3 border-t border-red-100 bg-red-50/50 px-5 py-4"
          onSubmit={(e) => { e.preventDefault(); if (typed === slug) remove.mutate(); }}
          onKeyDown={(e) => { if (e.key === "Escape") setConfirming(false); }}>
          <label className="min-w-64 flex-1 text-sm text-slate-700">
            Type <code className="rounded bg-white px-1 font-mono text-red-700 ring-1 ring-red-200">{slug}</code> to confirm
            <Input className="mt-1 font-mono" autoFocus autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} aria-label="Type the slug to confirm" />
          </label>
          <Button variant="ghost" onClick={() => { setConfirming(false); setTyped(""); }}>Cancel</Button>
          <Button type="submit" variant="danger" disabled={typed !== slug || remove.isPending}>
            {remove.isPending ? "Deleting…" : "Delete permanently"}
          </Button>
        </form>
      )}
    </Card>
  );
}
