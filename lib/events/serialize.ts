import type { ConversionEvent } from "../db/generated/sqlite/client";

export function serializeEvent(e: ConversionEvent) {
  let properties: Record<string, string> = {};
  try {
    properties = JSON.parse(e.properties) as Record<string, string>;
  } catch {}
  const { revenueMicros: _micros, sender, externalId, networkSlug, ...rest } = e;
  return { ...rest, externalId, sender, network: networkSlug, properties };
}
