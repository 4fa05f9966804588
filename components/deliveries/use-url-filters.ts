"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

/**
 * Filters kept in the URL's search params, so a filtered view is a link to share. Setting a
 * filter replaces the history entry rather than adding one per keystroke.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const paramString = params.toString();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `keys` is a module constant at every call site; the params string is what changes.
  const filters = useMemo(() => {
    const p = new URLSearchParams(paramString);
    return Object.fromEntries(keys.map((k) => [k, p.get(k)?.trim() || undefined])) as Record<K, string | undefined>;
  }, [paramString]);

  const setFilters = useCallback(
    (next: Partial<Record<K, string | undefined>>) => {
      const p = new URLSearchParams(paramString);
      for (const [k, v] of Object.entries(next) as [K, string | undefined][]) {
        if (v?.trim()) p.set(k, v.trim());
        else p.delete(k);
      }
      const qs = p.toString();
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [paramString, pathname, router],
  );

  const active = keys.filter((k) => filters[k] !== undefined).length;
  return { filters, setFilters, active };
}

/** A datetime-local value ("2026-11-27T14:05") for an ISO time, in the viewer's zone. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The ISO time for a datetime-local value, or undefined when blank or invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
