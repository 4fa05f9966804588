// The network editor's form state and its translation to the API's create and update bodies,
// checked on the client with the same zod schemas the API uses.
import { formatDuration, parseRetrySchedule } from "@/lib/deliveries/retry-policy";
import { zodFields } from "@/lib/errors";
import type { NetworkPreset } from "@/lib/networks/presets";
import {
  type NetworkCreateInput,
  type NetworkOutput,
  type NetworkUpdateInput,
  networkCreateSchema,
  networkUpdateSchema,
} from "@/lib/networks/schemas";
import type { PostbackConfig } from "@/lib/templates";

type Dated<T> = { [K in keyof T]: T[K] extends Date ? Date | string : T[K] };
/** A network as the page passes it (dates) or an API response returns it (ISO strings). */
export type NetworkView = Dated<Omit<NetworkOutput, "secrets">> & {
  secrets: Dated<NetworkOutput["secrets"][number]>[];
};

export interface HeaderRow {
  key: string;
  name: string;
  value: string;
}
interface NewSecretRow {
  key: string;
  name: string;
  value: string;
  label?: string;
  hint?: string;
}

export interface EditorState {
  name: string;
  slug: string;
  description: string;
  status: NetworkOutput["status"];
  method: PostbackConfig["method"];
  url: string;
  headers: HeaderRow[];
  bodyType: PostbackConfig["bodyType"];
  body: string;
  scope: NetworkOutput["scope"];
  connectTimeoutMs: string;
  timeoutMs: string;
  rateLimitPerSec: string;
  concurrency: string;
  retrySchedule: string;
  acceptanceWindowHours: string;
  autoDisableAfter: string;
  /** Secrets the network does not have yet. */
  newSecrets: NewSecretRow[];
  /** Admins only: new values for existing secrets, by name. */
  replacedSecrets: Record<string, string>;
  /** Admins only: existing secrets to delete. */
  removedSecrets: string[];
  /** Creating from a preset: also create its suggested rules. */
  includeRules: boolean;
}

export type FieldErrors = Record<string, string[]>;

let rowCounter = 0;
export const rowKey = () => `row-${++rowCounter}`;

const num = (n: number | null) => (n === null ? "" : String(n));

const DEFAULT_SETTINGS = { connectTimeoutMs: 5000, timeoutMs: 15000, concurrency: 8 };

export function stateFromNetwork(n: NetworkView): EditorState {
  return {
    name: n.name,
    slug: n.slug,
    description: n.description,
    status: n.status,
    method: n.postback.method,
    url: n.postback.url,
    headers: n.postback.headers.map((h) => ({ key: rowKey(), ...h })),
    bodyType: n.postback.bodyType,
    body: n.postback.body,
    scope: n.scope,
    connectTimeoutMs: num(n.connectTimeoutMs),
    timeoutMs: num(n.timeoutMs),
    rateLimitPerSec: num(n.rateLimitPerSec),
    concurrency: num(n.concurrency),
    retrySchedule: n.retrySchedule ? n.retrySchedule.map(formatDuration).join(", ") : "",
    acceptanceWindowHours: num(n.acceptanceWindowHours),
    autoDisableAfter: num(n.autoDisableAfter),
    newSecrets: [],
    replacedSecrets: {},
    removedSecrets: [],
    includeRules: false,
  };
}

export function stateFromPreset(preset: NetworkPreset | null): EditorState {
  return {
    name: preset?.suggestedName ?? "",
    slug: preset?.suggestedSlug ?? "",
    description: preset ? `Started from the "${preset.name}" example.` : "",
    status: "active",
    method: preset?.postback.method ?? "GET",
    url: preset?.postback.url ?? "https://",
    headers: (preset?.postback.headers ?? []).map((h) => ({ key: rowKey(), ...h })),
    bodyType: preset?.postback.bodyType ?? "none",
    body: preset?.postback.body ?? "",
    scope: "attributed",
    connectTimeoutMs: num(DEFAULT_SETTINGS.connectTimeoutMs),
    timeoutMs: num(DEFAULT_SETTINGS.timeoutMs),
    rateLimitPerSec: "",
    concurrency: num(DEFAULT_SETTINGS.concurrency),
    retrySchedule: "",
    acceptanceWindowHours: "",
    autoDisableAfter: "",
    newSecrets: (preset?.secrets ?? []).map((s) => ({
      key: rowKey(),
      name: s.name,
      value: "",
      label: s.label,
      hint: s.description,
    })),
    replacedSecrets: {},
    removedSecrets: [],
    includeRules: Boolean(preset?.rules.length),
  };
}

export function postbackConfigOf(s: EditorState): PostbackConfig {
  return {
    method: s.method,
    urlTemplate: s.url,
    headers: s.headers.map(({ name, value }) => ({ name, value })),
    bodyType: s.bodyType,
    bodyTemplate: s.body,
  };
}

export function postbackBodyOf(s: EditorState) {
  return {
    method: s.method,
    url: s.url,
    headers: s.headers.map(({ name, value }) => ({ name, value })),
    bodyType: s.bodyType,
    body: s.body,
  };
}

/** Secret names the template may use: saved ones not being removed, plus named new rows. */
export function knownSecretNames(s: EditorState, saved: readonly { name: string }[]): string[] {
  return [
    ...saved.map((x) => x.name).filter((n) => !s.removedSecrets.includes(n)),
    ...s.newSecrets.map((r) => r.name.trim()).filter(Boolean),
  ];
}

