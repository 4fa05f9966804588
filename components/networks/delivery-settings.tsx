"use client";
import { Field, Input, Select } from "@/components/ui/field";
import { DEFAULT_RETRY_SCHEDULE_SECONDS, formatDuration } from "@/lib/deliveries/retry-policy";
import { describeRetrySchedule, type EditorState } from "./editor-state";

type SettingsKeys =
  | "connectTimeoutMs"
  | "timeoutMs"
  | "rateLimitPerSec"
  | "concurrency"
  | "retrySchedule"
  | "acceptanceWindowHours"
  | "autoDisableAfter"
  | "scope";
const DEFAULT_SCHEDULE = DEFAULT_RETRY_SCHEDULE_SECONDS.map(formatDuration).join(", ");

/** Timeouts, throughput, retries and the safety limits of one network. */
export function DeliverySettings({
  state,
  set,
  error,
  readOnly,
}: {
  state: Pick<EditorState, SettingsKeys>;
  set: <K extends SettingsKeys>(key: K, value: EditorState[K]) => void;
  error: (field: string) => string | null;
  readOnly: boolean;
}) {
  const retry = describeRetrySchedule(state.retrySchedule);
  const number = (
    key: Exclude<SettingsKeys, "scope" | "retrySchedule">,
    label: string,
    hint: string,
    placeholder?: string,
    unit?: string,
  ) => (
    <Field label={label} htmlFor={`net-${key}`} error={error(key)} hint={hint}>
      <div className="relative">
        <Input
          id={`net-${key}`}
          inputMode="numeric"
          value={state[key]}
          readOnly={readOnly}
          placeholder={placeholder}
          invalid={Boolean(error(key))}
          className={unit ? "pr-12" : undefined}
          onChange={(e) => set(key, e.target.value)}
        />
        {unit && (
          <span className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-xs text-slate-400">
            {unit}
          </span>
        )}
      </div>
    </Field>
  );
  return (
    <div className="space-y-5">
      <Field
        label="Which conversions"
        htmlFor="net-scope"
        error={error("scope")}
        hint="Most networks only want the conversions attributed to them; some (e.g. for optimisation) want every conversion."
      >
        <Select
          id="net-scope"
          value={state.scope}
          disabled={readOnly}
          onChange={(e) => set("scope", e.target.value as EditorState["scope"])}
        >
          <option value="attributed">Only conversions attributed to this network</option>
          <option value="all">Every conversion, attributed or not</option>
        </Select>
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        {number("connectTimeoutMs", "Connect timeout", "Give up connecting after this long (100–30000).", "5000", "ms")}
        {number("timeoutMs", "Total timeout", "The whole request, answer included (500–60000).", "15000", "ms")}
        {number(
          "rateLimitPerSec",
          "Rate limit",
          "At most this many postbacks per second. Empty: no limit.",
          "No limit",
          "/ s",
        )}
        {number("concurrency", "Concurrency", "Requests in flight at once (1–256).", "8")}
      </div>
      <Field
        label="Retry schedule"
        htmlFor="net-retrySchedule"
        error={error("retrySchedule") ?? (retry.ok ? null : retry.error)}
        hint={
          retry.ok && retry.summary
            ? `${retry.summary}. Then the postback is marked failed.`
            : `The wait before each attempt; the first is usually 0 (at once). Empty: the default, ${DEFAULT_SCHEDULE}.`
        }
      >
        <Input
          id="net-retrySchedule"
          value={state.retrySchedule}
          readOnly={readOnly}
          placeholder={DEFAULT_SCHEDULE}
          invalid={!retry.ok || Boolean(error("retrySchedule"))}
          className="font-mono text-[13px]"
          onChange={(e) => set("retrySchedule", e.target.value)}
        />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        {number(
          "acceptanceWindowHours",
          "Acceptance window",
          "Partners ignore late conversions: stop retrying this long after the conversion. Empty: no limit.",
          "No limit",
          "hours",
        )}
        {number(
          "autoDisableAfter",
          "Auto-disable after",
          "Pause the network after this many postbacks in a row finally fail. Empty: never.",
          "Never",
          "failures",
        )}
      </div>
    </div>
  );
}
