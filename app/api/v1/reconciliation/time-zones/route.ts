// GET    /api/v1/reconciliation/time-zones            - reporting time zones (daily totals kept) and whether each is ready
// POST   /api/v1/reconciliation/time-zones {tz}       - add a zone, or rebuild one, from the quarter-hour buckets; answers when ready
// DELETE /api/v1/reconciliation/time-zones?tz=Area/City - stop keeping a zone (reconciliation in it falls back to the buckets)
import { dbProvider, getDb } from "@/lib/db";
import { respond, route } from "@/lib/http/route";
import { addReportingZone, deleteReportingZone, listReportingZones } from "@/lib/reconciliation/reporting-zones";
import { reportingZoneSchema } from "@/lib/reconciliation/schemas";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "reconciliation:read" }, async () => ({
  zones: await listReportingZones(getDb()),
}));

export const POST = route({ permission: "settings:manage", body: reportingZoneSchema }, async ({ actor, body }) =>
  respond(await addReportingZone(getDb(), dbProvider(), actor, body.tz), 201),
);

export const DELETE = route({ permission: "settings:manage", query: reportingZoneSchema }, async ({ actor, query }) => {
  await deleteReportingZone(getDb(), actor, query.tz);
});
