// SQLite has one connection per process: a write made outside a transaction must never land
// inside someone else's open transaction, where that transaction's rollback would undo it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execSql } from "@/lib/db/sqlite-direct";
import { createTestDb, resetDb, type TestDb } from "../fixtures/test-db";

describe("the SQLite connection", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb("sqlite");
    await resetDb(t.db);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const setting = (key: string) => t.db.setting.findUnique({ where: { key } });

  it("keeps writes made meanwhile out of a transaction that rolls back", async () => {
    let inside!: () => void;
    const entered = new Promise<void>((r) => {
      inside = r;
    });
    let proceed!: () => void;
    const gate = new Promise<void>((r) => {
      proceed = r;
    });
    const failing = t.db.$transaction(
      async (tx) => {
        await tx.setting.create({ data: { key: "in-tx", value: "1" } });
        inside();
        await gate;
        throw new Error("rolled back on purpose");
      },
      { timeout: 10_000 },
    );
    await entered;
    // Both kinds of stand-alone write start while the transaction is open...
    const prismaWrite = t.db.setting.create({ data: { key: "outside-prisma", value: "1" } });
    const directWrite = execSql(t.db, `INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES (?, ?, ?)`, [
      "outside-direct",
      "1",
      new Date(),
    ]);
    proceed();
    await expect(failing).rejects.toThrow("rolled back on purpose");
    await Promise.all([prismaWrite, directWrite]);
    // ...and survive its rollback, which undoes only its own write.
    expect(await setting("in-tx")).toBeNull();
    expect(await setting("outside-prisma")).toMatchObject({ value: "1" });
    expect(await setting("outside-direct")).toMatchObject({ value: "1" });
  });
});
