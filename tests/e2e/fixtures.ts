import { type APIRequestContext, test as base, expect, type Page } from "@playwright/test";

export const admin = { email: "admin@ricochet.test", password: "admin-password-123" };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

let counter = 0;
/** A unique suffix per call, so tests never collide on slugs or emails within one run. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Creates a user through the API with the admin's session (request must carry admin cookies). */
export async function createUser(request: APIRequestContext, role: "admin" | "marketer" | "analyst") {
  const email = `${unique(role)}@ricochet.test`;
  const password = "user-password-123";
  const res = await request.post("/api/v1/users", { data: { email, role, password, name: `Test ${role}` } });
  expect(res.status(), await res.text()).toBe(201);
  return { email, password };
}

/** Creates an API key with the admin's session and returns the plain key. */
export async function createApiKey(request: APIRequestContext, access: "ingest" | "admin" | "marketer" | "analyst") {
  const res = await request.post("/api/v1/api-keys", { data: { name: unique(`key-${access}`), access } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { key: string }).key;
}

/** A page already signed in as the admin. */
export const test = base.extend<{ adminPage: Page }>({
  adminPage: async ({ page }, use) => {
    await signIn(page, admin.email, admin.password);
    await use(page);
  },
});
export { expect };
