"use client";
import { ChevronRight } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";
import { keyed } from "@/components/ui/keyed";
import { Timestamp } from "@/components/ui/timestamp";
import { formatLatency } from "./format";
import type { DeliveryAttempt } from "./types";

const outcomes: Record<string, { label: string; tone: BadgeTone; dot: string }> = {
  delivered: { label: "Delivered", tone: "green", dot: "bg-emerald-500" },
  retry: { label: "Will retry", tone: "amber", dot: "bg-amber-500" },
  failed: { label: "Failed", tone: "red", dot: "bg-red-500" },
  expired: { label: "Expired", tone: "amber", dot: "bg-amber-500" },
  skipped: { label: "Skipped", tone: "gray", dot: "bg-slate-400" },
};

/** Header lists are stored as [{ name, value }] for requests and { name: value } for responses. */
function headerPairs(raw: unknown): [string, string][] {
  if (Array.isArray(raw))
    return raw
      .filter((h) => h && typeof h === "object")
      .map((h) => [String((h as { name?: unknown }).name ?? ""), String((h as { value?: unknown }).value ?? "")]);
  if (raw && typeof raw === "object")
    return Object.entries(raw as Record<string, unknown>).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.join(", ") : String(v),
    ]);
  return [];
}

function prettyBody(body: string): string {
  const t = body.trim();
  if (!(t.startsWith("{") || t.startsWith("["))) return body;
  try {
    return JSON.stringify(JSON.parse(t), null, 2);
  } catch {
    return body;
  }
}

function Headers({ raw }: { raw: unknown }) {
  const pairs = headerPairs(raw);
  if (!pairs.length) return <p className="text-xs text-slate-400">No headers</p>;
  return (
    <table className="w-full text-xs">
      <tbody>
        {keyed(pairs, ([k, v]) => `${k}: ${v}`).map(({ key, item: [k, v] }) => (
          <tr key={key} className="align-top">
            <th scope="row" className="w-2/5 py-0.5 pr-3 text-left font-mono font-normal break-all text-slate-500">
              {k}
            </th>
            <td className="py-0.5 font-mono break-all text-slate-800">{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Body({ body, empty }: { body: string | null; empty: string }) {
  if (body === null || body === "") return <p className="text-xs text-slate-400">{empty}</p>;
  return (
    <pre className="max-h-80 overflow-auto rounded-md bg-slate-900 p-3 font-mono text-xs whitespace-pre-wrap break-all text-slate-100">
      {prettyBody(body)}
    </pre>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <h4 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h4>
      {children}
    </div>
  );
}

function Disclosure({ summary, children }: { summary: React.ReactNode; children: React.ReactNode }) {
  return (
    <details className="group rounded-md border border-slate-200 bg-slate-50/60">
      <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <ChevronRight className="size-4 text-slate-400 transition-transform group-open:rotate-90" aria-hidden />
        {summary}
      </summary>
      <div className="space-y-3 border-t border-slate-200 bg-white px-4 py-3">{children}</div>
    </details>
  );
}

function AttemptItem({ a, last }: { a: DeliveryAttempt; last: boolean }) {
  const o = outcomes[a.outcome] ?? { label: a.outcome, tone: "gray" as BadgeTone, dot: "bg-slate-400" };
  const sent = a.requestMethod !== "";
  return (
    <li className="relative pb-6 pl-8" data-testid={`attempt-${a.number}`}>
      {!last && <span aria-hidden className="absolute top-4 bottom-0 left-[7px] w-px bg-slate-200" />}
      <span aria-hidden className={cn("absolute top-1.5 left-0.5 size-3 rounded-full ring-4 ring-white", o.dot)} />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className="text-sm font-semibold text-slate-900">Attempt {a.number}</h3>
        <Badge tone={o.tone}>{o.label}</Badge>
        {a.test && <Badge tone="violet">Test send</Badge>}
        {a.responseStatus !== null && (
          <span
            className={cn(
              "rounded px-1.5 py-0.5 font-mono text-xs font-medium",
              a.responseStatus < 300
                ? "bg-emerald-50 text-emerald-700"
                : a.responseStatus < 500
                  ? "bg-red-50 text-red-700"
                  : "bg-amber-50 text-amber-800",
            )}
          >
            HTTP {a.responseStatus}
          </span>
        )}
        <span className="text-xs text-slate-500">
          <Timestamp date={a.startedAt} />
        </span>
        {sent && <span className="text-xs text-slate-500">{formatLatency(a.latencyMs)}</span>}
      </div>
      {(a.errorClass || a.errorMessage) && a.outcome !== "delivered" && (
        <p className="mt-1 text-sm text-slate-700">
          {a.errorClass && (
            <span className="mr-1.5 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-600">
              {a.errorClass}
            </span>
          )}
          {a.errorMessage}
        </p>
      )}
      {sent ? (
        <div className="mt-3 grid gap-2 xl:grid-cols-2 xl:items-start">
          <Disclosure
            summary={
              <>
                Request{" "}
                <span className="truncate font-mono text-xs font-normal text-slate-500">
                  {a.requestMethod} {a.requestUrl}
                </span>
              </>
            }
          >
            <Section title="URL">
              <div className="flex items-start gap-2">
                <p className="min-w-0 flex-1 font-mono text-xs break-all text-slate-800">
                  <span className="font-semibold">{a.requestMethod}</span> {a.requestUrl}
                </p>
                <CopyButton value={a.requestUrl} label="Copy URL" />
              </div>
              <p className="mt-1 text-xs text-slate-400">Secret values are masked.</p>
            </Section>
            <Section title="Headers">
              <Headers raw={a.requestHeaders} />
            </Section>
            <Section title="Body">
              <Body body={a.requestBody} empty="No body" />
            </Section>
          </Disclosure>
          <Disclosure
            summary={
              <>
                Response{" "}
                <span className="font-mono text-xs font-normal text-slate-500">
                  {a.responseStatus === null ? "none received" : `HTTP ${a.responseStatus}`}
                </span>
              </>
            }
          >
            {a.responseStatus === null ? (
              <p className="text-sm text-slate-600">
                No response arrived{a.errorMessage ? `: ${a.errorMessage}` : "."}
              </p>
            ) : (
              <>
                <Section title="Headers">
                  <Headers raw={a.responseHeaders} />
                </Section>
                <Section title="Body (first 20 KB)">
                  <Body body={a.responseBody} empty="Empty body" />
                </Section>
              </>
            )}
          </Disclosure>
        </div>
      ) : (
        <p className="mt-1 text-xs text-slate-500">No request was sent.</p>
      )}
    </li>
  );
}

/** Every attempt, newest first: the one that explains the current status is on top. */
export function AttemptTimeline({ attempts }: { attempts: DeliveryAttempt[] }) {
  const ordered = [...attempts].sort((a, b) => b.number - a.number);
  return (
    <ol aria-label="Attempts">
      {ordered.map((a, i) => (
        <AttemptItem key={a.id} a={a} last={i === ordered.length - 1} />
      ))}
    </ol>
  );
}
