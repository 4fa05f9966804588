import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const e2eBaseUrl = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL: e2eBaseUrl,
    screenshot: "only-on-failure",
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "npm start",
    url: `${e2eBaseUrl}/api/health`,
    timeout: 300_000,
    // Locally a running e2e server is reused; CI always starts a fresh one.
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: "file:./tests/.artifacts/e2e.db",
      RICOCHET_DATA_DIR: "./tests/.artifacts/data",
      RICOCHET_ADMIN_EMAIL: "admin@ricochet.test",
      RICOCHET_ADMIN_PASSWORD: "admin-password-123",
      RICOCHET_ALLOW_PRIVATE_TARGETS: "127.0.0.1/32,::1/128",
      RICOCHET_WORKER_POLL_MS: "100",
      NEXTAUTH_URL: e2eBaseUrl,
    },
  },
});
