import type { Jsonify } from "@/components/ui/api";
import type { getEvent, listEvents } from "@/lib/events/queries";

export type EventList = Jsonify<Awaited<ReturnType<typeof listEvents>>>;
export type EventRow = EventList["events"][number];
export type EventDetail = Jsonify<Awaited<ReturnType<typeof getEvent>>>;
export type EventOutcome = EventDetail["outcomes"][number];
