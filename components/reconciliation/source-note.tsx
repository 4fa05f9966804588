"use client";
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
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
      <span>
        {tz} is not a reporting time zone, so these exact numbers are counted from 15-minute buckets; long ranges load
        more slowly.
        {!canManage && " An admin can add it under Settings → Reporting."}
      </span>
      {canManage && (
        <>
          <Button
            size="sm"
            variant="ghost"
            className="h-auto px-1.5 py-0.5 text-xs text-brand-700"
            onClick={() => add.mutate(tz)}
            disabled={add.isPending}
          >
            {add.isPending ? "Building daily totals…" : `Keep daily totals for ${tz}`}
          </Button>
          <Link href="/settings/reporting" className="font-medium text-slate-600 hover:underline">
            Manage zones
          </Link>
        </>
      )}
    </p>
  );
}
