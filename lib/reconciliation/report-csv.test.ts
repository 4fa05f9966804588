import { describe, expect, it } from "vitest";
import { normalizeReason } from "./gap-labels";
import { reconciliationCsv } from "./reconciliation-csv";
import { parseReportCsv, reportCsv } from "./report-csv";

describe("parseReportCsv", () => {
  it("reads columns in any order, normalises slugs and currencies, and skips blank lines", () => {
    const r = parseReportCsv(
      "\uFEFFnetwork,date,count,event,currency,revenue\r\nAcme,2026-03-08,12,purchase,usd,59.880\r\n\r\nacme,2026-03-08,3,install,,\r\n",
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      {
        line: 2,
        day: "2026-03-08",
        network: "acme",
        event: "purchase",
        count: 12,
        revenue: "59.88",
        revenueMicros: 59_880_000n,
        currency: "USD",
      },
      {
        line: 4,
        day: "2026-03-08",
        network: "acme",
        event: "install",
        count: 3,
        revenue: null,
        revenueMicros: null,
        currency: "",
      },
    ]);
  });

  it("names the line and field of every problem", () => {
    const r = parseReportCsv(
      "date,network,event,count,revenue,currency\n2026-13-01,acme,install,1,,\n2026-03-01,,install,-1,,\n2026-03-01,acme,in$tall,1,1e3,US\n",
    );
    expect(r.rows).toEqual([]);
    expect(r.errors.map((e) => `${e.line}:${e.field}`)).toEqual([
      "2:date",
      "3:network",
      "3:count",
      "4:event",
      "4:revenue",
      "4:currency",
    ]);
  });

  it("rejects unknown or missing header columns", () => {
    expect(parseReportCsv("date,network,event,cnt\n").errors).toEqual([
      { line: 1, field: "cnt", message: "is not a known column; use date, network, event, count, revenue, currency" },
      { line: 1, field: "count", message: "column is missing from the header" },
    ]);
    expect(parseReportCsv("").errors[0]).toMatchObject({ line: 1, field: "(file)" });
    expect(parseReportCsv("date,network,event,count\n").errors[0]).toMatchObject({
      field: "(file)",
      message: "has a header but no data lines",
    });
  });

  it("round-trips its own export, formula guard included", () => {
    const csv = reportCsv([
      { day: "2026-03-08", network: "acme", event: "-refund", count: 1, revenue: "-4.99", currency: "USD" },
      { day: "2026-03-08", network: "acme", event: "install", count: 7, revenue: null, currency: "" },
    ]);
    expect(csv).toBe(
      "date,network,event,count,revenue,currency\r\n2026-03-08,acme,'-refund,1,-4.99,USD\r\n2026-03-08,acme,install,7,,\r\n",
    );
    const back = parseReportCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => [r.event, r.count, r.revenue, r.currency])).toEqual([
      ["-refund", 1, "-4.99", "USD"],
      ["install", 7, null, ""],
    ]);
  });
});

describe("reconciliationCsv", () => {
  it("writes one column set per currency and quotes what needs it", () => {
    const row = {
      network: "acme",
      networkName: "Acme, Inc.",
      configured: true,
      deleted: false,
      day: "2026-03-08",
      event: "purchase",
      attributed: 3,
      delivered: 2,
      failed: 1,
      filtered: 0,
      expired: 0,
      skipped: 0,
      pending: 0,
      discrepancy: 1,
      reported: null,
      flag: null,
      revenue: [{ currency: "EUR", attributed: "3", sent: "2", reported: null }],
    };
    const csv = reconciliationCsv({
      from: "2026-03-08",
      to: "2026-03-08",
      tz: "UTC",
      tolerance: 5,
      network: null,
      generatedAt: "",
      source: "daily_totals",
      totals: {} as never,
      byDay: [],
      byNetwork: [],
      rows: [row],
    });
    expect(csv.split("\r\n")[1]).toBe('2026-03-08,acme,"Acme, Inc.",purchase,3,2,1,0,0,0,0,1,,,3,2,');
    expect(csv.split("\r\n")[0]).toMatch(/,revenue_attributed_EUR,revenue_sent_EUR,revenue_reported_EUR$/);
  });
});

describe("normalizeReason", () => {
  it("drops per-delivery details so reasons group", () => {
    expect(normalizeReason("postback would arrive 49 h 10 min after the click; Acme accepts 48 h")).toBe(
      "postback would arrive … after the click; Acme accepts 48 h",
    );
    expect(normalizeReason("acceptance window of Acme ended at 2026-03-08T10:00:00.000Z")).toBe(
      "acceptance window of Acme ended at …",
    );
    expect(normalizeReason('country "FR" not in rule filter [US]')).toBe('country "FR" not in rule filter [US]');
  });
});
