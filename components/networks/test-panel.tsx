"use client";
import { useMutation } from "@tanstack/react-query";
import { CircleAlert, Send, Timer } from "lucide-react";
import { toast } from "sonner";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { PreviewRequest } from "@/lib/networks/preview";
import { networksApi, type TestResponse } from "./api";
import { RequestView } from "./request-view";

const ERROR_TEXT: Record<string, string> = {
  blocked_target: "Blocked: this address is not allowed",
  timeout: "Timed out",
  connect_timeout: "Could not connect in time",
  connection: "Connection failed",
  dns: "Host not found",
  tls: "TLS (HTTPS) error",
  invalid_request: "The request could not be sent",
};

function statusTone(r: TestResponse["response"]): BadgeTone {
  if (r.errorClass || r.status === null) return "red";
  if (r.status >= 200 && r.status < 300) return "green";
  if (r.status >= 500) return "red";
  return "amber";
}

function verdict(r: TestResponse["response"]): string {
  if (r.errorClass)
    return (
      "Not delivered: the worker would " +
      (r.errorClass === "blocked_target" || r.errorClass === "invalid_request" ? "give up on it." : "retry it later.")
    );
  if (r.status === null) return "";
  if (r.status >= 200 && r.status < 300) return "Accepted: a real postback getting this answer counts as delivered.";
  if (r.status === 408 || r.status === 425 || r.status === 429 || r.status >= 500)
    return "Not accepted: the worker would retry it later.";
  return "Rejected: the worker would not retry it. Check the URL, parameters and credentials.";
}

function Response({ result }: { result: TestResponse }) {
  const r = result.response;
  const headers = r.headers ? Object.entries(r.headers) : [];
  return (
    <div className="space-y-3" data-testid="test-response">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={statusTone(r)} className="text-sm">
          <span data-testid="test-response-status">
            {r.status !== null && !r.errorClass
              ? `HTTP ${r.status}`
              : (ERROR_TEXT[r.errorClass ?? ""] ?? "No response")}
          </span>
        </Badge>
        <span className="inline-flex items-center gap-1 text-xs text-slate-500">
          <Timer className="size-3.5" aria-hidden />
          {r.latencyMs} ms
        </span>
        <span className="text-xs text-slate-400">
          · sent <RelativeTime date={result.sentAt} />
        </span>
      </div>
      <p className="text-xs text-slate-600">{verdict(r)}</p>
      {r.errorMessage && (
        <p
          className="flex items-start gap-2 rounded-md bg-red-50 px-3 py-2 text-xs text-red-700"
          data-testid="test-response-error"
        >
          <CircleAlert className="mt-px size-3.5 shrink-0" aria-hidden />
          {r.errorMessage}
        </p>
      )}
      {r.body !== null && (
        <div>
          <p className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">
            Response body
            {r.truncated && (
              <span className="font-normal normal-case tracking-normal text-slate-400"> (first 20 KB)</span>
            )}
          </p>
          <pre
            className="mt-1.5 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-50 px-3 py-2 font-mono text-xs leading-5 text-slate-800 ring-1 ring-inset ring-slate-200"
            data-testid="test-response-body"
          >
            {r.body === "" ? <span className="text-slate-400">(empty)</span> : r.body}
          </pre>
        </div>
      )}
      {headers.length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer font-medium text-slate-600 hover:text-slate-900">
            Response headers ({headers.length})
          </summary>
          <dl className="mt-1.5 divide-y divide-slate-100 rounded-md border border-slate-200">
            {headers.map(([k, v]) => (
              <div key={k} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 px-3 py-1.5">
                <dt className="truncate font-mono text-slate-500">{k}</dt>
                <dd className="break-all font-mono text-slate-900">{v}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}

/** Sends the postback once, for real, and shows the request that went out and the answer. */
export function TestPanel({
  networkId,
  postback,
  eventId,
  blockedReason,
  usesUnsaved,
}: {
  networkId: string;
  postback: PreviewRequest["postback"];
  eventId: string;
  blockedReason: string | null;
  usesUnsaved: boolean;
}) {
  const send = useMutation({
    mutationFn: () => networksApi.test(networkId, { postback, ...(eventId ? { eventId } : {}) }),
    onError: (e) => toast.error("Test not sent", { description: e.message }),
  });
  const result = send.data;
  return (
    <Card aria-label="Test postback">
      <CardHeader
        title={
          <span className="inline-flex items-center gap-2">
            <Send className="size-4 text-slate-400" aria-hidden /> Test postback
          </span>
        }
        description={
          usesUnsaved
            ? "Sends your edited template, unsaved, with the real secrets."
            : "Sends this postback once, for real, with the real secrets."
        }
        actions={
          <Button
            onClick={() => send.mutate()}
            disabled={send.isPending || Boolean(blockedReason)}
            title={blockedReason ?? undefined}
          >
            <Send className="size-4" aria-hidden />
            {send.isPending ? "Sending…" : "Send test postback"}
          </Button>
        }
      />
      <div className="space-y-5 px-5 py-4">
        {blockedReason && <p className="text-sm text-slate-500">{blockedReason}</p>}
        {!result && !blockedReason && !send.isPending && (
          <p className="text-sm text-slate-500">
            The partner receives a real request (marked with an{" "}
            <code className="font-mono text-xs">X-Ricochet-Test</code> header) for the event chosen in the preview.
            Nothing is recorded as a delivery.
          </p>
        )}
        {send.isPending && <p className="text-sm text-slate-500">Waiting for the partner to answer…</p>}
        {result && (
          <>
            <section aria-label="Response received">
              <h3 className="mb-2 text-xs font-semibold text-slate-900">Response received</h3>
              <Response result={result} />
            </section>
            <section aria-label="Request sent">
              <h3 className="mb-2 text-xs font-semibold text-slate-900">
                Request sent <span className="font-normal text-slate-400">(secrets hidden)</span>
              </h3>
              <p className="flex items-start gap-2 rounded-md bg-slate-50 px-3 py-2 ring-1 ring-inset ring-slate-200">
                <span className="font-mono text-xs font-semibold text-slate-500">{result.request.method}</span>
                <code className="min-w-0 flex-1 break-all font-mono text-xs text-slate-700">{result.request.url}</code>
              </p>
              <details className="mt-2">
                <summary className="cursor-pointer text-xs font-medium text-slate-600 hover:text-slate-900">
                  Headers and body
                </summary>
                <div className="mt-3">
                  <RequestView request={result.request} testId="test-request" />
                </div>
              </details>
            </section>
          </>
        )}
      </div>
    </Card>
  );
}
