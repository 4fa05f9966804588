import type { TemplateContext } from "./context";

/**
 * A realistic iOS purchase for previews and tests. Some values are deliberately awkward
 * (an en dash, "&" and "%" in names, a space in the user agent) so previews show real encoding.
 * The secret is a placeholder: previews substitute the network's own secret names.
 */
export const sampleTemplateContext: TemplateContext = {
  event: {
    id: "evt_01JDA3M7ZK2V6Q9W3X5Y7Z1A3B",
    externalId: "6f1c2a9e-8b3d-4e7a-9c51-2d0f4b7e8a13",
    name: "purchase",
    occurredAt: new Date("2026-11-27T10:00:00.000Z"),
    clickId: "CjwKCAiA9ourBhAVEiwA3L5RFl",
    clickAt: new Date("2026-11-20T08:15:30.000Z"),
    installAt: new Date("2026-11-20T08:42:05.000Z"),
    campaignId: "1784392011",
    campaignName: "Black Friday – US iOS",
    adgroupId: "1784392377",
    adgroupName: "Lookalike 1% & retargeting",
    creativeId: "1784393520",
    creativeName: "video_15s_v2",
    platform: "ios",
    advertisingId: "6D92078A-8246-4BA4-AE5B-76104861E7DC",
    idfa: "6D92078A-8246-4BA4-AE5B-76104861E7DC",
    gaid: null,
    ip: "203.0.113.42",
    userAgent: "MyApp/4.2.0 (iPhone; iOS 18.1; Scale/3.00)",
    country: "US",
    appId: "id1234567890",
    appVersion: "4.2.0",
    properties: { plan: "annual", coupon: "BF50" },
  },
  delivery: {
    id: "dlv_01JDA3M8Q4W6E2R7T9Y5U1I3O0",
    attempt: 1,
    partnerEventName: "CompletePayment",
    revenue: "49.99",
    currency: "USD",
  },
  network: { slug: "tiktok" },
  secrets: { access_token: "sample-token-0000-1f7c" },
  now: new Date("2026-11-27T10:00:02.000Z"),
};
