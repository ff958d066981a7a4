import { expect, test, type Page } from "@playwright/test";

/** Page errors and console errors, except the browser's note about a response status a test provokes on purpose. */
function watchErrors(page: Page, expectedStatus?: number): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (expectedStatus && message.text().includes(`status of ${expectedStatus}`)) return;
    problems.push(`console: ${message.text()}`);
  });
  return problems;
}

async function expectChartDrawn(page: Page, testId: string) {
  const surface = page.getByTestId(testId).locator("svg.recharts-surface").first();
  await expect(surface).toBeVisible();
  await expect(surface.locator("path").first()).toBeAttached();
}

test("fleet view ranks engines, and an engine's page shows its RUL history", async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fleet health");
  await expect(page.getByTestId("kpi-critical-value")).toHaveText(/^\d+$/);
  await expect(page.getByTestId("fleet-tiles").locator("a").first()).toBeVisible();
  await expect(page.getByTestId("rul-forest").locator("circle").first()).toBeAttached();
  // Riskiest first: failure probabilities never increase down the table.
  const risks = (await page.getByTestId("fleet-table").locator("tbody tr td:nth-child(4)").allTextContents()).map((t) => Number(t.replace("%", "")));
  expect(risks.length).toBeGreaterThan(0);
  expect(risks).toEqual([...risks].sort((a, b) => b - a));

  const first = page.getByTestId("fleet-table").locator("tbody tr").first().getByRole("link");
  const id = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/assets/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(id);
  await expect(page.getByTestId("health-gauge")).toBeVisible();
  await expect(page.getByTestId("kpi-rul-value")).toHaveText(/^\d+$/);
  await expectChartDrawn(page, "rul-history");
  await expect(page.getByTestId("rul-history").locator(".recharts-area")).toHaveCount(2);
  await expectChartDrawn(page, "trend-s4");
  expect(problems).toEqual([]);
});

test("uploading readings updates the engine and the plan; a bad file is refused with the row named", async ({ page }) => {
  const problems = watchErrors(page, 422);
  await page.goto("/plan");
  const planBefore = await page.getByTestId("plan-history").locator("tbody tr").first().locator("td").first().textContent();

  await page.goto("/ingest?asset=ENG-001");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add sensor readings");
  const template = await page.getByTestId("upload-text").inputValue();
  const [unit, cycle] = template.split(" ").map(Number);

  await page.getByTestId("upload-text").fill(`${unit} ${cycle} 0.1 0.2`);
  await page.getByTestId("upload-submit").click();
  await expect(page.getByTestId("upload-error")).toContainText("Row 1 (line 1): expected 26 columns");

  await page.getByTestId("upload-text").fill(template);
  await page.getByTestId("upload-submit").click();
  await expect(page.getByTestId("upload-result")).toContainText("Accepted 1 reading");
  await expect(page.getByTestId("recent-ingests").locator("tbody tr").first()).toContainText(`ENG-001 ${cycle}–${cycle}`);

  await page.getByTestId("upload-result").getByRole("link", { name: /updated plan/ }).click();
  await expect(page).toHaveURL(/\/plan$/);
  await expect(page.getByText(/after new readings/i).first()).toBeVisible();
  const planAfter = await page.getByTestId("plan-history").locator("tbody tr").first().locator("td").first().textContent();
  expect(Number(planAfter)).toBeGreaterThan(Number(planBefore));
  await expect(page.getByTestId("plan-history").locator("tbody tr").first()).toContainText("new readings");

  await page.goto("/assets/ENG-001");
  await expect(page.getByRole("main")).toContainText(`last cycle ${cycle}`);
  expect(problems).toEqual([]);
});

test("the plan recomputes with other crews and costs, and the other pages render", async ({ page, request }) => {
  const problems = watchErrors(page);
  await page.goto("/plan");
  await expect(page.getByTestId("plan-timeline")).toBeVisible();
  await expectChartDrawn(page, "plan-costs");
  await page.getByTestId("plan-settings").locator('input[name="crewsPerSlot"]').fill("0");
  await page.getByTestId("plan-settings").getByRole("button", { name: "Recompute" }).click();
  await expect(page.getByText("What-if plan · not saved")).toBeVisible();
  await expect(page.getByTestId("kpi-stops-value")).toHaveText("0");

  await page.goto("/failure");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Machine-failure risk");
  for (const id of ["risk-by-type", "failure-modes", "drivers", "reliability"]) await expectChartDrawn(page, id);
  await page.getByTestId("failure-scorer").getByRole("button", { name: "Score" }).click();
  await expect(page.getByTestId("failure-score")).toContainText("failure probability");

  await page.goto("/models");
  await expect(page.getByTestId("card-rul")).toBeVisible();
  await expect(page.getByTestId("card-failure")).toBeVisible();
  await expect(page.locator("[data-provenance]").first()).toBeVisible();

  const health = await request.get("/api/health");
  expect(await health.json()).toMatchObject({ status: "ok", app: "maintenance" });
  const summary = await request.get("/api/summary");
  expect(summary.status()).toBe(200);
  const body = (await summary.json()) as { app: string; kpis: { label: string; value: number | null }[]; quality: { model: number; baseline: number }; provenance: { kind: string } };
  expect(body).toMatchObject({ app: "maintenance", provenance: { kind: "synthetic" } });
  expect(body.kpis.map((k) => k.label)).toEqual(["Engines at risk", "Median remaining life", "Planned services", "Expected cost saved"]);
  expect(body.quality.model).toBeGreaterThan(0);
  expect(body.quality.model).toBeLessThan(body.quality.baseline);
  expect(problems).toEqual([]);
});
