// Next.js start-up hook: runs the postback worker inside the web process unless RICOCHET_WORKER=off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startEmbeddedWorker } = await import("./lib/worker/embedded");
  await startEmbeddedWorker();
}
