import "server-only";
import { type CsvCell, csvLines, text } from "../csv";
import type { Db } from "../db";
import { listDeliveries } from "./queries";
import type { DeliveryListQuery } from "./schemas";

/** Rows read per query while exporting: the file streams out page by page, never held whole. */
export const EXPORT_PAGE = 1_000;

export const DELIVERY_CSV_COLUMNS = [
  "delivery_id",
  "event_id",
  "click_id",
  "network",
  "event",
  "partner_event",
  "status",
  "reason",
  "http_status",
  "attempts",
  "latency_ms",
  "revenue",
  "currency",
  "revenue_sent",
  "event_time",
  "received_at",
  "first_attempt_at",
  "completed_at",
] as const;

type Row = Awaited<ReturnType<typeof listDeliveries>>["deliveries"][number];
const iso = (d: Date | null) => (d ? d.toISOString() : "");

function line(d: Row): CsvCell[] {
  return [
    d.id,
    text(d.eventExternalId),
    text(d.clickId),
    text(d.network),
    text(d.eventName),
    text(d.partnerEventName),
    d.status,
    text(d.reason),
    d.lastStatusCode,
    d.attempts,
    d.lastLatencyMs,
    d.revenue,
    d.currency,
    d.sendRevenue ? "yes" : "no",
    iso(d.occurredAt),
    iso(d.createdAt),
    iso(d.firstAttemptAt),
    iso(d.completedAt),
  ];
}

/**
 * Every delivery the filters match, as a CSV file streamed in pages (newest first, as the log
 * lists them): what an analyst sends a network to settle which conversions were postbacked.
 * The cursor and page size of the query are ignored; a cancelled download stops the reads.
 */
export function deliveriesCsvStream(db: Db, q: DeliveryListQuery, pageSize = EXPORT_PAGE): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const page = await listDeliveries(db, { ...q, cursor, limit: pageSize });
        const rows: CsvCell[][] = page.deliveries.map(line);
        if (!started) rows.unshift([...DELIVERY_CSV_COLUMNS]);
        started = true;
        if (rows.length) controller.enqueue(encoder.encode(csvLines(rows)));
        if (page.nextCursor) cursor = page.nextCursor;
        else controller.close();
      },
    },
    { highWaterMark: 1 },
  );
}

/** deliveries-acme-2026-11-21.csv, from the filters that shaped it. */
export function deliveriesFileName(q: DeliveryListQuery, now = new Date()): string {
  const day = (d: Date | undefined) => d?.toISOString().slice(0, 10);
  const parts = [
    "deliveries",
    q.network,
    q.status?.join("+"),
    day(q.from),
    day(q.to) ?? (q.from ? undefined : day(now)),
  ].filter(Boolean);
  return `${parts.join("-")}.csv`;
}
