"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { toast } from "sonner";
import { ApiRequestError, apiFetch } from "@/components/ui/api";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Skeleton } from "@/components/ui/skeleton";
import type { AlertSettingsOutput } from "@/lib/alerts/schemas";

type Draft = {
  successRateThreshold: string;
  minAttempts: string;
  backlogThreshold: string;
  deadlineWarningMinutes: string;
  webhookUrl: string;
};

/** Thresholds and the Slack-compatible webhook (admins only). The URL is write-only: it is a credential. */
export function AlertSettings() {
  const q = useQuery({
    queryKey: ["alert-settings"],
    queryFn: ({ signal }) =>
      apiFetch<{ settings: AlertSettingsOutput }>("/api/v1/alerts/settings", { signal }).then((r) => r.settings),
  });
  return (
    <Card>
      <CardHeader
        title="Alert settings"
        description="Evaluated every minute by the worker. A new alert is posted once to the webhook as Slack-compatible JSON."
      />
      <div className="px-5 py-4">
        {q.isPending ? (
          <Skeleton className="h-40" />
        ) : q.isError ? (
          <p role="alert" className="text-sm text-red-600">
            {q.error.message}
          </p>
        ) : (
          <SettingsForm key={JSON.stringify(q.data)} settings={q.data} />
        )}
      </div>
    </Card>
  );
}

function SettingsForm({ settings }: { settings: AlertSettingsOutput }) {
  const id = useId();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>({
    successRateThreshold: String(settings.successRateThreshold),
    minAttempts: String(settings.minAttempts),
    backlogThreshold: String(settings.backlogThreshold),
    deadlineWarningMinutes: String(settings.deadlineWarningMinutes),
    webhookUrl: "",
  });
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      apiFetch<{ settings: AlertSettingsOutput }>("/api/v1/alerts/settings", { method: "PUT", body }),
    onSuccess: (r) => {
      client.setQueryData(["alert-settings"], r.settings);
      toast.success("Alert settings saved");
    },
  });
  const fields = save.error instanceof ApiRequestError ? save.error.fields : {};
  const err = (k: string) => fields[k]?.[0] ?? null;
  const set = (k: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setDraft({ ...draft, [k]: e.target.value });
  const submit = (extra: Record<string, unknown> = {}) =>
    save.mutate({
      successRateThreshold: Number(draft.successRateThreshold),
      minAttempts: Number(draft.minAttempts),
      backlogThreshold: Number(draft.backlogThreshold),
      deadlineWarningMinutes: Number(draft.deadlineWarningMinutes),
      ...(draft.webhookUrl.trim() ? { webhookUrl: draft.webhookUrl.trim() } : {}),
      ...extra,
    });

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Field
          label="Success rate below (%)"
          htmlFor={`${id}-rate`}
          error={err("successRateThreshold")}
          hint="Over the last hour"
        >
          <Input
            id={`${id}-rate`}
            type="number"
            min={0}
            max={100}
            step="0.1"
            value={draft.successRateThreshold}
            onChange={set("successRateThreshold")}
            invalid={!!err("successRateThreshold")}
          />
        </Field>
        <Field
          label="…with at least (attempts)"
          htmlFor={`${id}-min`}
          error={err("minAttempts")}
          hint="Fewer is too little to judge"
        >
          <Input
            id={`${id}-min`}
            type="number"
            min={1}
            step={1}
            value={draft.minAttempts}
            onChange={set("minAttempts")}
            invalid={!!err("minAttempts")}
          />
        </Field>
        <Field
          label="Backlog above (deliveries)"
          htmlFor={`${id}-backlog`}
          error={err("backlogThreshold")}
          hint="Pending for one network"
        >
          <Input
            id={`${id}-backlog`}
            type="number"
            min={1}
            step={1}
            value={draft.backlogThreshold}
            onChange={set("backlogThreshold")}
            invalid={!!err("backlogThreshold")}
          />
        </Field>
        <Field
          label="Window ends within (minutes)"
          htmlFor={`${id}-deadline`}
          error={err("deadlineWarningMinutes")}
          hint="Pending deliveries about to expire"
        >
          <Input
            id={`${id}-deadline`}
            type="number"
            min={1}
            step={1}
            value={draft.deadlineWarningMinutes}
            onChange={set("deadlineWarningMinutes")}
            invalid={!!err("deadlineWarningMinutes")}
          />
        </Field>
      </div>
      <Field
        label="Webhook URL (Slack-compatible)"
        htmlFor={`${id}-hook`}
        error={err("webhookUrl")}
        hint={
          settings.webhook.configured
            ? `Set: ${settings.webhook.host}/…${settings.webhook.lastFour}. Type a new URL to replace it.`
            : "Not set: alerts only show here."
        }
      >
        <Input
          id={`${id}-hook`}
          type="url"
          autoComplete="off"
          placeholder="https://hooks.slack.com/services/…"
          value={draft.webhookUrl}
          onChange={set("webhookUrl")}
          invalid={!!err("webhookUrl")}
        />
      </Field>
      {save.error && !Object.keys(fields).length && (
        <p role="alert" className="text-sm text-red-600">
          {save.error.message}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save alert settings"}
        </Button>
        {settings.webhook.configured && (
          <Button variant="secondary" disabled={save.isPending} onClick={() => submit({ webhookUrl: null })}>
            Remove webhook
          </Button>
        )}
      </div>
    </form>
  );
}
