"use client";
import { useMutation } from "@tanstack/react-query";
import { KeyRound, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { apiFetch } from "@/components/ui/api";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { InlineConfirm } from "@/components/ui/inline-confirm";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, Td, Th } from "@/components/ui/table";
import type { ApiKeyOutput } from "@/lib/api-keys/schemas";
import { can } from "@/lib/auth/permissions";
import { AccessBadge } from "./access-badge";
import { type CreatedApiKey, NewApiKeyForm } from "./new-api-key-form";
import { OneTimeSecret } from "./one-time-secret";

const sampleEvent = `{"id":"evt-1","name":"install","occurredAt":"2026-11-27T10:00:00Z","network":"acme","clickId":"abc"}`;

function exampleCommand(origin: string, created: CreatedApiKey): { label: string; command: string } {
  const auth = `-H "Authorization: Bearer ${created.key}"`;
  if (can(created.apiKey.access, "events:ingest")) {
    return {
      label: "Send a test event",
      command: `curl -X POST ${origin}/api/v1/events \\\n  ${auth} \\\n  -H "Content-Type: application/json" \\\n  -d '${sampleEvent}'`,
    };
  }
  return { label: "List recent events", command: `curl ${origin}/api/v1/events \\\n  ${auth}` };
}

export function ApiKeysTable({ apiKeys }: { apiKeys: ApiKeyOutput[] }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [formOpen, setFormOpen] = useState(false);
  const [created, setCreated] = useState<(CreatedApiKey & { origin: string }) | null>(null);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const refresh = () => startRefresh(() => router.refresh());

  const revoke = useMutation({
    mutationFn: (key: ApiKeyOutput) => apiFetch(`/api/v1/api-keys/${encodeURIComponent(key.id)}`, { method: "DELETE" }),
    onSuccess: (_data, key) => {
      setConfirmingId(null);
      toast.success(`Revoked “${key.name}”`, { description: "Requests using this key are now refused." });
      refresh();
    },
    onError: (error) => toast.error(error.message),
  });
  const busy = (id: string) => revoke.isPending && revoke.variables?.id === id;

  function onCreated(result: CreatedApiKey) {
    setFormOpen(false);
    setCreated({ ...result, origin: window.location.origin });
    refresh();
  }
  const openForm = () => {
    setCreated(null);
    setFormOpen(true);
  };
  const example = created ? exampleCommand(created.origin, created) : null;
  const active = apiKeys.filter((k) => !k.revokedAt).length;

  return (
    <div className="space-y-4">
      {created && example && (
        <OneTimeSecret
          title={`API key “${created.apiKey.name}”`}
          value={created.key}
          onDismiss={() => setCreated(null)}
          testId="created-api-key"
        >
          <div className="mt-4">
            <div className="flex items-center justify-between gap-2">
              <p className="text-xs font-medium text-amber-900">{example.label}</p>
              <CopyButton value={example.command} label="Copy command" />
            </div>
            <pre className="mt-2 overflow-x-auto rounded-md bg-slate-900 px-4 py-3 font-mono text-xs leading-relaxed text-slate-100">
              <code>{example.command}</code>
            </pre>
            <p className="mt-2 text-xs text-amber-800">
              Sender <code className="font-mono">{created.apiKey.sender}</code>: events are de-duplicated per sender, so
              a replacement key for the same MMP should use it too.
            </p>
          </div>
        </OneTimeSecret>
      )}

      <Card>
        <CardHeader
          title="API keys"
          description={
            apiKeys.length
              ? `${active} active · MMPs send events with ingest-only keys; scripts use role keys.`
              : "Keys let MMPs and scripts call the Ricochet API."
          }
          actions={
            <Button onClick={openForm} disabled={formOpen}>
              <Plus className="size-4" aria-hidden /> New API key
            </Button>
          }
        />
        {formOpen && <NewApiKeyForm onCancel={() => setFormOpen(false)} onCreated={onCreated} />}

        {apiKeys.length === 0 ? (
          !formOpen && (
            <div className="p-5">
              <EmptyState icon={KeyRound} title="No API keys yet">
                Create an <strong className="font-medium text-slate-700">Ingest only</strong> key for each MMP
                (AppsFlyer, Adjust, Branch…) and paste it into its postback settings. Events start arriving under Events
                as soon as the MMP sends one.
              </EmptyState>
            </div>
          )
        ) : (
          <Table aria-busy={refreshing || undefined}>
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Key</Th>
                <Th>Access</Th>
                <Th>Sender</Th>
                <Th>Created</Th>
                <Th>Last used</Th>
                <Th>Status</Th>
                <Th className="text-right">Actions</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 bg-white">
              {apiKeys.map((k) => (
                <tr
                  key={k.id}
                  data-testid={`api-key-row-${k.prefix}`}
                  className={cn(k.revokedAt && "bg-slate-50/60 text-slate-400")}
                >
                  <Td
                    className={cn(
                      "font-medium",
                      k.revokedAt ? "text-slate-500 line-through decoration-slate-300" : "text-slate-900",
                    )}
                  >
                    {k.name}
                  </Td>
                  <Td>
                    <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
                      {k.prefix}…
                    </code>
                  </Td>
                  <Td>
                    <AccessBadge access={k.access} />
                  </Td>
                  <Td>
                    <code className="font-mono text-xs text-slate-600">{k.sender}</code>
                  </Td>
                  <Td>
                    <RelativeTime date={k.createdAt} />
                  </Td>
                  <Td>
                    <RelativeTime date={k.lastUsedAt} fallback="Never" />
                  </Td>
                  <Td>
                    {k.revokedAt ? (
                      <span className="inline-flex items-center gap-1.5">
                        <Badge tone="red">Revoked</Badge>{" "}
                        <RelativeTime date={k.revokedAt} className="text-xs text-slate-500" />
                      </span>
                    ) : (
                      <Badge tone="green">Active</Badge>
                    )}
                  </Td>
                  <Td className="text-right">
                    {k.revokedAt ? null : confirmingId === k.id ? (
                      <InlineConfirm
                        label={`Confirm revoking ${k.name}`}
                        warning="Requests with it fail at once."
                        confirm="Confirm revoke"
                        pending="Revoking…"
                        busy={busy(k.id)}
                        onCancel={() => setConfirmingId(null)}
                        onConfirm={() => revoke.mutate(k)}
                      />
                    ) : (
                      <Button size="sm" variant="secondary" onClick={() => setConfirmingId(k.id)}>
                        Revoke<span className="sr-only"> {k.name}</span>
                      </Button>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
