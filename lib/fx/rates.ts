import "server-only";
import { z } from "zod";
import { type AuditActor, recordAudit } from "../audit/record";
import type { Db } from "../db";
import { newId } from "../ids";
import { normalizeDecimal } from "../money";

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR");

export const fxRatesInputSchema = z.object({
  rates: z
    .array(
      z.object({
        currency: code,
        quote: code,
        rate: z
          .union([z.string(), z.number()])
          .transform(String)
          .pipe(z.string().regex(/^\d{1,12}(\.\d{1,12})?$/, "must be a positive decimal such as 1.0837")),
      }),
    )
    .max(500),
});
export type FxRatesInput = z.output<typeof fxRatesInputSchema>;

export async function listFxRates(db: Db) {
  const rows = await db.fxRate.findMany({ orderBy: [{ currency: "asc" }, { quote: "asc" }] });
  return rows.map(({ currency, quote, rate, updatedAt }) => ({ currency, quote, rate, updatedAt }));
}

/** Replaces the rate table. Deliveries keep the rate they were converted with, so history is unaffected. */
export async function replaceFxRates(db: Db, actor: AuditActor, input: FxRatesInput) {
  await db.$transaction(async (tx) => {
    await tx.fxRate.deleteMany();
    if (input.rates.length) {
      await tx.fxRate.createMany({
        data: input.rates.map((r) => ({
          id: newId(),
          currency: r.currency,
          quote: r.quote,
          rate: normalizeDecimal(r.rate),
        })),
      });
    }
    await recordAudit(tx, actor, "fx_rates.replace", { type: "fx_rates" }, { count: input.rates.length });
  });
  return listFxRates(db);
}
