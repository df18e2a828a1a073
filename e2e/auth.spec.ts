import { expect, test, type Route } from "@playwright/test";
import { e2eOrigin, expectAccessible, signIn, signUp } from "./helpers";

test.beforeEach(async ({ page }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: e2eOrigin() }]);
});

test("signed out: app pages lead to sign-in and back after it, the API answers 401; sign up, sign out", async ({ page, request }) => {
  await page.goto("/compose");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcompose$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Ansprache" })).toBeVisible();
  await expectAccessible(page);
  const api = await request.get("/api/dashboard/export", { headers: { "x-middleware-subrequest": "middleware" } });
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ error: { code: "unauthorized", issues: [] } });

  await page.getByRole("link", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Name").fill("Sam Seller");
  const email = `sam-${Date.now()}@example.test`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("8 to 128 characters");
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/compose/);
  // a workspace of their own, as its admin: the team page is there
  await page.getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("cell", { name: "Sam Seller (you)" })).toBeVisible();
  await expect(page.getByLabel("Role of Sam Seller")).toHaveValue("admin");
  await expectAccessible(page);

  // a sign-out that cannot reach the server says so and leaves the session as it is, visibly
  const offline = (route: Route) => route.abort("internetdisconnected");
  await page.route("**/api/auth/sign-out", offline);
  await page.getByTestId("user-menu").locator("summary").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByTestId("sign-out-failed")).toHaveText("Not signed out: the server could not be reached. Try again.");
  await expect(page).toHaveURL(/\/members/);
  await page.unroute("**/api/auth/sign-out", offline);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  // signing in comes back to the page the user was going to
  await page.goto("/prospects?sort=name");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprospects%3Fsort%3Dname$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/prospects\?sort=name$/);
  // a "next" to another site is ignored
  await page.getByTestId("user-menu").locator("summary").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/sign-in?next=%2F%2Fevil.example");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/compose/);
});

test("an invitation link: the invited person signs up and joins the workspace with the role", async ({ page, browser }) => {
  await signUp(page, "Ines Inviter");
  await page.goto("/members");
  await page.getByLabel("Role", { exact: true }).selectOption("manager");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);

  const other = await browser.newContext({ locale: "en-US" });
  const invited = await other.newPage();
  await invited.goto(link);
  await expect(invited.getByRole("heading", { level: 1, name: "Join your team" })).toBeVisible();
  await expect(invited.getByText("as Manager")).toBeVisible();
  await expectAccessible(invited);
  await invited.getByLabel("Name").fill("Nele Neu");
  await invited.getByLabel("Email").fill(`nele-${Date.now()}@example.test`);
  await invited.getByLabel("Password").fill("another good password");
  await invited.getByRole("button", { name: "Sign up" }).click();
  await expect(invited).toHaveURL(/\/compose/);
  await other.close();

  await page.reload();
  await expect(page.getByRole("cell", { name: "Nele Neu", exact: true })).toBeVisible();
  await expect(page.getByLabel("Role of Nele Neu")).toHaveValue("manager");
  // the link worked once
  const again = await browser.newContext();
  const p2 = await again.newPage();
  await p2.goto(link);
  await expect(p2.getByText("This invitation link is not valid")).toBeVisible();
  await again.close();
});

