import "server-only";
import { type AuditActor, recordAudit } from "../audit/record";
import type { Db, DbProvider } from "../db/client";
import { placeholders } from "../db/sql";
import { newId } from "../ids";
import { fromMicros } from "../money";
import { type ParsedReportRow, parseReportCsv, type ReportLineError, type ReportRowOut } from "./report-csv";
import type { NetworkReportQuery } from "./schemas";

export interface ReportImportResult {
  /** True when the file was only checked (dryRun) or had errors: nothing was written. */
  written: boolean;
  imported: number;
  /** Lines that passed every check (rows holds at most the first 500 of them, as a preview). */
  valid: number;
  rows: Omit<ParsedReportRow, "revenueMicros">[];
  errors: ReportLineError[];
  /** Event names the network uses (a rule's partner event name) read as Ricochet's own, with how many lines each. */
  renamed: { network: string; from: string; to: string; lines: number }[];
}

const CHUNK = 200;
const PREVIEW_ROWS = 500;

/** A parsed line whose network slug names an existing network. */
type RowOfNetwork = ParsedReportRow & { networkId: string };

/**
 * Imports a network-reported CSV all or nothing: any line with a problem (including a network
 * slug no network has) means no row of the file is written. Rows replace earlier imports for
 * the same network, day, event and currency.
 */
