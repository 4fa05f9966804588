import { ArrowRight, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";

export interface RuleLine {
  eventName: string;
  partnerEventName: string | null;
  sendRevenue: boolean;
  enabled?: boolean;
}

/** Which of our events go to the network and under what name: a compact, read-only table. */
export function RulesSummary({ rules, emptyText }: { rules: RuleLine[]; emptyText?: React.ReactNode }) {
  if (rules.length === 0) {
    return (
      <p className="flex items-start gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        <span>{emptyText ?? "No forwarding rules yet, so this network receives no postbacks."}</span>
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
      {rules.map((r) => (
        <li key={r.eventName} className="flex flex-wrap items-center gap-2 px-3 py-2">
          <code className="font-mono text-[13px] text-slate-900">
            {r.eventName === "*" ? "every event" : r.eventName}
          </code>
          <ArrowRight className="size-3.5 text-slate-400" aria-hidden />
          <code className="font-mono text-[13px] text-slate-700">
            {r.partnerEventName || (r.eventName === "*" ? "same name" : r.eventName)}
          </code>
          <span className="ml-auto flex gap-1.5">
            {r.enabled === false && <Badge tone="gray">Off</Badge>}
            <Badge tone={r.sendRevenue ? "green" : "gray"}>{r.sendRevenue ? "With revenue" : "No revenue"}</Badge>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function RulesLink({ slug, readOnly }: { slug: string; readOnly?: boolean }) {
  return (
    <Link
      href={`/rules?network=${encodeURIComponent(slug)}`}
      className="text-sm font-medium text-brand-600 hover:text-brand-700"
    >
      {readOnly ? "View rules" : "Edit rules"} →
    </Link>
  );
}
