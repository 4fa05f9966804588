import "server-only";
import { type AuditActor, recordAudit } from "../audit/record";
import type { Db } from "../db";
import type { DbProvider } from "../db/client";
import { SqlParams } from "../db/sql";
import { conflict, forbidden, notFound } from "../errors";
import { newId } from "../ids";
import { applyRollupDeltas } from "../reconciliation/rollups";
import type { RuleInput } from "../rules/schemas";
import { encryptSecret, lastFour } from "../secrets/cipher";
import { getKeyRing } from "../secrets/key-ring";
import { getNetwork } from "./queries";
import { type NetworkCreateInput, type NetworkUpdateInput, networkCreateSchema, networkUpdateSchema } from "./schemas";
import { parseJsonColumn } from "./serialize";
import { type PostbackConfig, validatePostbackConfig } from "./validate-config";

export function ruleRow(networkId: string, rule: RuleInput, position: number) {
  return {
    id: newId(),
    networkId,
    eventName: rule.eventName,
    partnerEventName: rule.partnerEventName,
    enabled: rule.enabled,
    sendRevenue: rule.sendRevenue,
    currencyMode: rule.currencyMode,
    targetCurrency: rule.targetCurrency,
    postInstallWindowDays: rule.postInstallWindowDays,
    platforms: JSON.stringify(rule.platforms),
    countries: JSON.stringify(rule.countries),
    position,
  };
}

function duplicateEvents(rules: RuleInput[]): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const { eventName } of rules) {
    if (seen.has(eventName)) duplicates.push(eventName);
    seen.add(eventName);
  }
  return duplicates;
}

export async function createNetwork(db: Db, actor: AuditActor, input: NetworkCreateInput) {
  const data = networkCreateSchema.parse(input);
  const taken = await db.network.findUnique({ where: { slug: data.slug }, select: { archivedAt: true } });
  if (taken?.archivedAt) {
    throw conflict(
      `A deleted network still holds the slug "${data.slug}" with its history; restore it, or pick another slug`,
      { slug: ["is held by a deleted network (restore it from Networks → Deleted)"] },
    );
  }
  if (taken) throw conflict(`A network with slug "${data.slug}" already exists`, { slug: ["is already taken"] });
  const dup = duplicateEvents(data.rules);
  if (dup.length)
    throw conflict(`More than one rule for event "${dup[0]}"`, { rules: [`duplicate rule for ${dup[0]}`] });
  const postback: PostbackConfig = {
    method: data.postback.method,
    urlTemplate: data.postback.url,
    headers: data.postback.headers,
    bodyType: data.postback.bodyType,
    bodyTemplate: data.postback.body,
  };
  await validatePostbackConfig(postback, Object.keys(data.secrets));
  const id = newId();
  const ring = getKeyRing();
  await db.$transaction(async (tx) => {
    await tx.network.create({
      data: {
        id,
        slug: data.slug,
        name: data.name,
        description: data.description,
        status: data.status,
        presetKey: data.presetKey ?? null,
        method: postback.method,
        urlTemplate: postback.urlTemplate,
        headers: JSON.stringify(postback.headers),
        bodyType: postback.bodyType,
        bodyTemplate: postback.bodyTemplate,
        scope: data.scope,
        connectTimeoutMs: data.connectTimeoutMs,
        timeoutMs: data.timeoutMs,
        rateLimitPerSec: data.rateLimitPerSec,
        concurrency: data.concurrency,
        retrySchedule: data.retrySchedule ? JSON.stringify(data.retrySchedule) : null,
        acceptanceWindowHours: data.acceptanceWindowHours,
        autoDisableAfter: data.autoDisableAfter,
      },
    });
    for (const [name, value] of Object.entries(data.secrets)) {
      await tx.networkSecret.create({
        data: { id: newId(), networkId: id, name, ciphertext: encryptSecret(value, ring), lastFour: lastFour(value) },
      });
    }
    if (data.rules.length) await tx.forwardingRule.createMany({ data: data.rules.map((r, i) => ruleRow(id, r, i)) });
    await recordAudit(
      tx,
      actor,
      "network.create",
      { type: "network", id },
      { slug: data.slug, secrets: Object.keys(data.secrets) },
    );
  });
  return getNetwork(db, id);
}

/**
 * Adding a secret is part of configuring a network; replacing or deleting one that exists is a
 * rotation, which only admins may do (`canRotateSecrets`).
 */
