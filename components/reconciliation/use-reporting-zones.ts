"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { apiFetch } from "@/components/ui/api";
import type { ReportingZone } from "@/lib/reconciliation/schemas";

const KEY = ["reporting-zones"];
const URL = "/api/v1/reconciliation/time-zones";

/** Re-reads every second while a zone is being built (or `watch` is set): the build shows how far it has got. */
export function useReportingZones(opts: { watch?: boolean } = {}) {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => apiFetch<{ zones: ReportingZone[] }>(URL, { signal }).then((r) => r.zones),
    refetchInterval: (q) => (opts.watch || q.state.data?.some((z) => !z.ready) ? 1_000 : false),
  });
}

/** Adds (or rebuilds) a zone; the request returns when its daily totals are built. */
export function useAddReportingZone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tz: string) =>
      apiFetch<{ zone: ReportingZone; days: number; ms: number }>(URL, { method: "POST", body: { tz } }),
    onSuccess: (r) => {
      toast.success(`Daily totals kept for ${r.zone.tz}`, {
        description: `${r.days.toLocaleString()} days built in ${(r.ms / 1000).toFixed(1)} s.`,
      });
      void client.invalidateQueries({ queryKey: KEY });
      void client.invalidateQueries({ queryKey: ["reconciliation"] });
    },
    onError: (e) => toast.error(e.message),
  });
}

export function useRemoveReportingZone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tz: string) => apiFetch(`${URL}?tz=${encodeURIComponent(tz)}`, { method: "DELETE" }),
    onSuccess: (_r, tz) => {
      toast.success(`Stopped keeping daily totals for ${tz}`);
      void client.invalidateQueries({ queryKey: KEY });
      void client.invalidateQueries({ queryKey: ["reconciliation"] });
    },
    onError: (e) => toast.error(e.message),
  });
}
