export interface RuleConfig {
  id: string;
  eventName: string; // exact event name, or "*" for every event without an exact rule
  partnerEventName: string | null; // null: forward under the event's own name
  enabled: boolean;
  sendRevenue: boolean;
  currencyMode: "as_received" | "convert";
  targetCurrency: string | null;
  postInstallWindowDays: number | null;
  platforms: string[]; // empty: any platform
  countries: string[]; // empty: any country
}

export interface NetworkConfig {
  id: string;
  slug: string;
  // Display name for reasons and explanations; the slug is shown when absent.
  name?: string;
  status: "active" | "paused" | "disabled";
  scope: "attributed" | "all";
  acceptanceWindowHours: number | null;
  rules: RuleConfig[];
}

export interface EventFacts {
  name: string;
  occurredAt: Date;
  networkSlug: string | null; // null: organic
  clickAt: Date | null;
  installAt: Date | null;
  platform: string | null;
  country: string | null;
  revenue: string | null;
  currency: string | null;
}

export type Decision =
  | {
      networkId: string;
      status: "pending";
      ruleId: string;
      partnerEventName: string;
      sendRevenue: boolean;
      revenue: string | null;
      currency: string | null;
      fxRate: string | null;
      deadlineAt: Date | null;
      attributed: boolean;
      reason: null;
    }
  | {
      networkId: string;
      status: "filtered" | "expired" | "skipped";
      ruleId: string | null;
      reason: string;
      attributed: boolean;
      partnerEventName: string | null;
      deadlineAt: Date | null;
      sendRevenue: false;
      revenue: null;
      currency: null;
      fxRate: null;
    };

type PendingDecision = Extract<Decision, { status: "pending" }>;
export type ClosedDecision = Exclude<Decision, PendingDecision>;
