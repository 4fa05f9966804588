import { Badge } from "@/components/ui/badge";
import { Tooltip } from "@/components/ui/tooltip";
import type { NetworkOutput } from "@/lib/networks/schemas";

const LABELS = { active: "Active", paused: "Paused", disabled: "Auto-disabled" } as const;

/** Active, paused or auto-disabled; the reason (who paused it, which failures disabled it) on hover. */
export function NetworkStatusBadge({ status, reason }: { status: NetworkOutput["status"]; reason?: string | null }) {
  const badge = (
    <Badge tone={status === "active" ? "green" : status === "paused" ? "gray" : "red"}>
      <span
        className={
          status === "active"
            ? "mr-1.5 size-1.5 rounded-full bg-emerald-500"
            : status === "paused"
              ? "mr-1.5 size-1.5 rounded-full bg-slate-400"
              : "mr-1.5 size-1.5 rounded-full bg-red-500"
        }
        aria-hidden
      />
      {LABELS[status]}
    </Badge>
  );
  if (!reason || status === "active") return badge;
  return (
    <Tooltip content={reason}>
      <button type="button" className="cursor-help rounded-md" aria-label={`${LABELS[status]}: ${reason}`}>
        {badge}
      </button>
    </Tooltip>
  );
}
