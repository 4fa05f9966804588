/** 87 -> "87 ms", 1234 -> "1.23 s". */
export function formatLatency(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function formatMoney(revenue: string | null | undefined, currency: string | null | undefined): string | null {
  if (revenue === null || revenue === undefined) return null;
  return currency ? `${revenue} ${currency}` : revenue;
}
