"use client";
import { Gauge } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { useAddReportingZone } from "./use-reporting-zones";

/**
 * Shown when the numbers came from the quarter-hour buckets because the chosen zone is not a
 * reporting time zone: still exact, only slower on long ranges. Admins can fix that here.
 */
export function SourceNote({ tz, canManage }: { tz: string; canManage: boolean }) {
  const add = useAddReportingZone();
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-200 bg-slate-50 px-4 py-2.5 text-sm text-slate-600">
      <Gauge className="size-4 shrink-0 text-slate-400" aria-hidden />
      <p className="min-w-0 flex-1">
        Exact, but counted from 15-minute buckets: Ricochet keeps ready-made daily totals only for its reporting time zones, and <span className="font-medium text-slate-800">{tz}</span> is not one of them, so long ranges load more slowly.
        {!canManage && <> An admin can add it under Settings → Reporting.</>}
      </p>
      {canManage && (
        <div className="flex items-center gap-2">
          <Button size="sm" variant="secondary" onClick={() => add.mutate(tz)} disabled={add.isPending}>
            {add.isPending ? "Building daily totals…" : `Keep daily totals for ${tz}`}
          </Button>
          <Link href="/settings/reporting" className="text-xs font-medium text-brand-700 hover:underline">Manage zones</Link>
        </div>
      )}
    </div>
  );
}
