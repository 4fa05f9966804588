import "server-only";
import type { Db } from "../db/client";
import { getEnv } from "../env";
import { newId } from "../ids";
import { logger } from "../log";
import { backlogByNetwork, nearDeadlineByNetwork } from "../monitoring/network-health";
import type { AllowList } from "../outbound";
import { postAlertMessage, type SendWebhook } from "./notify";
import type { AlertKind, AlertThresholds } from "./schemas";
import { loadAlertConfig } from "./settings";

/** One evaluation per this long across all processes: the lease row keeps two workers from opening the same alert twice. */
const ALERT_LEASE_MS = 45_000;
const LEASE_KEY = "alerts.lease";
const SUCCESS_WINDOW_MS = 3600_000;
/** Un-notified alerts sent per evaluation, so a webhook outage does not turn into a burst. */
const MAX_NOTIFICATIONS = 20;

const severity: Record<AlertKind, string> = {
  success_rate: "warning",
  backlog: "warning",
  acceptance_window: "critical",
  auto_disabled: "critical",
};
const evaluatedKinds: AlertKind[] = ["success_rate", "backlog", "acceptance_window"];

export interface AlertEvaluation {
  skipped: boolean;
  opened: number;
  resolved: number;
  notified: number;
  open: number;
}
export interface EvaluateOptions {
  allow?: AllowList;
  /** Replaces the HTTP client (tests). */
  send?: SendWebhook;
  /** false skips the cross-process lease (tests that evaluate twice within a minute). */
  lease?: boolean;
}

async function takeLease(db: Db, now: Date): Promise<boolean> {
  const until = new Date(now.getTime() + ALERT_LEASE_MS).toISOString();
  // ISO-8601 UTC strings order like the instants they name.
  const taken = await db.setting.updateMany({
    where: { key: LEASE_KEY, value: { lt: now.toISOString() } },
    data: { value: until },
  });
  if (taken.count === 1) return true;
  try {
    await db.setting.create({ data: { key: LEASE_KEY, value: until } });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") return false;
    throw err;
  }
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const int = (n: number) => n.toLocaleString("en-US");

async function conditions(db: Db, t: AlertThresholds, now: Date) {
  const networks = await db.network.findMany({
    where: { archivedAt: null },
    select: { id: true, name: true, status: true },
  });
  const [attempts, backlog, nearDeadline] = await Promise.all([
    db.deliveryAttempt.groupBy({
      by: ["networkId", "outcome"],
      // Naming the networks lets the (networkId, startedAt) index serve the query instead of a scan of every attempt.
      where: {
        networkId: { in: networks.map((n) => n.id) },
        startedAt: { gte: new Date(now.getTime() - SUCCESS_WINDOW_MS), lt: now },
        test: false,
        requestMethod: { not: "" },
      },
      _count: { _all: true },
    }),
    backlogByNetwork(db),
    nearDeadlineByNetwork(db, now, t.deadlineWarningMinutes * 60_000),
  ]);
  const totals = new Map<string, { all: number; ok: number }>();
  for (const a of attempts) {
    const s = totals.get(a.networkId) ?? { all: 0, ok: 0 };
    s.all += a._count._all;
    if (a.outcome === "delivered") s.ok += a._count._all;
    totals.set(a.networkId, s);
  }
  const holding = new Map<string, string>(); // `${networkId}|${kind}` -> message
  for (const n of networks) {
    const s = totals.get(n.id);
    // Paused or disabled networks send nothing and queue on purpose: only their deadlines are worth a word.
    if (n.status === "active" && s && s.all >= t.minAttempts && s.ok / s.all < t.successRateThreshold / 100) {
      holding.set(
        `${n.id}|success_rate`,
        `${n.name}: only ${pct(s.ok / s.all)} of ${int(s.all)} postbacks succeeded in the last hour (alert below ${t.successRateThreshold}%).`,
      );
    }
    const waiting = backlog.get(n.id) ?? 0;
    if (n.status === "active" && waiting > t.backlogThreshold) {
      holding.set(
        `${n.id}|backlog`,
        `${n.name}: ${int(waiting)} deliveries are waiting to be sent (alert above ${int(t.backlogThreshold)}).`,
      );
    }
    const late = nearDeadline.get(n.id) ?? 0;
    if (late > 0) {
      holding.set(
        `${n.id}|acceptance_window`,
        `${n.name}: ${int(late)} pending ${late === 1 ? "delivery reaches" : "deliveries reach"} the end of the acceptance window within ${t.deadlineWarningMinutes} min${n.status === "active" ? "" : ` and the network is ${n.status}`}.`,
      );
    }
  }
  return { networks, holding };
}

/**
 * Opens an alert per network and kind while its condition holds and resolves it once it clears;
 * running it again without a change does nothing. Auto-disable alerts are opened by the worker
 * and resolved here when the network is running again. New alerts are posted to the configured
 * webhook once (notifiedAt); a failed post is retried on the next evaluation.
 */
export async function evaluateAlerts(db: Db, now = new Date(), opts: EvaluateOptions = {}): Promise<AlertEvaluation> {
  if (opts.lease !== false && !(await takeLease(db, now)))
    return { skipped: true, opened: 0, resolved: 0, notified: 0, open: 0 };
  const { thresholds, webhookUrl } = await loadAlertConfig(db);
  const { networks, holding } = await conditions(db, thresholds, now);
  const statusById = new Map(networks.map((n) => [n.id, n.status]));
  const open = await db.alert.findMany({ where: { resolvedAt: null } });

  let opened = 0;
  let resolved = 0;
  const seen = new Set<string>();
  for (const a of open) {
    const key = `${a.networkId}|${a.kind}`;
    const clears =
      a.kind === "auto_disabled"
        ? statusById.get(a.networkId ?? "") !== "disabled"
        : (evaluatedKinds as string[]).includes(a.kind) && (!holding.has(key) || seen.has(key));
    if (clears) {
      await db.alert.update({ where: { id: a.id }, data: { resolvedAt: now } });
      resolved++;
      continue;
    }
    seen.add(key);
    const message = holding.get(key);
    if (message && message !== a.message) await db.alert.update({ where: { id: a.id }, data: { message } });
  }
  for (const [key, message] of holding) {
    if (seen.has(key)) continue;
    const [networkId, kind] = key.split("|") as [string, AlertKind];
    await db.alert.create({
      data: { id: newId(), networkId, kind, severity: severity[kind], message, createdAt: now },
    });
    opened++;
  }

  let notified = 0;
  if (webhookUrl) {
    const pending = await db.alert.findMany({
      where: { resolvedAt: null, notifiedAt: null },
      orderBy: { createdAt: "asc" },
      take: MAX_NOTIFICATIONS,
    });
    const allow = opts.allow ?? getEnv().allowPrivateTargets;
    const base = getEnv().NEXTAUTH_URL?.replace(/\/$/, "");
    for (const a of pending) {
      const icon = a.severity === "critical" ? ":rotating_light:" : ":warning:";
      const text = `${icon} Ricochet alert: ${a.message}${base ? ` <${base}/monitoring|Open monitoring>` : ""}`;
      const r = await postAlertMessage(webhookUrl, text, allow, opts.send);
      if (r.ok) {
        await db.alert.update({ where: { id: a.id }, data: { notifiedAt: new Date() } });
        notified++;
      } else {
        logger.warn("alert webhook failed; will retry on the next evaluation", { alertId: a.id, detail: r.detail });
        break;
      }
    }
  }
  const stillOpen = await db.alert.count({ where: { resolvedAt: null } });
  return { skipped: false, opened, resolved, notified, open: stillOpen };
}
