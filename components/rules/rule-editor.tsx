"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronLeft, FlaskConical, ListChecks, Lock, Plus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { type NetworkSummary, useNetworks } from "@/components/deliveries/use-networks";
import { ApiRequestError, apiFetch } from "@/components/ui/api";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { DetailSkeleton, LoadFailed } from "@/components/ui/query-states";
import { Th } from "@/components/ui/table";
import {
  draftsFrom,
  emptyRule,
  normalizedRulePayload,
  type RuleDraft,
  type SettingsDraft,
  settingsPayload,
  validateDrafts,
} from "./draft";
import { type DryRunData, DryRunResults } from "./dry-run-results";
import { RuleRow } from "./rule-row";
import { SaveBar } from "./save-bar";
import { ScopeSettings } from "./scope-settings";

const networkUrl = (id: string) => `/api/v1/networks/${encodeURIComponent(id)}`;

/** Loads one network and shows its rule editor; `network` is an id or slug from the URL. */
export function RuleEditor({ network: idOrSlug, canEdit }: { network: string; canEdit: boolean }) {
  const query = useQuery({
    queryKey: ["network", idOrSlug],
    queryFn: ({ signal }) =>
      apiFetch<{ network: NetworkSummary }>(networkUrl(idOrSlug), { signal }).then((r) => r.network),
  });

  if (query.isPending) return <DetailSkeleton label="Loading rules" />;
  if (query.isError) {
    return (
      <LoadFailed
        error={query.error}
        missingTitle="No such network"
        failedTitle="Could not load this network"
        back={{ href: "/rules", label: "Choose a network" }}
        missing={<>There is no network &ldquo;{idOrSlug}&rdquo;. It may have been deleted or renamed.</>}
      />
    );
  }
  return <Editor network={query.data} queryKey={idOrSlug} canEdit={canEdit} />;
}

function payloadOf(rules: RuleDraft[], settings: SettingsDraft) {
  return { rules: rules.map(normalizedRulePayload), ...settingsPayload(settings) };
}

/** The API's `{ "rules.0.eventName": [...] }` as one message per field. */
function firstMessages(fields: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (v[0]) out[k] = v[0].charAt(0).toUpperCase() + v[0].slice(1);
  return out;
}

