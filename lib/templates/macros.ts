import type { TemplateContext } from "./context";

/** What a macro yields before modifiers: dates are kept as dates so `unix`/`date` can format them. */
export type MacroValue = string | Date | null;

/** "decimal" marks exact decimal strings (money), the ones `cents` and `number` are meant for. */
export type MacroValueType = "text" | "date" | "decimal";

export interface MacroDefinition {
  name: string;
  /** One sentence a marketer understands; shown in the template editor. */
  description: string;
  /** A realistic value, before encoding; equals the sample context's value where that has one. */
  example: string;
  type: MacroValueType;
  get: (ctx: TemplateContext) => MacroValue;
}

// Absent optional fields arrive as undefined or null; both mean "missing" to the policies.
const orNull = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v);

const text = (
  name: string,
  description: string,
  example: string,
  get: (ctx: TemplateContext) => string | null | undefined,
): MacroDefinition => ({ name, description, example, type: "text", get: (ctx) => orNull(get(ctx)) });

const date = (
  name: string,
  description: string,
  example: string,
  get: (ctx: TemplateContext) => Date | null | undefined,
): MacroDefinition => ({ name, description, example, type: "date", get: (ctx) => orNull(get(ctx)) });

/** The fixed macros, in the order the editor lists them. */
export const macroCatalogue: readonly MacroDefinition[] = [
  text(
    "click_id",
    "The click identifier the ad network gave us when the user clicked the ad.",
    "CjwKCAiA9ourBhAVEiwA3L5RFl",
    (c) => c.event.clickId,
  ),
  text(
    "event_id",
    "The sender's unique id for this conversion, useful for de-duplication.",
    "6f1c2a9e-8b3d-4e7a-9c51-2d0f4b7e8a13",
    (c) => c.event.externalId,
  ),
  text("event_name", "Our name for the conversion, such as purchase or install.", "purchase", (c) => c.event.name),
  text(
    "partner_event_name",
    "The event name this network expects, or our event name when no mapping is set.",
    "CompletePayment",
    (c) => c.delivery.partnerEventName ?? c.event.name,
  ),
  date("event_time", "When the conversion happened (UTC).", "2026-11-27T10:00:00.000Z", (c) => c.event.occurredAt),
  date(
    "install_time",
    "When the app was installed (UTC), if known.",
    "2026-11-20T08:42:05.000Z",
    (c) => c.event.installAt,
  ),
  date("click_time", "When the ad was clicked (UTC), if known.", "2026-11-20T08:15:30.000Z", (c) => c.event.clickAt),
  {
    name: "revenue",
    description: "The revenue sent to this network, after the rules' currency conversion.",
    example: "49.99",
    type: "decimal",
    get: (c) => orNull(c.delivery.revenue),
  },
  text("currency", "The three-letter currency code of the revenue, such as USD.", "USD", (c) => c.delivery.currency),
  text("campaign_id", "The campaign id from the ad network.", "1784392011", (c) => c.event.campaignId),
  text("campaign_name", "The campaign name from the ad network.", "Black Friday – US iOS", (c) => c.event.campaignName),
  text("adgroup_id", "The ad group (ad set) id from the ad network.", "1784392377", (c) => c.event.adgroupId),
  text(
    "adgroup_name",
    "The ad group (ad set) name from the ad network.",
    "Lookalike 1% & retargeting",
    (c) => c.event.adgroupName,
  ),
  text("creative_id", "The id of the ad the user clicked.", "1784393520", (c) => c.event.creativeId),
  text("creative_name", "The name of the ad the user clicked.", "video_15s_v2", (c) => c.event.creativeName),
  text("platform", "The device platform, such as ios or android.", "ios", (c) => c.event.platform),
  text(
    "advertising_id",
    "The device advertising id (IDFA on iOS, GAID on Android).",
    "6D92078A-8246-4BA4-AE5B-76104861E7DC",
    (c) => c.event.advertisingId,
  ),
  text(
    "idfa",
    "The Apple advertising id, when the user allowed tracking.",
    "6D92078A-8246-4BA4-AE5B-76104861E7DC",
    (c) => c.event.idfa,
  ),
  text(
    "gaid",
    "The Google advertising id on Android devices.",
    "38400000-8cf0-11bd-b23e-10b96e40000d",
    (c) => c.event.gaid,
  ),
  text("ip", "The user's IP address at the time of the conversion.", "203.0.113.42", (c) => c.event.ip),
  text(
    "user_agent",
    "The user's browser or app user agent.",
    "MyApp/4.2.0 (iPhone; iOS 18.1; Scale/3.00)",
    (c) => c.event.userAgent,
  ),
  text("country", "The user's two-letter country code, such as US.", "US", (c) => c.event.country),
  text("app_id", "The app's store id or bundle id.", "id1234567890", (c) => c.event.appId),
  text("app_version", "The version of the app that sent the conversion.", "4.2.0", (c) => c.event.appVersion),
  text("network", "The short name (slug) of the ad network receiving this postback.", "tiktok", (c) => c.network.slug),
  text("attempt", "Which try this is: 1 for the first send, 2 for the first retry, and so on.", "1", (c) =>
    String(c.delivery.attempt),
  ),
  text(
    "delivery_id",
    "Our id for this postback; it stays the same across retries.",
    "dlv_01JDA3M8Q4W6E2R7T9Y5U1I3O0",
    (c) => c.delivery.id,
  ),
  date("timestamp", "When this postback is sent (UTC).", "2026-11-27T10:00:02.000Z", (c) => c.now),
];

/** Macros whose name is a prefix plus a key chosen by the user. */
export interface DynamicMacroDefinition {
  prefix: "properties." | "secret.";
  /** How the editor shows it, e.g. "properties.<key>". */
  pattern: string;
  description: string;
  example: string;
  type: MacroValueType;
  get: (ctx: TemplateContext, key: string) => MacroValue;
  /** Secret values are masked in logs and previews. */
  secret: boolean;
}

const ownValue = (record: Record<string, string>, key: string): string | null =>
  Object.hasOwn(record, key) ? record[key] : null;

export const dynamicMacros: readonly DynamicMacroDefinition[] = [
  {
    prefix: "properties.",
    pattern: "properties.<key>",
    description: "A custom property sent with the event, for example {properties.plan}.",
    example: "annual",
    type: "text",
    get: (c, key) => ownValue(c.event.properties, key),
    secret: false,
  },
  {
    prefix: "secret.",
    pattern: "secret.<name>",
    description: "A secret stored for this network, such as an API token; it is hidden in logs.",
    example: "****1f7c",
    type: "text",
    get: (c, key) => ownValue(c.secrets, key),
    secret: true,
  },
];
