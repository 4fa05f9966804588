"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch, type Jsonify } from "@/components/ui/api";
import type { NetworkOutput } from "@/lib/networks/schemas";

export type NetworkSummary = Jsonify<NetworkOutput>;

/** Every configured network, for filters and pickers. */
export function useNetworks() {
  return useQuery({
    queryKey: ["networks"],
    queryFn: ({ signal }) =>
      apiFetch<{ networks: NetworkSummary[] }>("/api/v1/networks", { signal }).then((r) => r.networks),
    staleTime: 30_000,
  });
}