function Editor({ network, queryKey, canEdit }: { network: NetworkSummary; queryKey: string; canEdit: boolean }) {
  const qc = useQueryClient();
  const router = useRouter();
  const networks = useNetworks();
  const [baseline, setBaseline] = useState(network);
  const [rules, setRules] = useState(() => draftsFrom(network).rules);
  const [settings, setSettings] = useState(() => draftsFrom(network).settings);
  const [showErrors, setShowErrors] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [dryRun, setDryRun] = useState<{ result: DryRunData; payloadKey: string; run: number } | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableSectionElement>(null);

  const payload = useMemo(() => payloadOf(rules, settings), [rules, settings]);
  const payloadKey = JSON.stringify(payload);
  const baselineKey = useMemo(() => {
    const d = draftsFrom(baseline);
    return JSON.stringify(payloadOf(d.rules, d.settings));
  }, [baseline]);
  const dirty = payloadKey !== baselineKey;
  const clientErrors = useMemo(() => validateDrafts(rules, settings), [rules, settings]);
  const errors = showErrors ? { ...serverErrors, ...clientErrors } : serverErrors;
  const readOnly = !canEdit;

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const edit = (fn: () => void) => {
    setServerErrors({});
    fn();
  };
  const updateRule = (key: string, patch: Partial<RuleDraft>) =>
    edit(() => setRules((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r))));
  const addRule = () => {
    edit(() => setRules((rs) => [...rs, emptyRule()]));
    // Focus the new row's event name once it renders.
    requestAnimationFrame(() => tableRef.current?.querySelector<HTMLInputElement>("tr:last-child input")?.focus());
  };

  /** Shows the field messages and focuses the first problem; true when the draft is valid. */
  function checkDraft(): boolean {
    setShowErrors(true);
    if (Object.keys(clientErrors).length === 0) return true;
    toast.error("Fix the highlighted fields first");
    requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
    return false;
  }

  const onApiError = (error: Error) => {
    if (error instanceof ApiRequestError) setServerErrors(firstMessages(error.fields));
    setShowErrors(true);
    toast.error(error.message);
  };

  const runDryRun = useMutation({
    mutationFn: (body: typeof payload) =>
      apiFetch<DryRunData>(`${networkUrl(network.id)}/rules/dry-run`, { method: "POST", body }),
    onSuccess: (result, body) => {
      setDryRun((prev) => ({ result, payloadKey: JSON.stringify(body), run: (prev?.run ?? 0) + 1 }));
      requestAnimationFrame(() => resultsRef.current?.scrollIntoView({ behavior: "smooth", block: "start" }));
    },
    onError: onApiError,
  });

  const save = useMutation({
    mutationFn: async (body: typeof payload) => {
      const before = settingsPayload(draftsFrom(baseline).settings);
      const next = { scope: body.scope, acceptanceWindowHours: body.acceptanceWindowHours };
      if (JSON.stringify(before) !== JSON.stringify(next))
        await apiFetch(networkUrl(network.id), { method: "PATCH", body: next });
      await apiFetch(`${networkUrl(network.id)}/rules`, { method: "PUT", body: { rules: body.rules } });
      return apiFetch<{ network: NetworkSummary }>(networkUrl(network.id)).then((r) => r.network);
    },
    onSuccess: (saved) => {
      qc.setQueryData(["network", queryKey], saved);
      void qc.invalidateQueries({ queryKey: ["networks"] });
      const d = draftsFrom(saved);
      setBaseline(saved);
      setRules(d.rules);
      setSettings(d.settings);
      setShowErrors(false);
      toast.success(`Saved ${saved.rules.length} rule${saved.rules.length === 1 ? "" : "s"} for ${saved.name}`, {
        description:
          "Events received from now on follow them. Events already received keep the decision made when they arrived.",
      });
    },
    onError: onApiError,
  });

  function discard() {
    const d = draftsFrom(baseline);
    setRules(d.rules);
    setSettings(d.settings);
    setServerErrors({});
    setShowErrors(false);
  }

  function switchNetwork(slug: string) {
    if (dirty && !window.confirm("Leave without saving? Your rule changes will be lost.")) return;
    router.push(`/rules?network=${encodeURIComponent(slug)}`);
  }

  const enabledCount = baseline.rules.filter((r) => r.enabled).length;

  return (
    <div className="space-y-6 pb-24">
      <div className="flex items-end justify-between gap-6">
        <div className="min-w-0">
          <Link href="/rules" className="inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
            <ChevronLeft className="size-4" aria-hidden /> All networks
          </Link>
          <h1 className="mt-1 flex items-center gap-3 text-2xl font-semibold tracking-tight text-slate-900">
            {network.name} rules
            {network.status !== "active" && (
              <Badge tone="amber">{network.status === "paused" ? "Paused" : "Disabled"}</Badge>
            )}
          </h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-500">
            Which of your events <span className="font-mono">{network.slug}</span> receives, and under what name.
            Changes apply to events received after you save; run a dry run first to see what they would change.
          </p>
        </div>
        <div className="flex shrink-0 items-end gap-2">
          {networks.data && networks.data.length > 1 && (
            <div className="w-52">
              <label htmlFor="switch-network" className="block text-xs font-medium text-slate-500">
                Network
              </label>
              <Select
                id="switch-network"
                className="mt-1"
                value={network.slug}
                onChange={(e) => switchNetwork(e.target.value)}
              >
                {networks.data.map((n) => (
                  <option key={n.id} value={n.slug}>
                    {n.name}
                  </option>
                ))}
              </Select>
            </div>
          )}
          <ButtonLink href={`/networks/${encodeURIComponent(network.id)}`} variant="secondary">
            Postback settings
          </ButtonLink>
        </div>
      </div>

      {readOnly && (
        <p className="flex items-center gap-2 rounded-md bg-slate-100 px-4 py-2.5 text-sm text-slate-700">
          <Lock className="size-4 shrink-0 text-slate-500" aria-hidden /> You can view these rules but not change them.
          Ask a marketer or an admin to edit them.
        </p>
      )}

      <ScopeSettings
        networkName={network.name}
        settings={settings}
        readOnly={readOnly}
        error={errors.acceptanceWindowHours}
        onChange={(patch) => edit(() => setSettings((cur) => ({ ...cur, ...patch })))}
      />

      <Card>
        <CardHeader
          title="Event mappings"
          description={
            <>
              Our event name on the left, the name {network.name} expects on the right.{" "}
              <span className="font-mono">*</span> matches every event without its own row; a disabled row stops that
              event.
            </>
          }
          actions={
            <span className="text-xs text-slate-500">
              {enabledCount} of {baseline.rules.length} enabled
            </span>
          }
        />
        {rules.length === 0 ? (
          <div className="p-5">
            <EmptyState
              icon={ListChecks}
              title={`${network.name} receives nothing yet`}
              action={
                canEdit ? (
                  <Button onClick={addRule}>
                    <Plus className="size-4" aria-hidden /> Add a mapping
                  </Button>
                ) : undefined
              }
            >
              {canEdit ? (
                <>
                  Add a row for each event to forward, such as <span className="font-mono">purchase</span>, or{" "}
                  <span className="font-mono">*</span> to forward every event under its own name.
                </>
              ) : (
                "No forwarding rules are set for this network, so no events are sent to it."
              )}
            </EmptyState>
          </div>
        ) : (
          <>
            <div className="overflow-x-auto">
              <table
                className="min-w-full divide-y divide-slate-200 text-sm"
                aria-label={`Forwarding rules for ${network.name}`}
              >
                <thead>
                  <tr>
                    <Th className="px-3!">On</Th>
                    <Th className="px-3!">Our event</Th>
                    <Th className="px-0!">
                      <span className="sr-only">maps to</span>
                    </Th>
                    <Th className="px-3!">Partner event</Th>
                    <Th className="px-3!">Revenue</Th>
                    <Th className="px-3!">Filters</Th>
                    {canEdit && (
                      <Th className="px-3!">
                        <span className="sr-only">Remove</span>
                      </Th>
                    )}
                  </tr>
                </thead>
                <tbody ref={tableRef} className="divide-y divide-slate-100">
                  {rules.map((rule, i) => {
                    const prefix = `rules.${i}.`;
                    const rowErrors = Object.fromEntries(
                      Object.entries(errors)
                        .filter(([k]) => k.startsWith(prefix))
                        .map(([k, v]) => [k.slice(prefix.length), v]),
                    );
                    return (
                      <RuleRow
                        key={rule.key}
                        rule={rule}
                        index={i}
                        readOnly={readOnly}
                        errors={rowErrors}
                        columns={canEdit ? 7 : 6}
                        onChange={(patch) => updateRule(rule.key, patch)}
                        onRemove={() => edit(() => setRules((rs) => rs.filter((r) => r.key !== rule.key)))}
                      />
                    );
                  })}
                </tbody>
              </table>
            </div>
            {canEdit && (
              <div className="border-t border-slate-100 px-5 py-3">
                <Button variant="secondary" size="sm" onClick={addRule}>
                  <Plus className="size-4" aria-hidden /> Add mapping
                </Button>
              </div>
            )}
          </>
        )}
      </Card>

      <div ref={resultsRef} className="scroll-mt-6">
        <Card>
          <CardHeader
            title="Dry run"
            description={`See what ${canEdit ? "your edited" : "these"} rules would have done with the last 100 events received, next to what actually happened. Nothing is saved or sent.`}
            actions={
              <Button
                variant="secondary"
                onClick={() => checkDraft() && runDryRun.mutate(payload)}
                disabled={runDryRun.isPending}
              >
                <FlaskConical className="size-4" aria-hidden />{" "}
                {runDryRun.isPending ? "Running…" : dryRun ? "Run again" : "Run dry run"}
              </Button>
            }
          />
          <div className="p-5">
            {dryRun ? (
              <DryRunResults key={dryRun.run} result={dryRun.result} stale={dryRun.payloadKey !== payloadKey} />
            ) : (
              <p className="text-sm text-slate-500">
                {canEdit
                  ? "Edit the mappings above, then run a dry run: rows whose outcome would change are highlighted, so you can check before saving."
                  : "Run a dry run to compare these rules with what was recorded for recent events."}
              </p>
            )}
          </div>
        </Card>
      </div>

      {canEdit && (
        <SaveBar
          dirty={dirty}
          saving={save.isPending}
          dryRunning={runDryRun.isPending}
          onDiscard={discard}
          onDryRun={() => checkDraft() && runDryRun.mutate(payload)}
          onSave={() => checkDraft() && save.mutate(payload)}
        />
      )}
    </div>
  );
}
