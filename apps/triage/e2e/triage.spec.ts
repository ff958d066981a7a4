import { expect, test } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { fixtureDicom, IDENTIFYING } from "../test/support/dicom-fixture";
import { modelAvailability } from "@verticals/pretrained";
import { APP_DIR } from "./paths";

/** A 112x112 chest-like PNG (dark lungs, bright mediastinum) written to the test output folder. */
function chestPng(): string {
  const size = 112;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = (x - size / 2) / (size / 2);
      const lung = Math.abs(Math.abs(dx) - 0.45) < 0.3 && y > 15 && y < 95;
      const v = lung ? 60 + ((x * 7 + y * 3) % 20) : 170 + ((x + y) % 30);
      png.data.set([v, v, v, 255], (y * size + x) * 4);
    }
  }
  const dir = join(APP_DIR, "test-results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "e2e-upload.png");
  writeFileSync(file, PNG.sync.write(png));
  return file;
}

test("upload an image, see it ranked with its heatmap, confirm it, see the audit entry", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("Demonstration, not a medical device").first()).toBeVisible();
  await expect(page.getByTestId("worklist-row").first()).toBeVisible();

  await page.getByTestId("upload-input").setInputFiles(chestPng());
  await page.getByTestId("upload-submit").click();
  const outcome = page.getByTestId("upload-outcome");
  await expect(outcome).toContainText(/TRG-[0-9A-F]{8}: \d+\.\d% pneumonia probability/);
  const accession = (await outcome.textContent())!.match(/TRG-[0-9A-F]{8}/)![0];

  const row = page.locator(`[data-testid="worklist-row"][data-accession="${accession}"]`);
  await expect(row).toBeVisible();
  const thumb = row.locator("img.triage-thumb");
  await expect(thumb).toHaveAttribute("src", /heat=1/);
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const rank = Number(await row.locator(".triage-rank").textContent());
  expect(rank).toBeGreaterThanOrEqual(1);

  await row.getByRole("link", { name: accession, exact: true }).click();
  await expect(page.getByRole("heading", { name: `Study ${accession}` })).toBeVisible();
  await expect(page.getByTestId("case-heatmap").locator("canvas").first()).toBeVisible();
  await expect(page.getByTestId("case-probability")).toContainText("%");

  const flagged = (await page.getByTestId("case-flag").textContent())!.startsWith("Flagged");
  await page.getByTestId(flagged ? "finding-pneumonia" : "finding-normal").check();
  await expect(page.getByTestId("reader")).toHaveValue("Dr. E2E Reader");
  await page.getByTestId("decision-submit").click();
  await expect(page.getByTestId("decision-outcome")).toContainText("model confirmed");

  const auditRow = page.locator('[data-testid="case-audit"] [data-testid="audit-row"][data-action="decision.confirmed"]');
  await expect(auditRow).toContainText("Dr. E2E Reader");
  await expect(auditRow).toContainText("triage-cnn@");

  await page.goto("/audit");
  await expect(page.locator('[data-testid="audit-row"][data-action="decision.confirmed"]').first()).toContainText("Dr. E2E Reader");

  await page.goto("/");
  await expect(page.locator(`[data-testid="worklist-row"][data-accession="${accession}"]`)).toHaveCount(0);
});

test("bad uploads are refused with a clear message", async ({ page }) => {
  await page.goto("/");
  const dir = join(APP_DIR, "test-results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "notes.txt");
  writeFileSync(file, "not an image");
  await page.getByTestId("upload-input").setInputFiles(file);
  await page.getByTestId("upload-submit").click();
  await expect(page.getByTestId("upload-outcome")).toContainText("notes.txt: not a PNG, JPEG or DICOM (.dcm) file");
});

test("a DICOM upload is de-identified before it is stored", async ({ page }) => {
  await page.goto("/");
  const dir = join(APP_DIR, "test-results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "e2e-chest.dcm");
  writeFileSync(file, fixtureDicom({ width: 256, height: 256, bits: 16 }));
  await page.getByTestId("upload-input").setInputFiles(file);
  await page.getByTestId("upload-submit").click();
  const outcome = page.getByTestId("upload-outcome");
  await expect(outcome).toContainText("DICOM de-identified before storage");
  await outcome.getByRole("link", { name: "Open case" }).click();
  await expect(page.getByTestId("deid-summary")).toContainText(/\d+ attributes removed, \d+ emptied, \d+ UIDs replaced/);
  await expect(page.locator("body")).not.toContainText(IDENTIFYING.patientName);
  const download = await page.request.get(await page.getByRole("link", { name: "Download the de-identified DICOM" }).getAttribute("href").then((h) => h!));
  const bytes = Buffer.from(await download.body()).toString("latin1");
  expect(bytes).toContain("DICM");
  for (const value of [IDENTIFYING.patientName, IDENTIFYING.patientId, IDENTIFYING.institution, IDENTIFYING.studyUid]) expect(bytes).not.toContain(value);
});

test("similar cases in the case view, the model comparison and the portal summary", async ({ page, request }) => {
  // The server resolves the backbone from the same environment as this process.
  const backbone = await modelAvailability();
  await page.goto("/");
  await page.getByTestId("worklist-row").first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Similar confirmed cases" })).toBeVisible();
  if (backbone.available) {
    const cases = page.getByTestId("similar-case");
    await expect(cases).toHaveCount(6);
    const similarities = await cases.locator("text=/similarity/").allTextContents();
    const values = similarities.map((t) => Number(t.replace(/[^0-9.-]/g, "")));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const thumbnail = cases.first().getByRole("img");
    await expect.poll(() => thumbnail.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(96);
  } else {
    await expect(page.getByTestId("similar-unavailable")).toContainText("VERTICALS_MODELS_DIR");
  }

  await page.goto("/compare");
  await expect(page.getByTestId("transfer-explainer")).toContainText("pretrained network");
  const expected = backbone.available ? ["cnn", "transfer", "ensemble", "baseline"] : ["cnn", "baseline"];
  await expect(page.getByTestId("compare-row")).toHaveCount(expected.length);
  for (const [i, key] of expected.entries()) await expect(page.getByTestId("compare-row").nth(i)).toHaveAttribute("data-model", key);
  const auc = Number(await page.getByTestId("auc-cnn").textContent());
  expect(auc).toBeGreaterThan(0.5);
  expect(auc).toBeLessThanOrEqual(1);
  await expect(page.getByTestId("compare-roc")).toBeVisible();

  const response = await request.get("/api/summary");
  expect(response.status()).toBe(200);
  const summary = (await response.json()) as { app: string; kpis: Array<{ label: string; value: number }>; quality: { metric: string; model: number; baseline: number } };
  expect(summary.app).toBe("triage");
  expect(summary.kpis.map((k) => k.label)).toEqual(["Urgent studies waiting", "Studies read", "Flagged rate"]);
  expect(summary.quality.metric).toBe("ROC-AUC");
  expect(summary.quality.model).toBeCloseTo(auc, 2);
});
