import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { type Actor, actorFromSession } from "./actor";

/** For dashboard pages and server actions: the signed-in user, or a redirect to the sign-in page. */
export async function pageActor(): Promise<Extract<Actor, { type: "user" }>> {
  const actor = await actorFromSession();
  if (actor?.type !== "user") {
    const path = (await headers()).get("x-ricochet-path") ?? "/";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return actor;
}