export async function updateNetwork(
  db: Db,
  actor: AuditActor,
  idOrSlug: string,
  input: NetworkUpdateInput,
  canRotateSecrets: boolean,
) {
  const data = networkUpdateSchema.parse(input);
  const current = await db.network.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    include: { secrets: true },
  });
  if (!current) throw notFound("Network");
  if (current.archivedAt && data.status && data.status !== current.status) {
    throw conflict("This network is deleted; restore it before changing its status", {
      status: ["restore the network first"],
    });
  }
  const rotating = Object.keys(data.secrets ?? {}).filter((n) => current.secrets.some((s) => s.name === n));
  if (rotating.length && !canRotateSecrets)
    throw forbidden(`Only admins can rotate or remove the existing secret "${rotating[0]}"`);
  const postback: PostbackConfig = {
    method: (data.postback?.method ?? current.method) as PostbackConfig["method"],
    urlTemplate: data.postback?.url ?? current.urlTemplate,
    headers: data.postback?.headers ?? parseJsonColumn(current.headers, []),
    bodyType: (data.postback?.bodyType ?? current.bodyType) as PostbackConfig["bodyType"],
    bodyTemplate: data.postback?.body ?? current.bodyTemplate,
  };
  const secretNames = new Set(current.secrets.map((s) => s.name));
  for (const [name, value] of Object.entries(data.secrets ?? {}))
    value === null ? secretNames.delete(name) : secretNames.add(name);
  if (data.postback || data.secrets) await validatePostbackConfig(postback, [...secretNames]);

  const ring = getKeyRing();
  const resumed = data.status === "active" && current.status !== "active";
  await db.$transaction(async (tx) => {
    await tx.network.update({
      where: { id: current.id },
      data: {
        name: data.name,
        description: data.description,
        status: data.status,
        statusReason: data.status ? (data.status === "paused" ? "Paused by a user" : null) : undefined,
        consecutiveFailures: resumed ? 0 : undefined,
        method: postback.method,
        urlTemplate: postback.urlTemplate,
        headers: JSON.stringify(postback.headers),
        bodyType: postback.bodyType,
        bodyTemplate: postback.bodyTemplate,
        scope: data.scope,
        connectTimeoutMs: data.connectTimeoutMs,
        timeoutMs: data.timeoutMs,
        rateLimitPerSec: data.rateLimitPerSec,
        concurrency: data.concurrency,
        retrySchedule:
          data.retrySchedule === undefined ? undefined : data.retrySchedule ? JSON.stringify(data.retrySchedule) : null,
        acceptanceWindowHours: data.acceptanceWindowHours,
        autoDisableAfter: data.autoDisableAfter,
        configVersion: { increment: 1 },
      },
    });
    for (const [name, value] of Object.entries(data.secrets ?? {})) {
      if (value === null) {
        await tx.networkSecret.deleteMany({ where: { networkId: current.id, name } });
        await recordAudit(tx, actor, "network.secret.delete", { type: "network", id: current.id }, { name });
        continue;
      }
      const row = { ciphertext: encryptSecret(value, ring), lastFour: lastFour(value), rotatedAt: new Date() };
      await tx.networkSecret.upsert({
        where: { networkId_name: { networkId: current.id, name } },
        create: { id: newId(), networkId: current.id, name, ...row },
        update: row,
      });
      const action = current.secrets.some((s) => s.name === name) ? "network.secret.rotate" : "network.secret.create";
      await recordAudit(tx, actor, action, { type: "network", id: current.id }, { name, lastFour: row.lastFour });
    }
    const changed = Object.keys(data).filter((k) => k !== "secrets");
    if (changed.length)
      await recordAudit(tx, actor, "network.update", { type: "network", id: current.id }, { fields: changed });
  });
  return getNetwork(db, current.id);
}

/**
 * Deleting a network archives it: it leaves the lists and gets no new postbacks, and the
 * postbacks still waiting are skipped, but its deliveries, attempts and reports stay, because a
 * billing dispute about last month must still be answerable. Restoring brings it back paused.
 */
export async function deleteNetwork(db: Db, provider: DbProvider, actor: AuditActor, idOrSlug: string) {
  const current = await db.network.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] } });
  if (!current) throw notFound("Network");
  if (current.archivedAt) return;
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.network.update({
      where: { id: current.id },
      data: { archivedAt: now, status: "paused", statusReason: "Deleted", configVersion: { increment: 1 } },
    });
    // One statement reports exactly the rows it skipped, so a claim racing it cannot skew the counters.
    const p = new SqlParams(provider);
    const waiting = await tx.$queryRawUnsafe<
      { occurredAt: Date | string; eventName: string; currency: string | null }[]
    >(
      `UPDATE "Delivery" SET "status" = 'skipped', "reason" = ${p.add("network deleted before the postback was sent")},
         "nextAttemptAt" = NULL, "completedAt" = ${p.add(now, "timestamp")}, "updatedAt" = ${p.add(now, "timestamp")}
       WHERE "networkId" = ${p.add(current.id)} AND "status" = 'pending'
       RETURNING "occurredAt", "eventName", "currency"`,
      ...p.values,
    );
    await applyRollupDeltas(tx, provider, {
      deliveries: waiting.flatMap((d) => {
        const base = {
          occurredAt: new Date(d.occurredAt),
          networkId: current.id,
          eventName: d.eventName,
          currency: d.currency,
          revenueMicros: 0n,
        };
        return [
          { ...base, status: "pending", count: -1 },
          { ...base, status: "skipped", count: 1 },
        ];
      }),
    });
    await recordAudit(
      tx,
      actor,
      "network.delete",
      { type: "network", id: current.id },
      { slug: current.slug, name: current.name, skipped: waiting.length },
    );
  });
}

export async function restoreNetwork(db: Db, actor: AuditActor, idOrSlug: string) {
  const current = await db.network.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] } });
  if (!current) throw notFound("Network");
  if (current.archivedAt) {
    await db.$transaction(async (tx) => {
      await tx.network.update({
        where: { id: current.id },
        data: {
          archivedAt: null,
          status: "paused",
          statusReason: "Restored: review and resume",
          consecutiveFailures: 0,
          configVersion: { increment: 1 },
        },
      });
      await recordAudit(tx, actor, "network.restore", { type: "network", id: current.id }, { slug: current.slug });
    });
  }
  return getNetwork(db, current.id);
}
