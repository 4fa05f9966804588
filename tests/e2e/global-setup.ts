// Refuses to run the browser suite against anything but the throw-away local database.
export default function globalSetup() {
  const url = "file:./tests/.artifacts/e2e.db";
  if (!url.startsWith("file:./tests/.artifacts/")) throw new Error("e2e tests must use the local artifacts database");
}
