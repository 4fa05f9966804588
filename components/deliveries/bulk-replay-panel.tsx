"use client";
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2, RotateCcw, X, XCircle } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { ApiRequestError, apiFetch } from "@/components/ui/api";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ReplayJob } from "./types";
import type { NetworkSummary } from "./use-networks";
import { fromLocalInput, toLocalInput } from "./use-url-filters";

const REPLAYABLE = [
  { value: "failed", label: "Failed" },
  { value: "expired", label: "Expired" },
  { value: "skipped", label: "Skipped" },
] as const;
const JOB_POLL_MS = 1_000;
const DAY_MS = 86_400_000;

/**
 * Replays every failed (or expired, or skipped) delivery of one network in a time range, then
 * follows the job until all of them are queued again.
 */
export function BulkReplayPanel({
  networks,
  defaults,
  onClose,
  onShow,
}: {
  networks: NetworkSummary[];
  defaults: { network?: string; status?: string; from?: string; to?: string; time?: string };
  onClose: () => void;
  onShow: (network: string) => void;
}) {
  const id = useId();
  const qc = useQueryClient();
  const [network, setNetwork] = useState(defaults.network ?? "");
  const [status, setStatus] = useState<string>(REPLAYABLE.find((s) => s.value === defaults.status)?.value ?? "failed");
  const [from, setFrom] = useState(toLocalInput(defaults.from ?? new Date(Date.now() - DAY_MS).toISOString()));
  const [to, setTo] = useState(toLocalInput(defaults.to));
  const [time, setTime] = useState(defaults.time === "occurred" ? "occurred" : "created");
  const [jobId, setJobId] = useState<string | null>(null);

  useEffect(() => document.getElementById(`${id}-network`)?.focus(), [id]);

  const start = useMutation({
    mutationFn: () =>
      apiFetch<{ job: ReplayJob }>("/api/v1/deliveries/replay", {
        method: "POST",
        // A blank end means "up to now"; a minute ahead covers deliveries created while the form was open.
        body: {
          network,
          status,
          time,
          from: fromLocalInput(from),
          to: fromLocalInput(to) ?? new Date(Date.now() + 60_000).toISOString(),
        },
      }).then((r) => r.job),
    onSuccess: (job) => setJobId(job.id),
  });

  const job = useQuery({
    queryKey: ["replay-job", jobId],
    queryFn:
      jobId === null
        ? skipToken
        : ({ signal }) =>
            apiFetch<{ job: ReplayJob }>(`/api/v1/replay-jobs/${encodeURIComponent(jobId)}`, { signal }).then(
              (r) => r.job,
            ),
    refetchInterval: (q) => (q.state.data && q.state.data.status !== "running" ? false : JOB_POLL_MS),
  });
  const current = job.data ?? start.data;
  const finished = current && current.status !== "running";

  useEffect(() => {
    if (!finished || !current) return;
    void qc.invalidateQueries({ queryKey: ["deliveries"] });
    if (current.status === "done" && current.total > 0)
      toast.success(`Queued ${current.done} deliveries to send again`);
    if (current.status === "failed") toast.error("The replay stopped part-way; see the server log");
  }, [finished, current, qc]);

  const networkName = networks.find((n) => n.slug === network)?.name ?? network;
  const statusLabel = REPLAYABLE.find((s) => s.value === status)?.label.toLowerCase() ?? status;
  const fieldError = (f: string) => (start.error instanceof ApiRequestError ? start.error.fields[f]?.[0] : undefined);

  return (
    <Card role="region" aria-label="Replay deliveries" className="border-brand-200">
      <CardHeader
        title="Replay deliveries"
        description="Sends them again with a fresh retry schedule. A replay is a deliberate send: the acceptance window no longer applies."
        actions={
          <Button variant="ghost" size="sm" onClick={onClose} aria-label="Close replay panel">
            <X className="size-4" aria-hidden />
          </Button>
        }
      />
      <div className="p-5">
        {!current ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              start.mutate();
            }}
            onKeyDown={(e) => {
              if (e.key === "Escape") onClose();
            }}
          >
            <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
              <Field label="Network" htmlFor={`${id}-network`} error={fieldError("network")}>
                <Select id={`${id}-network`} value={network} onChange={(e) => setNetwork(e.target.value)} required>
                  <option value="" disabled>
                    Choose a network
                  </option>
                  {networks.map((n) => (
                    <option key={n.id} value={n.slug}>
                      {n.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Deliveries that are" htmlFor={`${id}-status`} error={fieldError("status")}>
                <Select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value)}>
                  {REPLAYABLE.map((s) => (
                    <option key={s.value} value={s.value}>
                      {s.label}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Range by" htmlFor={`${id}-time`} error={fieldError("time")}>
                <Select id={`${id}-time`} value={time} onChange={(e) => setTime(e.target.value)}>
                  <option value="created">Created time</option>
                  <option value="occurred">Event time</option>
                </Select>
              </Field>
              <Field
                label={time === "occurred" ? "Event time from" : "Created from"}
                htmlFor={`${id}-from`}
                error={fieldError("from")}
              >
                <Input
                  id={`${id}-from`}
                  type="datetime-local"
                  value={from}
                  onChange={(e) => setFrom(e.target.value)}
                  required
                />
              </Field>
              <Field label="Until" htmlFor={`${id}-to`} error={fieldError("to")} hint="Blank: up to now">
                <Input id={`${id}-to`} type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
              </Field>
            </div>
            {start.error && !Object.keys((start.error as ApiRequestError).fields ?? {}).length && (
              <p role="alert" className="mt-3 text-sm text-red-600">
                {start.error.message}
              </p>
            )}
            <div className="mt-5 flex items-center justify-end gap-2">
              <Button variant="ghost" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" disabled={!network || !from || start.isPending}>
                <RotateCcw className="size-4" aria-hidden />{" "}
                {start.isPending
                  ? "Starting…"
                  : network
                    ? `Replay ${statusLabel} deliveries to ${networkName}`
                    : "Replay"}
              </Button>
            </div>
          </form>
        ) : current.total === 0 ? (
          <div className="flex items-center justify-between gap-4">
            <p className="text-sm text-slate-700">
              Nothing to replay: {networkName} has no {statusLabel} deliveries in that time range.
            </p>
            <Button
              variant="secondary"
              onClick={() => {
                setJobId(null);
                start.reset();
              }}
            >
              Change the range
            </Button>
          </div>
        ) : (
          <div className="space-y-3" data-testid="replay-progress">
            <div className="flex items-center justify-between gap-4 text-sm">
              <p className="flex items-center gap-2 font-medium text-slate-900" aria-live="polite">
                {current.status === "done" ? (
                  <CheckCircle2 className="size-4 text-emerald-600" aria-hidden />
                ) : current.status === "failed" ? (
                  <XCircle className="size-4 text-red-600" aria-hidden />
                ) : null}
                {current.status === "running"
                  ? `Queuing ${statusLabel} deliveries to ${networkName} again…`
                  : current.status === "done"
                    ? `Done: ${current.done} deliveries to ${networkName} are queued and will be sent in the next few seconds.`
                    : `Stopped after ${current.done} of ${current.total}.`}
              </p>
              <span className="tabular-nums text-slate-500">
                {current.done} / {current.total}
              </span>
            </div>
            <ProgressBar
              value={current.done}
              max={current.total}
              label="Replay progress"
              tone={current.status === "failed" ? "red" : current.status === "done" ? "green" : "brand"}
            />
            {finished && (
              <div className="flex justify-end gap-2 pt-1">
                <Button variant="ghost" onClick={onClose}>
                  Close
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    onShow(network);
                    onClose();
                  }}
                >
                  Show the replayed deliveries
                </Button>
              </div>
            )}
          </div>
        )}
      </div>
    </Card>
  );
}
