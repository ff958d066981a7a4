import { expect, test } from "@playwright/test";
import { verticalSummarySchema } from "@verticals/ui/summary";

test("overview: live figures from the store, model against baseline, records, synthetic badge", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "__TITLE__ overview" })).toBeVisible();
  // prepare seeds the 300 held-out rows of its 2,000-row synthetic dataset.
  await expect(page.getByTestId("kpi-records-scored")).toContainText("300");
  await expect(page.getByTestId("quality-model")).toContainText(/0\.\d{3}/);
  await expect(page.getByTestId("quality-baseline")).toContainText(/0\.\d{3}/);
  await expect(page.locator('[data-provenance="synthetic"]').first()).toBeVisible();
  await expect(page.getByTestId("records-table").locator("tbody tr").first()).toBeVisible();
});

test("model card: metrics against the baseline, provenance and backend", async ({ page }) => {
  await page.goto("/model");
  const card = page.getByTestId("model-card");
  await expect(card).toContainText("ROC-AUC");
  await expect(card).toContainText("Logistic regression");
  await expect(card).toContainText(/Synthetic/i);
});

test("GET /api/summary returns the portal's card", async ({ request }) => {
  const response = await request.get("/api/summary");
  expect(response.status()).toBe(200);
  const summary = verticalSummarySchema.parse(await response.json());
  expect(summary.app).toBe("__NAME__");
  expect(summary.kpis[0]?.value).toBe(300);
  expect(summary.provenance.kind).toBe("synthetic");
});
