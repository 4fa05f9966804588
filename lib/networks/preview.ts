import "server-only";
import { z } from "zod";
import type { Db } from "../db";
import type { ConversionEvent } from "../db/generated/sqlite/client";
import { notFound } from "../errors";
import { DELIVERY_ID_HEADER, USER_AGENT } from "../outbound";
import { selectRule } from "../rules";
import { resolveRevenue } from "../rules/resolve-revenue";
import {
  lintPostbackConfig,
  renderPostback,
  sampleTemplateContext,
  type TemplateContext,
  type TemplateError,
} from "../templates";
import type { PostbackConfig } from "../templates/postback-config";
import { postbackSchema } from "./schemas";
import { serializeRule } from "./serialize";

const secretName = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "secret names use a-z, 0-9 and _ (e.g. token)");
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** What the editor and the test button may override about the event a postback is rendered for. */
export const contextOverridesShape = {
  /** A stored event, by our id or the sender's id; absent: the sample purchase. */
  eventId: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  partnerEventName: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  revenue: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^-?\d{1,15}(\.\d{1,6})?$/, "must be a decimal amount such as 49.99")
      .optional(),
  ),
  currency: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, "must be a 3-letter code such as USD")
      .optional(),
  ),
};

export const previewRequestSchema = z.object({
  postback: postbackSchema,
  /** An existing network (id or slug): its secret names, rules and deliveries inform the preview. */
  networkSlug: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()),
  /** The network is being created: networkSlug is only what {network} shows, nothing is looked up. */
  unsaved: z.boolean().default(false),
  /** Secrets typed into the editor but not saved yet, so {secret.<name>} lints as known. */
  secretNames: z.array(secretName).max(50).default([]),
  ...contextOverridesShape,
});
export type PreviewRequest = z.input<typeof previewRequestSchema>;
type PreviewInput = z.output<typeof previewRequestSchema>;
export type ContextOverrides = { eventId?: string; partnerEventName?: string; revenue?: string; currency?: string };

/** A header as shown to the user; `auto` marks the ones Ricochet adds on its own. */
export interface ShownHeader {
  name: string;
  value: string;
  auto?: boolean;
}
export interface ShownRequest {
  method: string;
  url: string;
  headers: ShownHeader[];
  body: string | null;
}

/** Which event a postback was rendered for, so the UI can say what the values came from. */
export interface ContextSource {
  kind: "sample" | "event";
  eventId: string;
  externalId: string;
  eventName: string;
  occurredAt: Date;
  partnerEventName: string | null;
  revenue: string | null;
  currency: string | null;
  /** The event's real delivery to this network, whose snapshot was used, if there is one. */
  deliveryId: string | null;
  note: string | null;
}

export type PreviewResult =
  | { status: "rendered"; request: ShownRequest; source: ContextSource }
  | { status: "invalid"; errors: TemplateError[]; source: ContextSource | null }
  | { status: "skipped"; reason: string; source: ContextSource };

/** Shown instead of secret values in previews: previews never decrypt anything. */
const SECRET_PLACEHOLDER = "****";

type NetworkForContext = { slug: string; id: string; rules: Parameters<typeof serializeRule>[0][] } | null;

function eventProperties(e: ConversionEvent): Record<string, string> {
  try {
    return JSON.parse(e.properties) as Record<string, string>;
  } catch {
    return {};
  }
}

/**
 * The template context for a preview or a test: the stored event (as the worker builds it in
 * `templateContext`) or the sample purchase, with the delivery values this network would get:
 * the event's real delivery snapshot when there is one, else what the network's rules decide,
 * else the overrides.
 */
