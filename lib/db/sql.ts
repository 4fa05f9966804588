import type { DbProvider } from "./client";

/** Positional placeholders in the dialect of the provider: ?,? for SQLite, $1,$2 for PostgreSQL. */
export function placeholders(provider: DbProvider, count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, i) => (provider === "sqlite" ? "?" : `$${offset + i + 1}`));
}

/**
 * Collects parameters for hand-written SQL in the order placeholders appear. PostgreSQL gets a
 * cast where the type cannot be inferred (CASE branches, comparisons with untyped parameters).
 */
export class SqlParams {
  readonly values: unknown[] = [];
  constructor(private readonly provider: DbProvider) {}
  add(value: unknown, pgType?: "timestamp" | "int" | "text" | "bigint" | "bool"): string {
    this.values.push(value);
    if (this.provider === "sqlite") return "?";
    const cast =
      pgType === "timestamp" ? "::timestamp(3)" : pgType ? `::${pgType === "bool" ? "boolean" : pgType}` : "";
    return `$${this.values.length}${cast}`;
  }
}
