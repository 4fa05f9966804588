import { admin, createApiKey, createUser, expect, signIn, test, unique } from "./fixtures";

test("admin creates a marketer, who is refused Settings → Users", async ({ page, browser }) => {
  await signIn(page, admin.email, admin.password);
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings\/users/);
  await page.getByRole("button", { name: "New user" }).click();
  const form = page.getByRole("form", { name: "New user" });
  const email = `${unique("marketer")}@ricochet.test`;
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Mara Marketer");
  await form.getByLabel("Role").selectOption("marketer");
  await form.getByLabel("Password (optional)").fill("marketer-pass-123");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByTestId(`user-row-${email}`)).toContainText("Marketer");

  const context = await browser.newContext();
  const marketer = await context.newPage();
  await signIn(marketer, email, "marketer-pass-123");
  await expect(marketer.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await marketer.goto("/settings/users");
  await expect(marketer.getByTestId("forbidden")).toBeVisible();
  // The user list must not reach the page: no other user's email appears.
  await expect(marketer.getByText(admin.email)).toHaveCount(0);
  const api = await marketer.request.get("/api/v1/users");
  expect(api.status()).toBe(403);
  await context.close();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("signed-out visitors are sent to sign in, and come back after", async ({ page }) => {
  await page.goto("/deliveries");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdeliveries/);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/deliveries$/);
});

test("API: no key is 401, analyst/marketer/ingest keys are 403 on admin routes", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, admin.email, admin.password);
  const keys = {
    admin: await createApiKey(page.request, "admin"),
    marketer: await createApiKey(page.request, "marketer"),
    analyst: await createApiKey(page.request, "analyst"),
    ingest: await createApiKey(page.request, "ingest"),
  };
  const anon = await playwright.request.newContext({ baseURL });
  const none = await anon.get("/api/v1/users");
  expect(none.status()).toBe(401);
  expect((await none.json()).error.code).toBe("unauthorized");
  const as = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
  expect((await anon.get("/api/v1/users", as("rk_not-a-real-key"))).status()).toBe(401);
  expect((await anon.get("/api/v1/users", as(keys.admin))).status()).toBe(200);
  for (const role of ["marketer", "analyst", "ingest"] as const) {
    const res = await anon.get("/api/v1/users", as(keys[role]));
    expect(res.status(), role).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
  }
  expect((await anon.get("/api/v1/networks", as(keys.analyst))).status()).toBe(200);
  expect((await anon.get("/api/v1/networks", as(keys.ingest))).status()).toBe(403);
  const created = await anon.post("/api/v1/networks", { ...as(keys.analyst), data: {} });
  expect(created.status()).toBe(403);
  await anon.dispose();
});

test("a deactivated user's session stops working at once", async ({ page, browser }) => {
  await signIn(page, admin.email, admin.password);
  const analyst = await createUser(page.request, "analyst");
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, analyst.email, analyst.password);
  expect((await other.request.get("/api/v1/networks")).status()).toBe(200);
  const users = (await (await page.request.get("/api/v1/users")).json()) as { users: { id: string; email: string }[] };
  const id = users.users.find((u) => u.email === analyst.email)!.id;
  expect((await page.request.patch(`/api/v1/users/${id}`, { data: { active: false } })).status()).toBe(200);
  expect((await other.request.get("/api/v1/networks")).status()).toBe(401);
  await context.close();
});
