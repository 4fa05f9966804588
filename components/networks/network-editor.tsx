"use client";
import { useMutation } from "@tanstack/react-query";
import { Eye, Pause, Play, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { ApiRequestError } from "@/components/ui/api";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import type { NetworkPreset } from "@/lib/networks/presets";
import { lintPostbackConfig } from "@/lib/templates";
import { networksApi } from "./api";
import { DeleteNetwork } from "./delete-network";
import { DeletedNetworkBanner } from "./deleted-network-banner";
import { DeliverySettings } from "./delivery-settings";
import {
  buildCreateBody,
  buildUpdateBody,
  type EditorState,
  type FieldErrors,
  isDirty,
  knownSecretNames,
  type NetworkView,
  postbackBodyOf,
  postbackConfigOf,
  stateFromNetwork,
  stateFromPreset,
} from "./editor-state";
import { NetworkStatusBadge } from "./network-status-badge";
import { PostbackRequestCard } from "./postback-request-card";
import { PreviewPanel } from "./preview-panel";
import { RulesLink, RulesSummary } from "./rules-summary";
import { referencedSecrets, SecretsEditor } from "./secrets-editor";
import { TestPanel } from "./test-panel";

interface EditorPermissions {
  canWrite: boolean;
  canTest: boolean;
  canRotate: boolean;
}

type Props = { permissions: EditorPermissions } & (
  | { mode: "create"; preset: NetworkPreset | null }
  | { mode: "edit"; network: NetworkView }
);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function NetworkEditor(props: Props) {
  const router = useRouter();
  const { canWrite, canTest, canRotate } = props.permissions;
  const readOnly = !canWrite;
  const preset = props.mode === "create" ? props.preset : null;
  const [baseline, setBaseline] = useState<EditorState>(() =>
    props.mode === "edit" ? stateFromNetwork(props.network) : stateFromPreset(preset),
  );
  const [state, setState] = useState<EditorState>(baseline);
  const [saved, setSaved] = useState<NetworkView | null>(props.mode === "edit" ? props.network : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [eventId, setEventId] = useState("");
  const [typing, setTyping] = useState<{ field: string; brace: number } | null>(null);
  const onTypingMacro = (field: string, brace: number | null) => setTyping(brace === null ? null : { field, brace });

  const savedSecrets = saved?.secrets ?? [];
  const secretNames = useMemo(() => knownSecretNames(state, savedSecrets), [state, savedSecrets]);
  const fullLint = useMemo(() => lintPostbackConfig(postbackConfigOf(state), { secretNames }), [state, secretNames]);
  // The "{" of a macro still being typed is unclosed; flagging it would only be noise.
  const lint = useMemo(() => {
    if (!typing || !fullLint[typing.field]) return fullLint;
    const { [typing.field]: list, ...rest } = fullLint;
    const kept = list.filter((e) => e.index !== typing.brace);
    return kept.length ? { ...rest, [typing.field]: kept } : rest;
  }, [fullLint, typing]);
  const problemCount = Object.values(lint).reduce((n, list) => n + list.length, 0);
  const renderable = Object.keys(fullLint).length === 0;
  const dirty = isDirty(state, baseline);

  function set<K extends keyof EditorState>(key: K, value: EditorState[K]) {
    setState((s) => ({ ...s, [key]: value }));
    const apiKey = ["method", "url", "headers", "bodyType", "body"].includes(key) ? `postback.${key}` : key;
    if (errors[apiKey]) setErrors(({ [apiKey]: _cleared, ...rest }) => rest);
  }
  const error = (field: string) => {
    const msg = errors[field]?.[0] ?? Object.entries(errors).find(([k]) => k.startsWith(`${field}.`))?.[1][0];
    return msg ? capitalise(msg) : null;
  };

  const purchaseRule =
    preset?.rules.find((r) => r.eventName === "purchase") ?? preset?.rules.find((r) => r.eventName === "*");
  const previewRequest = useMemo(
    () => ({
      postback: postbackBodyOf(state),
      networkSlug: saved ? saved.id : state.slug.trim() || undefined,
      unsaved: !saved,
      secretNames: secretNames.filter((n) => /^[a-z][a-z0-9_]{0,39}$/.test(n)),
      eventId: eventId || undefined,
      ...(!saved && state.includeRules && purchaseRule?.partnerEventName && !eventId
        ? { partnerEventName: purchaseRule.partnerEventName }
        : {}),
    }),
    [state, saved, secretNames, eventId, purchaseRule],
  );

  function showErrors(found: FieldErrors, message: string) {
    setErrors(found);
    toast.error(message);
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>("[aria-invalid='true']")
        ?.scrollIntoView({ block: "center", behavior: "smooth" }),
    );
  }

  const save = useMutation({
    mutationFn: async () => {
      if (!saved) {
        const { body } = buildCreateBody(state, preset);
        return networksApi.create(body);
      }
      const { body } = buildUpdateBody(state, baseline, savedSecrets);
      return networksApi.update(saved.id, body);
    },
    onSuccess: ({ network }) => {
      setErrors({});
      if (!saved) {
        toast.success(`Created ${network.name}`, {
          description: "Send a test postback to check that the partner accepts it.",
        });
        router.push(`/networks/${network.id}`);
        return;
      }
      const next = stateFromNetwork(network);
      setSaved(network);
      setBaseline(next);
      setState(next);
      toast.success("Changes saved", { description: "New postbacks use them from now on." });
      router.refresh();
    },
    onError: (e) => {
      if (e instanceof ApiRequestError && Object.keys(e.fields).length) showErrors(e.fields, e.message);
      else toast.error(saved ? "Could not save" : "Could not create the network", { description: e.message });
    },
  });

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const templateProblems = Object.values(fullLint).reduce((n, list) => n + list.length, 0);
    if (templateProblems > 0)
      return showErrors(
        {},
        `Fix the ${templateProblems === 1 ? "problem" : `${templateProblems} problems`} in the template first`,
      );
    const found = saved ? buildUpdateBody(state, baseline, savedSecrets).errors : buildCreateBody(state, preset).errors;
    if (Object.keys(found).length) return showErrors(found, "Some fields need attention");
    save.mutate();
  }

  const changeStatus = useMutation({
    mutationFn: (status: "active" | "paused") => {
      // The pause and resume buttons show only once the network is saved.
      if (!saved) throw new Error("Save the network first");
      return networksApi.update(saved.id, { status });
    },
    onSuccess: ({ network }) => {
      setSaved(network);
      setBaseline((b) => ({ ...b, status: network.status }));
      setState((s) => ({ ...s, status: network.status }));
      toast.success(network.status === "paused" ? `Paused ${network.name}` : `${network.name} is active again`, {
        description:
          network.status === "paused" ? "New postbacks wait until you resume it." : "Waiting postbacks are being sent.",
      });
      router.refresh();
    },
    onError: (e) => toast.error("Could not change the status", { description: e.message }),
  });

  const referenced = referencedSecrets([state.url, state.body, ...state.headers.map((h) => h.value)]);
  const status = saved?.status ?? state.status;

  const deleted = Boolean(saved?.archivedAt);
  const statusActions =
    saved && canWrite && !deleted ? (
      status === "active" ? (
        <Button variant="secondary" onClick={() => changeStatus.mutate("paused")} disabled={changeStatus.isPending}>
          <Pause className="size-4" aria-hidden /> Pause
        </Button>
      ) : (
        <Button variant="secondary" onClick={() => changeStatus.mutate("active")} disabled={changeStatus.isPending}>
          <Play className="size-4" aria-hidden /> {status === "disabled" ? "Re-enable" : "Resume"}
        </Button>
      )
    ) : null;

  return (
    <>
      <PageHeader
        title={saved ? saved.name : preset ? `New network from “${preset.name}”` : "New network"}
        description={
          saved ? (
            <span className="inline-flex flex-wrap items-center gap-2">
              <code className="font-mono">{saved.slug}</code>
              {saved.archivedAt ? (
                <Badge tone="gray">Deleted</Badge>
              ) : (
                <NetworkStatusBadge status={status} reason={saved.statusReason} />
              )}
            </span>
          ) : (
            "Describe how this partner wants conversions sent. The preview on the right updates as you type."
          )
        }
        actions={statusActions}
      />

      {saved && deleted && (
        <DeletedNetworkBanner
          network={saved}
          canWrite={canWrite}
          onRestored={(network) => {
            setSaved(network);
            setBaseline((b) => ({ ...b, status: network.status }));
            setState((s) => ({ ...s, status: network.status }));
          }}
        />
      )}
      {saved?.status === "disabled" && (
        <div
          role="alert"
          className="mb-6 flex items-start gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          <div>
            <p className="font-medium">Ricochet stopped sending to this network.</p>
            <p>
              {saved.statusReason ?? "Too many postbacks in a row failed."} Fix the cause, send a test postback, then
              re-enable it.
            </p>
          </div>
        </div>
      )}
      {readOnly && (
        <div
          className="mb-6 flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-600"
          data-testid="read-only-notice"
        >
          <Eye className="size-4 text-slate-400" aria-hidden /> You can view this network, but your role cannot change
          or test it. Ask a marketer or an admin.
        </div>
      )}

      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,460px)]">
        <div className="min-w-0 space-y-6">
          <form
            onSubmit={onSubmit}
            noValidate
            aria-label={saved ? "Edit network" : "New network"}
            className="space-y-6"
          >
            {preset && (
              <div className="rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-900">
                <p>
                  <span className="font-semibold">Example format.</span> “{preset.name}” imitates a common postback
                  shape; it is not a partner&apos;s official integration.
                </p>
                <p className="mt-1 text-brand-700">{preset.setupHint}</p>
              </div>
            )}

            <fieldset disabled={readOnly} className="min-w-0 space-y-6">
              <Card>
                <CardHeader
                  title="Network"
                  description={
                    saved ? undefined : "The slug is how your MMP's events name this network; it cannot change later."
                  }
                />
                <div className="grid gap-5 px-5 py-5 sm:grid-cols-2">
                  <Field label="Name" htmlFor="net-name" error={error("name")}>
                    <Input
                      id="net-name"
                      value={state.name}
                      readOnly={readOnly}
                      invalid={Boolean(error("name"))}
                      onChange={(e) => set("name", e.target.value)}
                      placeholder="Acme Ads"
                    />
                  </Field>
                  {saved ? (
                    <Field label="Slug" htmlFor="net-slug" hint="Fixed: events are matched to the network by it.">
                      <Input id="net-slug" value={saved.slug} readOnly className="font-mono text-slate-500" />
                    </Field>
                  ) : (
                    <Field
                      label="Slug"
                      htmlFor="net-slug"
                      error={error("slug")}
                      hint="Lowercase letters, digits, - and _, as your MMP sends it."
                    >
                      <Input
                        id="net-slug"
                        value={state.slug}
                        invalid={Boolean(error("slug"))}
                        className="font-mono"
                        placeholder="acme-ads"
                        onChange={(e) => set("slug", e.target.value.toLowerCase().replace(/\s+/g, "-"))}
                      />
                    </Field>
                  )}
                  <Field
                    label="Description"
                    htmlFor="net-description"
                    error={error("description")}
                    className="sm:col-span-2"
                  >
                    <Input
                      id="net-description"
                      value={state.description}
                      readOnly={readOnly}
                      placeholder="Optional: who owns this integration, links to the partner's docs…"
                      onChange={(e) => set("description", e.target.value)}
                    />
                  </Field>
                  {!saved && (
                    <Field
                      label="When created"
                      htmlFor="net-status"
                      className="sm:col-span-2"
                      hint="Start paused to check test postbacks before real conversions flow."
                    >
                      <Select
                        id="net-status"
                        value={state.status}
                        onChange={(e) => set("status", e.target.value as EditorState["status"])}
                      >
                        <option value="active">Start sending at once</option>
                        <option value="paused">Start paused</option>
                      </Select>
                    </Field>
                  )}
                </div>
              </Card>

              <PostbackRequestCard
                state={state}
                set={set}
                lint={lint}
                error={error}
                secretNames={secretNames}
                readOnly={readOnly}
                onTypingMacro={onTypingMacro}
              />

              <Card>
                <CardHeader
                  title="Secrets"
                  description="API tokens and keys the partner requires. Stored encrypted, hidden in logs and previews."
                />
                <div className="px-5 py-5">
                  <SecretsEditor
                    saved={savedSecrets}
                    state={state}
                    onChange={(patch) => setState((s) => ({ ...s, ...patch }))}
                    canRotate={canRotate}
                    readOnly={readOnly}
                    referenced={referenced}
                    fieldError={error}
                  />
                </div>
              </Card>

              <Card>
                <CardHeader
                  title="Forwarding rules"
                  description="Which of your events this network receives, and under which name."
                  actions={saved ? <RulesLink slug={saved.slug} readOnly={readOnly} /> : null}
                />
                <div className="space-y-3 px-5 py-5">
                  {saved ? (
                    <RulesSummary rules={saved.rules} />
                  ) : preset && preset.rules.length > 0 ? (
                    <>
                      <label className="flex items-center gap-2 text-sm text-slate-700">
                        <input
                          type="checkbox"
                          className="size-4 rounded border-slate-300 text-brand-600"
                          checked={state.includeRules}
                          onChange={(e) => set("includeRules", e.target.checked)}
                        />
                        Create these suggested rules with the network
                      </label>
                      {state.includeRules && <RulesSummary rules={preset.rules} />}
                      {!state.includeRules && (
                        <p className="text-sm text-slate-500">
                          The network will receive nothing until you add rules on the Rules page.
                        </p>
                      )}
                    </>
                  ) : (
                    <RulesSummary
                      rules={[]}
                      emptyText="After creating the network, add rules on the Rules page to choose which events it receives."
                    />
                  )}
                </div>
              </Card>

              <Card>
                <CardHeader
                  title="Delivery settings"
                  description="Timeouts, throughput and what happens when the partner fails."
                />
                <div className="px-5 py-5">
                  <DeliverySettings state={state} set={set} error={error} readOnly={readOnly} />
                </div>
              </Card>
            </fieldset>

            {canWrite && (
              <div className="sticky bottom-0 z-20 -mx-1 flex items-center justify-end gap-3 rounded-lg border border-slate-200 bg-white/95 px-4 py-3 shadow-lg backdrop-blur">
                <p className="mr-auto text-sm text-slate-500" aria-live="polite">
                  {problemCount > 0 ? (
                    <span className="text-red-600">
                      {problemCount === 1 ? "1 problem" : `${problemCount} problems`} in the template
                    </span>
                  ) : saved ? (
                    dirty ? (
                      "You have unsaved changes"
                    ) : (
                      "All changes saved"
                    )
                  ) : (
                    "Not created yet"
                  )}
                </p>
                {saved && dirty && (
                  <Button
                    variant="ghost"
                    onClick={() => {
                      setState(baseline);
                      setErrors({});
                    }}
                  >
                    Discard
                  </Button>
                )}
                <Button type="submit" disabled={save.isPending || (Boolean(saved) && !dirty)}>
                  {save.isPending ? "Saving…" : saved ? "Save changes" : "Create network"}
                </Button>
              </div>
            )}
          </form>
          {saved && canWrite && !deleted && <DeleteNetwork id={saved.id} name={saved.name} />}
        </div>

        <aside
          className="min-w-0 space-y-6 xl:sticky xl:top-6 xl:max-h-[calc(100vh-3rem)] xl:overflow-y-auto xl:pb-1"
          aria-label="Preview and test"
        >
          <PreviewPanel
            request={previewRequest}
            eventId={eventId}
            onEventIdChange={setEventId}
            problemCount={problemCount}
            renderable={renderable}
          />
          {saved && canTest && (
            <TestPanel
              networkId={saved.id}
              postback={previewRequest.postback}
              eventId={eventId}
              usesUnsaved={dirty}
              blockedReason={renderable ? null : "Fix the template problems to send a test."}
            />
          )}
          {!saved && canTest && (
            <Card className="px-5 py-4 text-sm text-slate-500">
              Create the network to send a test postback with its real secrets.
            </Card>
          )}
        </aside>
      </div>
    </>
  );
}
