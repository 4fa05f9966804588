import { describe, expect, it } from "vitest";
import { openApiDocument } from "./document";

describe("openApiDocument", () => {
  const doc = openApiDocument("http://localhost:3000");
  it("describes ingest with the event fields from the zod schema", () => {
    const event = doc.components.schemas.Event as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(event.properties)).toEqual(
      expect.arrayContaining(["id", "name", "occurredAt", "network", "clickId", "revenue", "currency", "properties"]),
    );
    expect(event.required).toEqual(expect.arrayContaining(["id", "name", "occurredAt"]));
    expect(doc.paths["/api/v1/events"].post).toBeDefined();
  });
  it("never exposes secret values in the network output schema", () => {
    const net = JSON.stringify(doc.components.schemas.Network);
    expect(net).toContain("lastFour");
    expect(net).not.toContain("ciphertext");
  });
  it("declares the delivery log's time basis and the events' organic filter", () => {
    type Param = { name: string; schema: { enum?: string[]; default?: unknown; description?: string } };
    const params = (path: string) =>
      (doc.paths[path as keyof typeof doc.paths] as { get: { parameters: Param[] } }).get.parameters;
    const time = params("/api/v1/deliveries").find((p) => p.name === "time");
    expect(time?.schema).toMatchObject({ enum: ["created", "occurred"], default: "created" });
    expect(time?.schema.description).toContain("reconciliation");
    expect(params("/api/v1/events").find((p) => p.name === "organic")?.schema).toMatchObject({
      enum: ["true", "false"],
    });
  });
  it("is serialisable JSON", () => {
    expect(() => JSON.parse(JSON.stringify(doc))).not.toThrow();
  });
});
