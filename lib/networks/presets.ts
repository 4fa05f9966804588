// Example postback formats a marketer can start a network from. They imitate common shapes of
// real ad-network APIs but are not any network's documented contract: every host is a reserved
// `.example` name, so a preset can never be saved and sent as is. Pure data, shared by the API,
// the "new network" page and the editor.
import type { PostbackConfig } from "../templates/postback-config";

interface PresetSecret {
  /** Used in templates as {secret.<name>}. */
  name: string;
  label: string;
  description: string;
}

interface PresetRule {
  eventName: string;
  partnerEventName: string;
  sendRevenue: boolean;
}

export interface NetworkPreset {
  key: string;
  name: string;
  /** What kind of partner uses this shape, in a sentence. */
  description: string;
  /** Always true: presets are illustrations to adapt, not verified integrations. */
  example: true;
  /** A suggested name and slug for the network; the marketer changes them. */
  suggestedName: string;
  suggestedSlug: string;
  postback: {
    method: PostbackConfig["method"];
    url: string;
    headers: PostbackConfig["headers"];
    bodyType: PostbackConfig["bodyType"];
    body: string;
  };
  rules: PresetRule[];
  secrets: PresetSecret[];
  /** What the marketer must change before going live. */
  setupHint: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const networkPresets: readonly NetworkPreset[] = [
  {
    key: "generic-get-pixel",
    name: "Generic S2S pixel (GET)",
    description: "The most common postback: a GET request with the click id, event and revenue in the query string.",
    example: true,
    suggestedName: "Acme Ads",
    suggestedSlug: "acme-ads",
    postback: {
      method: "GET",
      url: "https://postback.acme-ads.example/s2s?click_id={click_id|required}&event={partner_event_name}&revenue={revenue|default:0}&currency={currency|omit}&event_id={event_id}",
      headers: [],
      bodyType: "none",
      body: "",
    },
    rules: [
      { eventName: "install", partnerEventName: "install", sendRevenue: false },
      { eventName: "purchase", partnerEventName: "purchase", sendRevenue: true },
    ],
    secrets: [],
    setupHint:
      "Replace postback.acme-ads.example/s2s with the postback URL from your partner, and rename the query parameters to theirs.",
  },
  {
    key: "meta-like-conversions",
    name: "Meta-like Conversions API (JSON POST)",
    description: "A JSON POST of server events with a bearer token, in the style of social-network conversion APIs.",
    example: true,
    suggestedName: "Social Graph Ads",
    suggestedSlug: "social-graph",
    postback: {
      method: "POST",
      url: "https://graph.social-ads.example/v1/{properties.pixel_id|default:1234567890}/events",
      headers: [{ name: "Authorization", value: "Bearer {secret.token}" }],
      bodyType: "json",
      body: json({
        data: [
          {
            event_name: "{partner_event_name}",
            event_time: "{event_time|unix|number}",
            event_id: "{event_id}",
            action_source: "app",
            user_data: {
              madid: "{advertising_id|omit}",
              client_ip_address: "{ip|omit}",
              client_user_agent: "{user_agent|omit}",
              country: "{country|lower|sha256|omit}",
            },
            custom_data: { value: "{revenue|number|omit}", currency: "{currency|omit}" },
          },
        ],
      }),
    },
    rules: [
      { eventName: "install", partnerEventName: "MobileAppInstall", sendRevenue: false },
      { eventName: "registration", partnerEventName: "CompleteRegistration", sendRevenue: false },
      { eventName: "purchase", partnerEventName: "Purchase", sendRevenue: true },
    ],
    secrets: [
      {
        name: "token",
        label: "Access token",
        description: "The system-user access token from the partner's events manager.",
      },
    ],
    setupHint: "Replace graph.social-ads.example with the partner's API host and set your pixel or dataset id.",
  },
  {
    key: "tiktok-like-events",
    name: "TikTok-like Events API (JSON POST)",
    description: "A JSON POST with an Access-Token header and the click id (ttclid-style) inside the body.",
    example: true,
    suggestedName: "ShortVideo Ads",
    suggestedSlug: "shortvideo",
    postback: {
      method: "POST",
      url: "https://business-api.shortvideo-ads.example/open_api/v1.3/event/track/",
      headers: [{ name: "Access-Token", value: "{secret.access_token}" }],
      bodyType: "json",
      body: json({
        event_source: "app",
        event_source_id: "{app_id}",
        data: [
          {
            event: "{partner_event_name}",
            event_time: "{event_time|unix|number}",
            event_id: "{event_id}",
            user: { ttclid: "{click_id|omit}", idfa: "{idfa|omit}", gaid: "{gaid|omit}", ip: "{ip|omit}" },
            properties: { value: "{revenue|number|omit}", currency: "{currency|omit}" },
          },
        ],
      }),
    },
    rules: [
      { eventName: "install", partnerEventName: "InstallApp", sendRevenue: false },
      { eventName: "registration", partnerEventName: "Registration", sendRevenue: false },
      { eventName: "purchase", partnerEventName: "CompletePayment", sendRevenue: true },
    ],
    secrets: [{ name: "access_token", label: "Access token", description: "The long-lived Events API access token." }],
    setupHint:
      "Replace business-api.shortvideo-ads.example with the partner's API host; event_source_id is your app id there.",
  },
  {
    key: "google-ads-like-gclid",
    name: "Google-Ads-like offline conversion (GET with gclid)",
    description: "A GET that reports a conversion against the ad click id (gclid) with the conversion time and value.",
    example: true,
    suggestedName: "Search Ads",
    suggestedSlug: "search-ads",
    postback: {
      method: "GET",
      url: "https://conversions.search-ads.example/pagead/conversion?gclid={click_id|required}&conversion_action={partner_event_name}&conversion_time={event_time|unix}&value={revenue|default:0}&currency_code={currency|default:USD}&order_id={event_id}",
      headers: [],
      bodyType: "none",
      body: "",
    },
    rules: [
      { eventName: "purchase", partnerEventName: "app_purchase", sendRevenue: true },
      { eventName: "subscription", partnerEventName: "app_subscribe", sendRevenue: true },
    ],
    secrets: [],
    setupHint:
      "Replace conversions.search-ads.example with the partner's endpoint; the conversion_action values must exist in their account.",
  },
  {
    key: "affiliate-tracker",
    name: "Affiliate tracker (GET with click id and payout)",
    description:
      "An affiliate or CPA network postback: the click id, the payout and a transaction id, typically for purchases only.",
    example: true,
    suggestedName: "PartnerHub Affiliates",
    suggestedSlug: "partnerhub",
    postback: {
      method: "GET",
      url: "https://track.partnerhub.example/postback?clickid={click_id|required}&payout={revenue|default:0}&currency={currency|default:USD}&txid={event_id}&goal={partner_event_name}&status=approved",
      headers: [],
      bodyType: "none",
      body: "",
    },
    rules: [{ eventName: "purchase", partnerEventName: "sale", sendRevenue: true }],
    secrets: [],
    setupHint:
      "Replace track.partnerhub.example with your tracker's postback domain; some trackers call the click id subid or aff_sub.",
  },
  {
    key: "json-webhook",
    name: "JSON webhook (POST)",
    description:
      "A generic webhook for your own systems or a partner that takes JSON, authenticated with a shared token header.",
    example: true,
    suggestedName: "Internal webhook",
    suggestedSlug: "internal-webhook",
    postback: {
      method: "POST",
      url: "https://hooks.acme-ads.example/ricochet/conversions",
      headers: [{ name: "X-Webhook-Token", value: "{secret.webhook_token}" }],
      bodyType: "json",
      body: json({
        id: "{delivery_id}",
        event: "{event_name}",
        partner_event: "{partner_event_name}",
        occurred_at: "{event_time}",
        click_id: "{click_id|omit}",
        revenue: "{revenue|number|omit}",
        currency: "{currency|omit}",
        campaign: { id: "{campaign_id|omit}", name: "{campaign_name|omit}" },
        device: { platform: "{platform|omit}", advertising_id: "{advertising_id|omit}", country: "{country|omit}" },
        attempt: "{attempt|number}",
      }),
    },
    rules: [{ eventName: "*", partnerEventName: "", sendRevenue: true }],
    secrets: [
      {
        name: "webhook_token",
        label: "Webhook token",
        description: "A shared token the receiver checks; generate a long random value.",
      },
    ],
    setupHint: "Replace hooks.acme-ads.example with your webhook's address.",
  },
];

export function findPreset(key: string | null | undefined): NetworkPreset | null {
  return networkPresets.find((p) => p.key === key) ?? null;
}
