import type { ReportLineError } from "@/lib/reconciliation/report-csv";
import type { GapBreakdown, ReconciliationResult } from "@/lib/reconciliation/schemas";

export type Reconciliation = ReconciliationResult;
export type ReconRow = ReconciliationResult["rows"][number];
export type ReconDay = ReconciliationResult["byDay"][number];
export type ReconNetwork = ReconciliationResult["byNetwork"][number];
export type Gaps = GapBreakdown;

export interface ImportPreview {
  written: boolean;
  imported: number;
  valid: number;
  rows: {
    line: number;
    day: string;
    network: string;
    event: string;
    count: number;
    revenue: string | null;
    currency: string;
  }[];
  errors: ReportLineError[];
  renamed: { network: string; from: string; to: string; lines: number }[];
}
