import type { AllowList } from "./address-policy";
import { resolveTargetHost } from "./resolve-target-host";

export type TargetValidation = { ok: true } | { ok: false; message: string };

/**
 * Save-time check of a postback URL whose macros were rendered with sample values. The send
 * path checks again on every new connection, so this is for early, readable feedback; it is not
 * the only guard.
 */
export async function validatePostbackTarget(url: string, allow: AllowList): Promise<TargetValidation> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, message: "is not a valid absolute URL" };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { ok: false, message: `uses ${parsed.protocol.replace(/:$/, "")}; only http and https are supported` };
  }
  // Credentials in the URL end up in logs and delivery records; networks that need them take a header.
  if (parsed.username !== "" || parsed.password !== "") {
    return { ok: false, message: "must not contain a user name or password; send credentials in a header instead" };
  }
  if (parsed.hostname === "") return { ok: false, message: "has no host" };

  const outcome = await resolveTargetHost(parsed.hostname, allow);
  return outcome.ok ? { ok: true } : { ok: false, message: outcome.message };
}