/** Human summary of a retry schedule, or the parse error. */
export function describeRetrySchedule(text: string): { ok: true; summary: string } | { ok: false; error: string } {
  if (text.trim() === "") return { ok: true, summary: "" };
  try {
    const delays = parseRetrySchedule(text);
    const total = delays.reduce((a, b) => a + b, 0);
    return {
      ok: true,
      summary: `${delays.length} attempt${delays.length === 1 ? "" : "s"}, the last one ${formatDuration(total)} after the first`,
    };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

function intField(text: string, field: string, nullable: boolean, errors: FieldErrors): number | null {
  const t = text.trim();
  if (t === "") {
    if (!nullable) errors[field] = ["is required"];
    return null;
  }
  if (!/^\d+$/.test(t)) {
    errors[field] = ["must be a whole number"];
    return null;
  }
  return Number(t);
}

function settingsOf(s: EditorState, errors: FieldErrors) {
  let retrySchedule: number[] | null = null;
  if (s.retrySchedule.trim()) {
    try {
      retrySchedule = parseRetrySchedule(s.retrySchedule);
    } catch (e) {
      errors.retrySchedule = [(e as Error).message];
    }
  }
  return {
    description: s.description,
    scope: s.scope,
    connectTimeoutMs:
      intField(s.connectTimeoutMs, "connectTimeoutMs", false, errors) ?? DEFAULT_SETTINGS.connectTimeoutMs,
    timeoutMs: intField(s.timeoutMs, "timeoutMs", false, errors) ?? DEFAULT_SETTINGS.timeoutMs,
    rateLimitPerSec: intField(s.rateLimitPerSec, "rateLimitPerSec", true, errors),
    concurrency: intField(s.concurrency, "concurrency", false, errors) ?? DEFAULT_SETTINGS.concurrency,
    retrySchedule,
    acceptanceWindowHours: intField(s.acceptanceWindowHours, "acceptanceWindowHours", true, errors),
    autoDisableAfter: intField(s.autoDisableAfter, "autoDisableAfter", true, errors),
  };
}

function newSecretsOf(s: EditorState, saved: readonly { name: string }[], errors: FieldErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of s.newSecrets) {
    const name = row.name.trim();
    const key = `secrets.${name || row.key}`;
    if (!name && !row.value) continue;
    if (!name) errors[key] = ["give the secret a name, such as token"];
    else if (saved.some((x) => x.name === name) || name in out)
      errors[key] = [`a secret named "${name}" already exists`];
    else if (!row.value) errors[key] = ["enter the secret's value, or remove this row"];
    else out[name] = row.value;
  }
  return out;
}

function mergeZod(errors: FieldErrors, result: { success: boolean; error?: Parameters<typeof zodFields>[0] }) {
  if (result.success || !result.error) return;
  for (const [k, v] of Object.entries(zodFields(result.error))) errors[k] ??= v;
}

export function buildCreateBody(
  s: EditorState,
  preset: NetworkPreset | null,
): { body: NetworkCreateInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const body: NetworkCreateInput = {
    name: s.name,
    slug: s.slug,
    status: s.status === "paused" ? "paused" : "active",
    presetKey: preset?.key ?? null,
    postback: postbackBodyOf(s),
    secrets: newSecretsOf(s, [], errors),
    rules:
      s.includeRules && preset
        ? preset.rules.map((r) => ({
            eventName: r.eventName,
            partnerEventName: r.partnerEventName,
            sendRevenue: r.sendRevenue,
          }))
        : [],
    ...settingsOf(s, errors),
  };
  mergeZod(errors, networkCreateSchema.safeParse(body));
  return { body, errors };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed since `baseline`, so the audit log names the fields a user really edited. */
export function buildUpdateBody(
  s: EditorState,
  baseline: EditorState,
  saved: readonly { name: string }[],
): { body: NetworkUpdateInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const body: NetworkUpdateInput = {};
  if (s.name !== baseline.name) body.name = s.name;
  if (!same(postbackBodyOf(s), postbackBodyOf(baseline))) body.postback = postbackBodyOf(s);
  const settings = settingsOf(s, errors);
  const before = settingsOf(baseline, {});
  for (const key of Object.keys(settings) as (keyof typeof settings)[]) {
    if (!same(settings[key], before[key])) (body as Record<string, unknown>)[key] = settings[key];
  }
  const secrets: Record<string, string | null> = { ...newSecretsOf(s, saved, errors) };
  for (const [name, value] of Object.entries(s.replacedSecrets)) if (value) secrets[name] = value;
  for (const name of s.removedSecrets) secrets[name] = null;
  if (Object.keys(secrets).length) body.secrets = secrets;
  mergeZod(errors, networkUpdateSchema.safeParse(body));
  return { body, errors };
}

export function isDirty(s: EditorState, baseline: EditorState): boolean {
  const strip = (x: EditorState) => ({
    ...x,
    status: null,
    headers: x.headers.map(({ name, value }) => ({ name, value })),
    newSecrets: x.newSecrets.map(({ name, value }) => ({ name, value })),
    replacedSecrets: Object.entries(x.replacedSecrets).filter(([, v]) => v !== ""),
  });
  return !same(strip(s), strip(baseline));
}
