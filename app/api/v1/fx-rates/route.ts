// GET /api/v1/fx-rates - the exchange-rate table used by rules that convert revenue
// PUT /api/v1/fx-rates - replace it: { "rates": [{ "currency": "EUR", "quote": "USD", "rate": "1.0837" }] }
import { getDb } from "@/lib/db";
import { fxRatesInputSchema, listFxRates, replaceFxRates } from "@/lib/fx/rates";
import { route } from "@/lib/http/route";

export const GET = route({ permission: "networks:read" }, async () => ({ rates: await listFxRates(getDb()) }));

export const PUT = route({ permission: "networks:write", body: fxRatesInputSchema }, async ({ actor, body }) => ({
  rates: await replaceFxRates(getDb(), actor, body),
}));