test("an admin takes a member's access away: signed out at once, sign-in refused with a reason; roles and open invitations", async ({ page, browser }) => {
  await signUp(page, "Ada Admin");
  await page.goto("/members");
  await page.getByLabel("Role", { exact: true }).selectOption("member");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  // the new link is listed as open until it is used
  await expect(page.getByTestId("invitation-row")).toHaveCount(1);
  await expect(page.getByTestId("invitation-row")).toContainText("Ada Admin");

  const other = await browser.newContext({ locale: "en-US" });
  await other.addCookies([{ name: "NEXT_LOCALE", value: "en", url: e2eOrigin() }]);
  const rep = await other.newPage();
  const repEmail = `rolf-${Date.now()}@example.test`;
  await rep.goto(link);
  await rep.getByLabel("Name").fill("Rolf Rep");
  await rep.getByLabel("Email").fill(repEmail);
  await rep.getByLabel("Password").fill("rolf's good password");
  await rep.getByRole("button", { name: "Sign up" }).click();
  await expect(rep).toHaveURL(/\/compose/);

  await page.reload();
  await expect(page.getByText("No open invitations.")).toBeVisible();
  const rolf = page.getByTestId("member-row").filter({ hasText: "Rolf Rep" });
  await expect(rolf).toContainText("Active");
  // no one can take their own access away
  await expect(page.getByTestId("member-row").filter({ hasText: "Ada Admin" }).getByRole("button")).toHaveCount(0);

  // the last admin cannot step down: the page says why and keeps the role
  await page.getByLabel("Role of Ada Admin").selectOption("member");
  await page.getByRole("button", { name: "Save the role of Ada Admin" }).click();
  await expect(page.getByText("The workspace needs at least one active admin")).toBeVisible();
  await expect(page.getByLabel("Role of Ada Admin")).toHaveValue("admin");
  // choosing a role only selects it: nothing changes until it is saved
  await page.getByLabel("Role of Rolf Rep").selectOption("admin");
  await page.getByRole("row", { name: /Rolf Rep/ }).getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByLabel("Role of Rolf Rep")).toHaveValue("member");
  // another's role changes and holds after a reload
  await page.getByLabel("Role of Rolf Rep").selectOption("manager");
  await expect(rep.getByRole("link", { name: "Team" })).toHaveCount(0);
  await page.getByRole("button", { name: "Save the role of Rolf Rep" }).click();
  await expect(page.getByRole("button", { name: "Save the role of Rolf Rep" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Role of Rolf Rep")).toHaveValue("manager");
  await rep.reload();
  await expect(rep.getByRole("link", { name: "Team" })).toBeVisible();

  // removing access asks first, says what happens, and can be cancelled
  await rolf.getByRole("button", { name: "Remove access for Rolf Rep" }).click();
  await expect(rolf.getByRole("group")).toContainText("Rolf Rep is signed out on every device at once");
  // the question takes the focus, and gives it back to its button when cancelled
  await expect(rolf.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Enter");
  await expect(rolf).toContainText("Active");
  await expect(rolf.getByRole("button", { name: "Remove access for Rolf Rep" })).toBeFocused();
  await rolf.getByRole("button", { name: "Remove access" }).click();
  await rolf.getByRole("group").getByRole("button", { name: "Remove access" }).click();
  await expect(rolf).toContainText("Removed on");
  await expect(rolf.getByRole("button", { name: "Give access back" })).toBeVisible();

  // the rep's open page is signed out at its next step, and signing in says why
  await rep.goto("/prospects");
  await expect(rep).toHaveURL(/\/sign-in/);
  await rep.getByLabel("Email").fill(repEmail);
  await rep.getByLabel("Password").fill("rolf's good password");
  await rep.getByRole("button", { name: "Sign in" }).click();
  await expect(rep.locator("main").getByRole("alert")).toHaveText("Your access to this workspace was removed. Ask an admin or manager of your team.");
  await expect(rep).toHaveURL(/\/sign-in/);
  // a wrong password hears only that the password is wrong
  await rep.getByLabel("Password").fill("not rolf's password");
  await rep.getByRole("button", { name: "Sign in" }).click();
  await expect(rep.locator("main").getByRole("alert")).not.toContainText("access");

  // given back, the rep signs in again
  await rolf.getByRole("button", { name: "Give access back" }).click();
  await expect(rolf).toContainText("Active");
  await signIn(rep, repEmail, "rolf's good password");
  await other.close();

  // an invitation sent to the wrong person is revoked and its link joins nobody
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const wrongLink = await page.getByLabel("Invitation link").inputValue();
  await expect(page.getByTestId("invitation-row")).toHaveCount(1);
  await page.getByTestId("invitation-row").getByRole("button", { name: /^Revoke the Member invitation/ }).click();
  await expect(page.getByText("No open invitations.")).toBeVisible();
  const stranger = await browser.newContext({ locale: "en-US" });
  const s = await stranger.newPage();
  await s.goto(wrongLink);
  await expect(s.getByText("This invitation link is not valid")).toBeVisible();
  await stranger.close();
});

test("the demo manager signs in and sees the team's dashboard with data", async ({ page }) => {
  await signIn(page, "mara@demo.ansprache.app", "demo-ansprache-2026");
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team dashboard" })).toBeVisible();
  await expect(page.getByTestId("dashboard-summary")).toContainText("sent messages");
  await expect(page.getByTestId("dashboard-empty")).toHaveCount(0);
  for (const rep of ["Aylin Demir", "Jonas Weber", "Tom Becker"]) await expect(page.getByLabel("Rep").locator("option", { hasText: rep })).toHaveCount(1);
  await expect(page.getByTestId("chart").first().locator("svg").first()).toBeVisible();
  await expectAccessible(page);
});

test("a demo member's dashboard and insights are their own, labelled with their name, not the team's", async ({ page }) => {
  await signIn(page, "jonas@demo.ansprache.app", "demo-ansprache-2026");
  await page.getByRole("link", { name: "Dashboard" }).click();
  const rep = page.getByLabel("Rep");
  await expect(rep.locator("option")).toHaveText(["Jonas Weber"]);
  await expect(page.getByText("Whole team")).toHaveCount(0);
  await page.goto("/insights");
  await expect(page.locator('select[name="member"] option')).toHaveText(["Jonas Weber"]);
});
