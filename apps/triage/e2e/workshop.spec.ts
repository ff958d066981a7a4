// The dashboard steps of the workshop path (docs/workshop/): what each step tells the learner they will
// see is asserted here, so the path cannot silently drift from the app.
import { expect, test, type Locator } from "@playwright/test";

/** The percentage shown in a KPI card, e.g. "Specificity 58.9%" -> 58.9. */
async function percentIn(card: Locator): Promise<number> {
  const text = (await card.textContent()) ?? "";
  const match = /(\d+(?:\.\d+)?)\s*%/.exec(text);
  if (!match) throw new Error(`no percentage in "${text}"`);
  return Number(match[1]);
}

test("step 4: the model card states its use, data provenance, metrics against the baseline and backend", async ({ page }) => {
  await page.goto("/model");
  const card = page.getByTestId("model-card");
  await expect(card).toContainText("Intended use");
  await expect(card).toContainText(/not an?\s+(?:\w+\s+)?medical device/i);
  await expect(card).toContainText("Subgroups");
  await expect(card).toContainText(/logistic regression/i); // the plain baseline, on the same split
  await expect(card).toContainText(/wasm|tensorflow|cpu/i);
  // The e2e store is trained on the synthetic twin, and the page must say so.
  await expect(page.locator('[data-provenance="synthetic"]').first()).toBeVisible();
});

test("step 5: lowering the target sensitivity raises specificity, without retraining", async ({ page }) => {
  await page.goto("/performance");
  await expect(page.getByTestId("roc")).toBeVisible();
  await expect(page.getByTestId("reliability")).toBeVisible();
  await expect(page.getByTestId("confusion")).toBeVisible();
  const sensitivityCard = page.getByTestId("explorer-sensitivity");
  const specificityCard = page.getByTestId("explorer-specificity");
  const specificityBefore = await percentIn(specificityCard);
  const confusionBefore = await page.getByTestId("confusion").textContent();

  await page.getByTestId("sensitivity-slider").locator("input[type=range]").fill("0.8");
  await expect(page.getByTestId("sensitivity-slider-value")).toHaveText("80.0%");
  await expect.poll(() => percentIn(specificityCard)).toBeGreaterThan(specificityBefore);
  expect(await percentIn(sensitivityCard)).toBeLessThan(95);
  await expect.poll(() => page.getByTestId("confusion").textContent()).not.toBe(confusionBefore);
});

test("transfer learning card: the comparison page explains it in plain words", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByTestId("transfer-explainer")).toContainText(/pretrained|transfer/i);
  // The CNN and the plain baseline are always compared; the pretrained rows appear when the weights are present.
  for (const model of ["cnn", "baseline"]) await expect(page.getByTestId(`auc-${model}`)).toHaveText(/0\.\d{3}/);
});