export async function loadTemplateContext(
  db: Db,
  opts: {
    network: NetworkForContext;
    slug: string;
    secrets: Record<string, string>;
    overrides: ContextOverrides;
    deliveryId?: string;
    now?: Date;
  },
): Promise<{ ctx: TemplateContext; source: ContextSource }> {
  const { network, overrides } = opts;
  const now = opts.now ?? new Date();
  let base: TemplateContext = sampleTemplateContext;
  let kind: ContextSource["kind"] = "sample";
  let note: string | null = null;
  let deliveryId: string | null = null;
  let partnerEventName: string | null = sampleTemplateContext.delivery.partnerEventName ?? null;
  let revenue: string | null = sampleTemplateContext.delivery.revenue ?? null;
  let currency: string | null = sampleTemplateContext.delivery.currency ?? null;

  if (overrides.eventId) {
    const event = await db.conversionEvent.findFirst({
      where: { OR: [{ id: overrides.eventId }, { externalId: overrides.eventId }] },
      orderBy: { receivedAt: "desc" },
    });
    if (!event) throw notFound(`Event "${overrides.eventId}"`);
    kind = "event";
    base = {
      event: { ...event, externalId: event.externalId, properties: eventProperties(event) },
      delivery: { id: sampleTemplateContext.delivery.id, attempt: 1 },
      network: { slug: opts.slug },
      secrets: {},
      now,
    };
    revenue = event.revenue;
    currency = event.currency;
    partnerEventName = null;
    const delivery = network
      ? await db.delivery.findUnique({ where: { eventId_networkId: { eventId: event.id, networkId: network.id } } })
      : null;
    if (delivery) {
      deliveryId = delivery.id;
      partnerEventName = delivery.partnerEventName;
      revenue = delivery.revenue;
      currency = delivery.currency;
      base.delivery.id = delivery.id;
    }
  }

  if (network && !deliveryId) {
    const rules = network.rules.map(serializeRule);
    const selected = selectRule(rules, base.event.name);
    if (selected.rule) {
      partnerEventName = selected.rule.partnerEventName;
      const rates =
        selected.rule.currencyMode === "convert"
          ? await db.fxRate.findMany({ select: { currency: true, quote: true, rate: true } })
          : [];
      const resolved = resolveRevenue(
        selected.rule,
        {
          ...base.event,
          networkSlug: opts.slug,
          clickAt: base.event.clickAt ?? null,
          installAt: base.event.installAt ?? null,
          platform: base.event.platform ?? null,
          country: base.event.country ?? null,
          revenue,
          currency,
        },
        rates,
      );
      if ("skipReason" in resolved) note = `At send time this event would be skipped: ${resolved.skipReason}.`;
      else ({ revenue, currency } = resolved);
    } else {
      note = `This network would not receive this event: ${selected.reason}.`;
    }
  }

  if (overrides.partnerEventName !== undefined) partnerEventName = overrides.partnerEventName;
  if (overrides.revenue !== undefined) revenue = overrides.revenue;
  if (overrides.currency !== undefined) currency = overrides.currency;

  const ctx: TemplateContext = {
    ...base,
    delivery: { ...base.delivery, id: opts.deliveryId ?? base.delivery.id, partnerEventName, revenue, currency },
    network: { slug: opts.slug },
    secrets: opts.secrets,
    now,
  };
  return {
    ctx,
    source: {
      kind,
      eventId: base.event.id,
      externalId: base.event.externalId,
      eventName: base.event.name,
      occurredAt: base.event.occurredAt,
      partnerEventName: partnerEventName ?? base.event.name,
      revenue,
      currency,
      deliveryId,
      note,
    },
  };
}

/** The headers the worker adds to every postback, marked so the UI can tell them apart. */
export function withAutomaticHeaders(
  config: PostbackConfig,
  shown: { name: string; value: string }[],
  added: { name: string; value: string }[],
): ShownHeader[] {
  const own = new Set(config.headers.map((h) => h.name.toLowerCase()));
  const out: ShownHeader[] = shown.map((h) => (own.has(h.name.toLowerCase()) ? { ...h } : { ...h, auto: true }));
  out.push(...added.map((h) => ({ ...h, auto: true })));
  if (!own.has("user-agent")) out.push({ name: "User-Agent", value: USER_AGENT, auto: true });
  return out;
}

export function toPostbackConfig(p: z.output<typeof postbackSchema>): PostbackConfig {
  return { method: p.method, urlTemplate: p.url, headers: p.headers, bodyType: p.bodyType, bodyTemplate: p.body };
}

/**
 * Renders a postback without sending it: the lint errors with their positions, or the request
 * with every secret shown as a placeholder. Never decrypts a secret.
 */
export async function previewPostback(db: Db, input: PreviewInput): Promise<PreviewResult> {
  const config = toPostbackConfig(input.postback);
  const network =
    input.networkSlug && !input.unsaved
      ? await db.network.findFirst({
          where: { OR: [{ id: input.networkSlug }, { slug: input.networkSlug }] },
          include: { rules: true, secrets: { select: { name: true } } },
        })
      : null;
  const secretNames = [...new Set([...(network?.secrets.map((s) => s.name) ?? []), ...input.secretNames])];

  const lint = Object.values(lintPostbackConfig(config, { secretNames })).flat();
  if (lint.length) return { status: "invalid", errors: lint, source: null };

  const { ctx, source } = await loadTemplateContext(db, {
    network,
    slug: network?.slug ?? input.networkSlug ?? "your-network",
    secrets: Object.fromEntries(secretNames.map((n) => [n, SECRET_PLACEHOLDER])),
    overrides: input,
  });
  const rendered = renderPostback(config, ctx);
  if (!rendered.ok)
    return rendered.skipped
      ? { status: "skipped", reason: rendered.reason, source }
      : { status: "invalid", errors: rendered.errors, source };
  return {
    status: "rendered",
    source,
    request: {
      method: rendered.request.method,
      url: rendered.masked.url,
      headers: withAutomaticHeaders(config, rendered.masked.headers, [
        { name: DELIVERY_ID_HEADER, value: ctx.delivery.id },
      ]),
      body: rendered.masked.body,
    },
  };
}