export async function importNetworkReport(
  db: Db,
  provider: DbProvider,
  actor: AuditActor,
  csv: string,
  opts: { dryRun: boolean; now?: Date },
): Promise<ReportImportResult> {
  const parsed = parseReportCsv(csv);
  const slugs = [...new Set(parsed.rows.map((r) => r.network))];
  const networks = slugs.length
    ? await db.network.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })
    : [];
  const idBySlug = new Map(networks.map((n) => [n.slug, n.id]));
  const errors = [...parsed.errors];
  const valid: RowOfNetwork[] = [];
  for (const r of parsed.rows) {
    const networkId = idBySlug.get(r.network);
    if (networkId) valid.push({ ...r, networkId });
    else errors.push({ line: r.line, field: "network", message: `no network has the slug "${r.network}"` });
  }
  const renamed = await readPartnerEventNames(db, valid, errors);
  errors.sort((a, b) => a.line - b.line);
  const failed = new Set(errors.map((e) => e.line));
  const clean = valid.filter((r) => !failed.has(r.line));
  const preview = clean.slice(0, PREVIEW_ROWS).map(({ revenueMicros: _m, networkId: _n, ...r }) => r);
  if (errors.length || opts.dryRun)
    return { written: false, imported: 0, valid: clean.length, rows: preview, errors, renamed };

  const now = opts.now ?? new Date();
  const cols = [
    "id",
    "networkId",
    "day",
    "eventName",
    "count",
    "revenueMicros",
    "currency",
    "importedAt",
    "importedBy",
  ];
  const days = clean.map((r) => r.day).sort();
  await db.$transaction(
    async (tx) => {
      // No line failed, so `clean` holds every line of the file, with partner event names read.
      for (let i = 0; i < clean.length; i += CHUNK) {
        const chunk = clean.slice(i, i + CHUNK);
        const ph = placeholders(provider, chunk.length * cols.length);
        // PostgreSQL cannot infer a parameter's type inside VALUES of an upsert for every column; cast the ambiguous ones.
        const values = chunk
          .map((_, r) => {
            const p = ph.slice(r * cols.length, (r + 1) * cols.length);
            return provider === "postgresql"
              ? `(${p[0]}, ${p[1]}, ${p[2]}, ${p[3]}, ${p[4]}::int, ${p[5]}::bigint, ${p[6]}, ${p[7]}::timestamp(3), ${p[8]})`
              : `(${p.join(", ")})`;
          })
          .join(", ");
        await tx.$executeRawUnsafe(
          `INSERT INTO "NetworkReport" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES ${values}
         ON CONFLICT ("networkId", "day", "eventName", "currency") DO UPDATE SET
           "count" = excluded."count", "revenueMicros" = excluded."revenueMicros", "importedAt" = excluded."importedAt", "importedBy" = excluded."importedBy"`,
          ...chunk.flatMap((r) => [
            newId(),
            r.networkId,
            r.day,
            r.event,
            r.count,
            r.revenueMicros,
            r.currency,
            now,
            actor.label,
          ]),
        );
      }
      await recordAudit(
        tx,
        actor,
        "network_report.import",
        { type: "network_report" },
        {
          rows: parsed.rows.length,
          networks: slugs,
          from: days[0],
          to: days[days.length - 1],
        },
      );
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { written: true, imported: parsed.rows.length, valid: parsed.rows.length, rows: preview, errors: [], renamed };
}

/**
 * Networks report conversions under their own event names, the partner names the forwarding
 * rules send. A line whose event is not one of Ricochet's for that network but is the partner
 * name of exactly one of them is read as that event (in place), so the report lines up with what
 * was attributed and delivered. A partner name several events share is an error on its line, as
 * is a line that, renamed, repeats another.
 */
async function readPartnerEventNames(db: Db, rows: RowOfNetwork[], errors: ReportLineError[]) {
  const ids = [...new Set(rows.map((r) => r.networkId))];
  const rules = ids.length
    ? await db.forwardingRule.findMany({
        where: { networkId: { in: ids } },
        select: { networkId: true, eventName: true, partnerEventName: true },
      })
    : [];
  const own = new Set(rules.map((r) => `${r.networkId}|${r.eventName}`));
  const ours = new Map<string, Set<string>>();
  for (const r of rules) {
    if (!r.partnerEventName || r.partnerEventName === r.eventName) continue;
    const k = `${r.networkId}|${r.partnerEventName}`;
    ours.set(k, (ours.get(k) ?? new Set()).add(r.eventName));
  }
  const renamed = new Map<string, { network: string; from: string; to: string; lines: number }>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const { networkId } = r;
    const candidates = own.has(`${networkId}|${r.event}`) ? undefined : ours.get(`${networkId}|${r.event}`);
    if (candidates && candidates.size > 1) {
      errors.push({
        line: r.line,
        field: "event",
        message: `"${r.event}" is what ${r.network} calls several events (${[...candidates].sort().join(", ")}); use one of these names`,
      });
      continue;
    }
    if (candidates) {
      const to = [...candidates][0];
      const k = `${r.network}|${r.event}|${to}`;
      const entry = renamed.get(k) ?? { network: r.network, from: r.event, to, lines: 0 };
      entry.lines++;
      renamed.set(k, entry);
      r.event = to;
    }
    const key = `${r.network}|${r.day}|${r.event}|${r.currency}`;
    const first = seen.get(key);
    if (first !== undefined)
      errors.push({
        line: r.line,
        field: "event",
        message: `repeats line ${first} once ${r.network}'s event names are read as Ricochet's (${r.event})`,
      });
    else seen.set(key, r.line);
  }
  return [...renamed.values()];
}

/** Imported reports in the import format, oldest day first. */
export async function listNetworkReports(
  db: Db,
  q: Pick<NetworkReportQuery, "network" | "from" | "to">,
): Promise<(ReportRowOut & { importedAt: Date; importedBy: string | null })[]> {
  const rows = await db.networkReport.findMany({
    where: {
      ...(q.network ? { network: { slug: q.network } } : {}),
      ...(q.from || q.to ? { day: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } : {}),
    },
    include: { network: { select: { slug: true } } },
  });
  return rows
    .map((r) => ({
      day: r.day,
      network: r.network.slug,
      event: r.eventName,
      count: r.count,
      revenue: r.revenueMicros === null ? null : fromMicros(r.revenueMicros),
      currency: r.currency,
      importedAt: r.importedAt,
      importedBy: r.importedBy,
    }))
    .sort(
      (a, b) =>
        a.day.localeCompare(b.day) ||
        a.network.localeCompare(b.network) ||
        a.event.localeCompare(b.event) ||
        a.currency.localeCompare(b.currency),
    );
}
