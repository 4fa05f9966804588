import { Badge, type BadgeTone } from "@/components/ui/badge";
import { type Access, roleLabels } from "@/lib/auth/permissions";

const tones: Record<Access, BadgeTone> = { admin: "violet", marketer: "blue", analyst: "gray", ingest: "amber" };

export function AccessBadge({ access }: { access: Access }) {
  return <Badge tone={tones[access]}>{roleLabels[access]}</Badge>;
}

/** One line per access level, shared by the user and API key forms. */
export const accessDescriptions: Record<Access, string> = {
  admin: "Everything, including users, API keys, secrets and the audit log.",
  marketer: "Edits networks and rules, tests postbacks, replays deliveries and sends events.",
  analyst: "Read-only access to events, deliveries and reports, and can import network reports.",
  ingest: "Can only send events to /api/v1/events. Give one to each MMP.",
};
