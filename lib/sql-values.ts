// Reading aggregate columns from raw queries: SQLite returns SUMs as bigint, PostgreSQL as bigint
// or a Decimal (SUM over BIGINT is NUMERIC there). Both arrive here as exact integers.

export function toCount(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return Number(String(value));
}

export function toBigInt(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === "bigint") return value;
  if (typeof value === "number") return BigInt(Math.trunc(value));
  const s = String(value);
  if (s === "0") return 0n;
  // A NUMERIC sum of integers prints without a fraction; guard anyway.
  return BigInt(s.includes(".") ? s.slice(0, s.indexOf(".")) : s);
}
