import type { NetworkSummary } from "@/components/deliveries/use-networks";
import { ruleInputSchema } from "@/lib/rules/schemas";

/** One row of the rule editor as typed: numbers stay text until saved so a half-typed value is not lost. */
export interface RuleDraft {
  key: string;
  eventName: string;
  partnerEventName: string;
  enabled: boolean;
  sendRevenue: boolean;
  currencyMode: "as_received" | "convert";
  targetCurrency: string;
  postInstallWindowDays: string;
  platforms: string[];
  countries: string[];
}

export interface SettingsDraft {
  scope: "attributed" | "all";
  acceptanceWindowHours: string;
}

let counter = 0;
const newKey = () => `rule-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function emptyRule(): RuleDraft {
  return {
    key: newKey(),
    eventName: "",
    partnerEventName: "",
    enabled: true,
    sendRevenue: false,
    currencyMode: "as_received",
    targetCurrency: "",
    postInstallWindowDays: "",
    platforms: [],
    countries: [],
  };
}

export function draftsFrom(network: NetworkSummary): { rules: RuleDraft[]; settings: SettingsDraft } {
  return {
    rules: network.rules.map((r) => ({
      key: r.id,
      eventName: r.eventName,
      partnerEventName: r.partnerEventName ?? "",
      enabled: r.enabled,
      sendRevenue: r.sendRevenue,
      currencyMode: r.currencyMode,
      targetCurrency: r.targetCurrency ?? "",
      postInstallWindowDays: r.postInstallWindowDays === null ? "" : String(r.postInstallWindowDays),
      platforms: r.platforms,
      countries: r.countries,
    })),
    settings: {
      scope: network.scope,
      acceptanceWindowHours: network.acceptanceWindowHours === null ? "" : String(network.acceptanceWindowHours),
    },
  };
}

const numberOrNull = (s: string) => (s.trim() === "" ? null : Number(s.trim()));

/** The body the rules API and the dry run take. */
function rulePayload(d: RuleDraft) {
  return {
    eventName: d.eventName,
    partnerEventName: d.partnerEventName.trim() || null,
    enabled: d.enabled,
    sendRevenue: d.sendRevenue,
    currencyMode: d.currencyMode,
    targetCurrency: d.sendRevenue && d.currencyMode === "convert" ? d.targetCurrency.trim() || null : null,
    postInstallWindowDays: numberOrNull(d.postInstallWindowDays),
    platforms: d.platforms,
    countries: d.countries,
  };
}

export function settingsPayload(s: SettingsDraft) {
  return { scope: s.scope, acceptanceWindowHours: numberOrNull(s.acceptanceWindowHours) };
}

/** The currency choice only matters when revenue is sent; as saved it resets to "as received". */
export function normalizedRulePayload(d: RuleDraft) {
  const p = rulePayload(d);
  return p.sendRevenue ? p : { ...p, currencyMode: "as_received" as const };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Field messages keyed like the API's (`rules.0.eventName`, `acceptanceWindowHours`), checked in the browser before a round trip. */
export function validateDrafts(rules: RuleDraft[], settings: SettingsDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const firstRow = new Map<string, number>();
  rules.forEach((d, i) => {
    const result = ruleInputSchema.safeParse(normalizedRulePayload(d));
    if (!result.success) {
      for (const issue of result.error.issues)
        errors[`rules.${i}.${String(issue.path[0])}`] ??= capitalize(issue.message);
      return;
    }
    const prior = firstRow.get(result.data.eventName);
    if (prior !== undefined)
      errors[`rules.${i}.eventName`] = `Row ${prior + 1} already maps "${result.data.eventName}"`;
    else firstRow.set(result.data.eventName, i);
  });
  const hours = settingsPayload(settings).acceptanceWindowHours;
  if (hours !== null && !(Number.isInteger(hours) && hours >= 1 && hours <= 2160)) {
    errors.acceptanceWindowHours = "Must be a whole number of hours from 1 to 2160 (90 days), or blank for no window";
  }
  return errors;
}

export const PLATFORM_PATTERN = /^[a-z0-9][a-z0-9_-]{0,31}$/;
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
