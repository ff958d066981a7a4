import { expect, test, type Locator, type Page } from "@playwright/test";
import { FIXTURE_URL } from "./paths";

// The fixture apps (e2e/fixture-apps.ts): alpha real, beta synthetic, gamma invalid, delta hangs, epsilon down, zeta 404.
const card = (page: Page, name: string): Locator => page.locator(`[data-testid="vertical-card"][data-vertical="${name}"]`);

test.beforeEach(async ({ page }) => {
  await page.goto("/");
});

test("shows one card per configured vertical, in order, with the suite's tally", async ({ page }) => {
  await expect(page.getByRole("heading", { level: 1 })).toContainText("measured against a plain baseline");
  const cards = page.getByTestId("vertical-card");
  await expect(cards).toHaveCount(6);
  expect(await cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-vertical")))).toEqual(["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]);
  const strip = page.getByTestId("portal-strip");
  await expect(strip).toContainText("2 of 6 running");
  await expect(strip).toContainText("2 beat their baseline");
  await expect(strip).toContainText("1 on real data");
  await expect(page.getByTestId("portal-problems")).toHaveCount(0);
});

test("a live app on real data: purpose, KPIs, quality bars, provenance with citation, backend, version", async ({ page }) => {
  const alpha = card(page, "alpha");
  await expect(alpha).toHaveAttribute("data-status", "ok");
  await expect(alpha.getByTestId("card-status")).toHaveText("Live");
  await expect(alpha.getByRole("heading", { level: 2 })).toHaveText("Alpha Bank");
  await expect(alpha.getByTestId("card-purpose")).toHaveText("Scores every card payment for fraud and holds the riskiest for review.");

  const kpis = alpha.getByTestId("card-kpi");
  await expect(kpis).toHaveCount(3);
  await expect(kpis.nth(0)).toContainText("Frauds caught");
  await expect(kpis.nth(0).getByTestId("card-kpi-value")).toHaveText("412");
  await expect(kpis.nth(0)).toContainText("last 30 days");
  await expect(kpis.nth(1).getByTestId("card-kpi-value")).toHaveText("€183,251");
  await expect(kpis.nth(2).getByTestId("card-kpi-value")).toHaveText("87.4%");

  const quality = alpha.getByTestId("quality");
  await expect(quality).toContainText("AUPRC");
  await expect(quality).toContainText("higher is better · time-ordered test 20%");
  await expect(quality.getByTestId("quality-model")).toHaveText("0.842");
  await expect(quality.getByTestId("quality-baseline")).toHaveText("0.611");
  await expect(quality.getByTestId("quality-gain")).toContainText("+23.1 pp vs logistic regression");
  await expect(quality).toHaveAttribute("data-better", "yes");
  // The bars are drawn to scale: the model's is longer than the baseline's.
  const widths = await quality.locator(".portal-quality__bar").evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
  expect(widths).toHaveLength(2);
  expect(widths[0]! / widths[1]!).toBeCloseTo(0.842 / 0.611, 1);

  await expect(alpha.locator('[data-provenance="synthetic"]')).toHaveCount(0);
  const provenance = alpha.locator('[data-provenance="real"]');
  await expect(provenance).toContainText("Real data · ULB Credit Card Fraud Detection");
  await provenance.locator("summary").click();
  await expect(provenance).toContainText("Dal Pozzolo et al., 2015");
  await expect(provenance).toContainText("ODbL 1.0");
  await expect(alpha.locator("[data-backend]")).toHaveText("tfjs · wasm (SIMD)");
  await expect(alpha.getByTestId("card-meta")).toContainText("alpha-2026.11.03");
  await expect(alpha.getByTestId("card-meta")).toContainText("3 Nov 2026");
});

test("a live app on synthetic data carries the synthetic badge and an error metric's reduction", async ({ page }) => {
  const beta = card(page, "beta");
  await expect(beta.getByTestId("card-status")).toHaveText("Live");
  await expect(beta.locator('[data-provenance="synthetic"]')).toHaveText(/Synthetic data — generated for demonstration, not real/);
  await expect(beta.locator('[data-provenance="real"]')).toHaveCount(0);
  await expect(beta.getByTestId("card-kpi")).toHaveCount(2);
  await expect(beta.getByTestId("quality")).toContainText("lower is better");
  await expect(beta.getByTestId("quality-gain")).toContainText("33% lower than seasonal naive");
});

test("apps that are down, hanging, invalid or without a summary each say so on their card", async ({ page }) => {
  const expectations: Array<[string, string, RegExp | string]> = [
    ["gamma", "Invalid summary", 'field "kpis.0.value"'],
    ["delta", "Not responding", "No summary within 1.5 s"],
    ["epsilon", "Not running", "ECONNREFUSED"],
    ["zeta", "No summary", "HTTP 404"],
  ];
  for (const [name, title, detail] of expectations) {
    const broken = card(page, name);
    await expect(broken.getByTestId("card-status"), name).toHaveText(title);
    await expect(broken.getByTestId("card-problem"), name).toContainText(detail);
    // No figures from a summary that could not be trusted, but still the manifest's sentence and the link.
    await expect(broken.getByTestId("card-kpi"), name).toHaveCount(0);
    await expect(broken.getByTestId("quality"), name).toHaveCount(0);
    await expect(broken.getByTestId("card-purpose"), name).toContainText("the manifest's own one-line summary");
  }
});

test("every card links into its app, and the link works", async ({ page }) => {
  await expect(card(page, "alpha").getByTestId("card-link")).toHaveAttribute("href", `${FIXTURE_URL}/alpha`);
  await expect(card(page, "beta").getByTestId("card-link")).toHaveAttribute("href", `${FIXTURE_URL}/beta`);
  await expect(card(page, "epsilon").getByTestId("card-link")).toHaveAttribute("href", /^http:\/\/127\.0\.0\.1:\d+\/epsilon$/);
  await card(page, "beta").getByTestId("card-link").click();
  await expect(page).toHaveURL(`${FIXTURE_URL}/beta`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beta Retail app");
});

test("GET /api/verticals gives the same states as JSON", async ({ request }) => {
  const response = await request.get("/api/verticals");
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { source: { kind: string }; verticals: Array<{ vertical: { name: string }; result: { status: string; field?: string } }> };
  expect(body.source.kind).toBe("config");
  expect(body.verticals.map(({ vertical, result }) => [vertical.name, result.status])).toEqual([
    ["alpha", "ok"],
    ["beta", "ok"],
    ["gamma", "invalid"],
    ["delta", "timeout"],
    ["epsilon", "down"],
    ["zeta", "http-error"],
  ]);
  expect(body.verticals[2]?.result.field).toBe("kpis.0.value");
});
