/**
 * Everything a postback template can read. Built by the worker for one delivery attempt, or from
 * `sampleTemplateContext` for previews. Plain data only, so rendering stays a pure function.
 */
export interface TemplateContext {
  event: {
    /** Our internal event id (not exposed as a macro: partners only know the sender's id). */
    id: string;
    /** The sender's event id -> {event_id}. */
    externalId: string;
    /** -> {event_name} */
    name: string;
    /** -> {event_time} */
    occurredAt: Date;
    clickId?: string | null;
    clickAt?: Date | null;
    installAt?: Date | null;
    campaignId?: string | null;
    campaignName?: string | null;
    adgroupId?: string | null;
    adgroupName?: string | null;
    creativeId?: string | null;
    creativeName?: string | null;
    platform?: string | null;
    advertisingId?: string | null;
    idfa?: string | null;
    gaid?: string | null;
    ip?: string | null;
    userAgent?: string | null;
    country?: string | null;
    appId?: string | null;
    appVersion?: string | null;
    /** -> {properties.<key>} */
    properties: Record<string, string>;
  };
  delivery: {
    /** -> {delivery_id}; stable across retries so partners can de-duplicate. */
    id: string;
    /** -> {attempt}, 1-based. */
    attempt: number;
    /** -> {partner_event_name}; falls back to the event name when null. */
    partnerEventName?: string | null;
    /** Exact decimal string, already converted/zeroed by the rules -> {revenue}. */
    revenue?: string | null;
    /** -> {currency} */
    currency?: string | null;
  };
  /** -> {network} */
  network: { slug: string };
  /** Decrypted network secrets -> {secret.<name>}; masked wherever the request is logged or shown. */
  secrets: Record<string, string>;
  /** -> {timestamp}; passed in rather than read from the clock so renders are reproducible. */
  now: Date;
}
