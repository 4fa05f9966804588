import { type CsvCell, text, toCsv } from "../csv";
import type { ReconciliationResult } from "./schemas";

/**
 * One line per network, day and event with the same numbers as the JSON. Revenue gets three
 * columns per currency present in the result (attributed, sent, reported), so each cell is a
 * single exact decimal a spreadsheet can sum.
 */
export function reconciliationCsv(result: ReconciliationResult): string {
  const currencies = [...new Set(result.rows.flatMap((r) => r.revenue.map((l) => l.currency)))].sort();
  const header = [
    "date",
    "network",
    "network_name",
    "event",
    "attributed",
    "delivered",
    "failed",
    "filtered",
    "expired",
    "skipped",
    "pending",
    "discrepancy",
    "reported",
    "flag",
    ...currencies.flatMap((c) => [`revenue_attributed_${c}`, `revenue_sent_${c}`, `revenue_reported_${c}`]),
  ];
  const rows: CsvCell[][] = result.rows.map((r) => {
    const money = new Map(r.revenue.map((l) => [l.currency, l]));
    return [
      r.day,
      text(r.network),
      text(r.networkName ?? ""),
      text(r.event),
      r.attributed,
      r.delivered,
      r.failed,
      r.filtered,
      r.expired,
      r.skipped,
      r.pending,
      r.discrepancy,
      r.reported,
      r.flag ?? "",
      ...currencies.flatMap((c) => {
        const l = money.get(c);
        return [l?.attributed ?? "", l?.sent ?? "", l?.reported ?? ""];
      }),
    ];
  });
  return toCsv(header, rows);
}

export const reconciliationFileName = (r: Pick<ReconciliationResult, "from" | "to" | "tz" | "network">) =>
  `reconciliation_${r.network ? `${r.network}_` : ""}${r.from}_${r.to}_${r.tz.replace(/\//g, "-")}.csv`;
