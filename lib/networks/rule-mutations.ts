import "server-only";
import { type AuditActor, recordAudit } from "../audit/record";
import type { Db } from "../db";
import { conflict, notFound } from "../errors";
import type { RuleInput } from "../rules/schemas";
import { ruleRow } from "./mutations";
import { serializeRule } from "./serialize";

async function networkId(db: Db, idOrSlug: string) {
  const n = await db.network.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, select: { id: true } });
  if (!n) throw notFound("Network");
  return n.id;
}

export async function listRules(db: Db, idOrSlug: string) {
  const id = await networkId(db, idOrSlug);
  const rows = await db.forwardingRule.findMany({
    where: { networkId: id },
    orderBy: [{ position: "asc" }, { eventName: "asc" }],
  });
  return rows.map(serializeRule);
}

export async function addRule(db: Db, actor: AuditActor, idOrSlug: string, rule: RuleInput) {
  const id = await networkId(db, idOrSlug);
  if (
    await db.forwardingRule.findUnique({ where: { networkId_eventName: { networkId: id, eventName: rule.eventName } } })
  ) {
    throw conflict(`This network already has a rule for event "${rule.eventName}"`, {
      eventName: ["already has a rule"],
    });
  }
  const position = await db.forwardingRule.count({ where: { networkId: id } });
  const row = await db.$transaction(async (tx) => {
    const created = await tx.forwardingRule.create({ data: ruleRow(id, rule, position) });
    await tx.network.update({ where: { id }, data: { configVersion: { increment: 1 } } });
    await recordAudit(tx, actor, "rule.create", { type: "network", id }, { eventName: rule.eventName });
    return created;
  });
  return serializeRule(row);
}

/** Replaces the whole rule table of a network, as the rule editor saves it. */
export async function replaceRules(db: Db, actor: AuditActor, idOrSlug: string, rules: RuleInput[]) {
  const id = await networkId(db, idOrSlug);
  const names = rules.map((r) => r.eventName);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw conflict(`More than one rule for event "${dup}"`, { rules: [`duplicate rule for ${dup}`] });
  await db.$transaction(async (tx) => {
    await tx.forwardingRule.deleteMany({ where: { networkId: id } });
    if (rules.length) await tx.forwardingRule.createMany({ data: rules.map((r, i) => ruleRow(id, r, i)) });
    await tx.network.update({ where: { id }, data: { configVersion: { increment: 1 } } });
    await recordAudit(tx, actor, "rule.replace_all", { type: "network", id }, { events: names });
  });
  return listRules(db, id);
}

export async function deleteRule(db: Db, actor: AuditActor, idOrSlug: string, ruleId: string) {
  const id = await networkId(db, idOrSlug);
  const rule = await db.forwardingRule.findFirst({ where: { id: ruleId, networkId: id } });
  if (!rule) throw notFound("Rule");
  await db.$transaction(async (tx) => {
    await tx.forwardingRule.delete({ where: { id: ruleId } });
    await tx.network.update({ where: { id }, data: { configVersion: { increment: 1 } } });
    await recordAudit(tx, actor, "rule.delete", { type: "network", id }, { eventName: rule.eventName });
  });
}
