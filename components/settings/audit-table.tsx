import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, Td, Th } from "@/components/ui/table";

export interface AuditEntry {
  id: string;
  at: Date;
  actorType: string;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: string;
}

function actionTone(action: string): BadgeTone {
  const verb = action.slice(action.lastIndexOf(".") + 1);
  if (verb.includes("create")) return "green";
  if (verb.includes("delete") || verb.includes("revoke") || verb.includes("disable")) return "red";
  if (verb.includes("replay")) return "amber";
  if (verb.includes("update") || verb.includes("replace") || verb.includes("rotate")) return "blue";
  return "gray";
}

const actorTypeLabel: Record<string, string> = { user: "User", api_key: "API key", system: "System" };

function compactDetails(details: string): string | null {
  try {
    const parsed: unknown = JSON.parse(details);
    if (parsed && typeof parsed === "object" && Object.keys(parsed).length === 0) return null;
    return JSON.stringify(parsed);
  } catch {
    return details || null;
  }
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Time (UTC)</Th>
          <Th>Actor</Th>
          <Th>Action</Th>
          <Th>Target</Th>
          <Th>Details</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 bg-white">
        {entries.map((e) => {
          const details = compactDetails(e.details);
          return (
            <tr key={e.id} className="align-top">
              <Td>
                <div className="font-mono text-xs text-slate-700">
                  {format(e.at, "yyyy-MM-dd HH:mm:ss", { in: tz("UTC") })}
                </div>
                <RelativeTime date={e.at} className="text-xs text-slate-400" />
              </Td>
              <Td>
                <div className="max-w-56 truncate text-slate-900" title={e.actorLabel}>
                  {e.actorLabel}
                </div>
                <div className="text-xs text-slate-400">{actorTypeLabel[e.actorType] ?? e.actorType}</div>
              </Td>
              <Td>
                <Badge tone={actionTone(e.action)} className="font-mono">
                  {e.action}
                </Badge>
              </Td>
              <Td>
                {e.targetType ? (
                  <>
                    <div className="text-slate-700">{e.targetType.replace(/_/g, " ")}</div>
                    {e.targetId && (
                      <div className="max-w-44 truncate font-mono text-xs text-slate-400" title={e.targetId}>
                        {e.targetId}
                      </div>
                    )}
                  </>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </Td>
              <Td className="max-w-md">
                {details ? (
                  <code className="block truncate font-mono text-xs text-slate-600" title={details}>
                    {details}
                  </code>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
