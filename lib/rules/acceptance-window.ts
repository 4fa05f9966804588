import { formatHours, HOUR_MS } from "./format-elapsed";
import type { EventFacts, NetworkConfig } from "./types";

export interface AcceptanceCheck {
  deadlineAt: Date | null; // null: no window applies
  lateReason: string | null; // null: on time
}

/**
 * When the network stops accepting this event's postback, and whether `now` is already past it.
 * The window runs from the click, or from the install when the MMP sent no click time; with
 * neither, or no window on the network, there is nothing to measure and any time is on time.
 * Exactly at the deadline is still on time.
 */
export function checkAcceptanceWindow(network: NetworkConfig, event: EventFacts, now: Date): AcceptanceCheck {
  const hours = network.acceptanceWindowHours;
  const anchor = event.clickAt ? "click" : "install";
  const from = event.clickAt ?? event.installAt;
  if (hours === null || !from) return { deadlineAt: null, lateReason: null };

  const deadlineAt = new Date(from.getTime() + hours * HOUR_MS);
  if (now.getTime() <= deadlineAt.getTime()) return { deadlineAt, lateReason: null };
  const elapsed = formatHours(now.getTime() - from.getTime());
  const name = network.name ?? network.slug;
  return { deadlineAt, lateReason: `postback would arrive ${elapsed} after the ${anchor}; ${name} accepts ${hours} h` };
}
