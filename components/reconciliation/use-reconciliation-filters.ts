"use client";
import { useMemo } from "react";
import { useUrlFilters } from "@/components/deliveries/use-url-filters";
import { addDays, canonicalTimeZone, isCalendarDay, today } from "@/lib/reconciliation/days";

const KEYS = ["from", "to", "network", "tz", "tolerance"] as const;
const DEFAULT_DAYS = 30;

export interface ReconFilters {
  from: string;
  to: string;
  network?: string;
  tz: string;
  tolerance?: string;
}

/**
 * The page's filters live in the URL (a view is a link to share). Missing or unusable values fall
 * back to the last 30 days in UTC, so an empty URL still shows something.
 */
export function useReconciliationFilters() {
  const { filters, setFilters } = useUrlFilters(KEYS);
  const value = useMemo<ReconFilters>(() => {
    const tz = (filters.tz && canonicalTimeZone(filters.tz)) || "UTC";
    const to = filters.to && isCalendarDay(filters.to) ? filters.to : today(tz);
    const from =
      filters.from && isCalendarDay(filters.from) && filters.from <= to
        ? filters.from
        : addDays(to, -(DEFAULT_DAYS - 1));
    return { from, to, tz, network: filters.network, tolerance: filters.tolerance };
  }, [filters]);
  return { filters: value, setFilters };
}
