import { expect, test } from "@playwright/test";
import { verticalSummarySchema } from "@verticals/ui/summary";

// The stakeholder's minute: dashboard, threshold, one alert, one verdict, the KPI moves.
test("move the threshold, open an alert, record a verdict, see the live precision change", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Card fraud at a glance");
  await expect(page.locator("[data-provenance]").first()).toBeVisible();
  await expect(page.getByTestId("kpi-volume-value")).toHaveText(/^\d[\d,]*$/);
  await expect(page.getByTestId("kpi-precision-value")).toHaveText("—");

  // Charts are drawn: two curves each on ROC and PR, the threshold chart's SVG.
  for (const id of ["roc", "pr"]) await expect(page.getByTestId(id).locator(".recharts-line")).toHaveCount(2);
  await expect(page.getByTestId("threshold-chart").locator("svg path").first()).toBeAttached();

  // Raising the threshold to the top of the slider catches fewer frauds.
  const recall = page.getByTestId("whatif-recall-value");
  const before = await recall.textContent();
  const slider = page.getByTestId("threshold").locator('input[type="range"]');
  const max = await slider.getAttribute("max");
  await slider.fill(max!);
  await expect(recall).not.toHaveText(before!);
  expect(Number.parseFloat((await recall.textContent())!)).toBeLessThan(Number.parseFloat(before!));

  // Open the riskiest alert and record a verdict.
  await page.getByTestId("alert-tile").first().click();
  await expect(page.getByTestId("alert-probability")).toBeVisible();
  await expect(page.getByTestId("explanation").locator("svg rect").first()).toBeAttached();
  await page.getByTestId("review-fraud").click();
  await page.getByTestId("review-note").fill("Cardholder does not recognise the charge");
  await page.getByTestId("review-submit").click();
  await expect(page.getByTestId("review-status")).toHaveText("Saved: marked fraud.");

  // Back on the dashboard, the live precision now counts that verdict.
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByTestId("kpi-precision-value")).toHaveText("100.0%");
  await expect(page.getByTestId("kpi-precision")).toContainText("1 of 1 reviewed alerts confirmed fraud");

  expect(problems).toEqual([]);
});

test("the review queue lists alerts by risk and exports verdicts as creditcard.csv rows", async ({ page, request }) => {
  await page.goto("/alerts?filter=all");
  const risks = await page.getByTestId("queue").locator("tbody tr td:nth-child(2)").allTextContents();
  const values = risks.map((text) => Number.parseFloat(text));
  expect(values.length).toBeGreaterThan(0);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  const csv = await (await request.get("/api/export")).text();
  expect(csv.split("\n")[0]).toMatch(/^"Time","V1",.*"Amount","Class"$/);
});

test("replay streams held-back transactions through the API and the live volume moves", async ({ page }) => {
  await page.goto("/");
  const volume = page.getByTestId("kpi-volume-value");
  const before = Number((await volume.textContent())!.replace(/,/g, ""));
  await page.getByTestId("replay-toggle").click();
  await expect(page.getByTestId("replay-status")).toHaveText(/^([3-9]|\d{2,}) streamed/, { timeout: 15_000 });
  await page.getByTestId("replay-toggle").click();
  await expect(page.getByTestId("replay-toggle")).toHaveText(/Replay held-back transactions/);
  await expect.poll(async () => Number((await volume.textContent())!.replace(/,/g, "")), { timeout: 10_000 }).toBeGreaterThanOrEqual(before + 3);
});

test("the model card compares the network with the baseline, and synthetic data says so", async ({ page }) => {
  await page.goto("/model");
  const card = page.getByTestId("model-card");
  await expect(card).toContainText("Average precision (AUPRC)");
  await expect(card).toContainText("Logistic regression");
  await expect(page.getByTestId("policy")).toContainText(/Review from\s*\d/);
  await expect(page.locator('[data-provenance="synthetic"]').first()).toContainText("Synthetic data");
});

test("the portal summary is valid and reports live figures", async ({ request }) => {
  const response = await request.get("/api/summary");
  expect(response.ok()).toBe(true);
  const summary = verticalSummarySchema.parse(await response.json());
  expect(summary.app).toBe("fraud");
  expect(summary.provenance.kind).toBe("synthetic");
  expect(summary.kpis[0]!.value).toBeGreaterThan(0);
  expect(summary.quality.metric).toBe("AUPRC");
});

test("health endpoint answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.ok()).toBe(true);
  expect(await response.json()).toMatchObject({ status: "ok", app: "fraud" });
});
