import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { verticalSummarySchema } from "@verticals/ui/summary";

test("pick a series, see its forecast band, change the service level, see the order change, export the CSV", async ({ page }) => {
  await page.goto("/explorer");
  await expect(page.getByText("Synthetic data").first()).toBeVisible();
  const picker = page.getByTestId("node-select");
  const options = await picker.locator("option").allTextContents();
  expect(options.length).toBe(96);
  const chosen = options[7]!;
  await picker.selectOption({ label: chosen });
  await expect(page).toHaveURL(/level=item_store&key=/);
  const [item, store] = chosen.split(" · ");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${item} in ${store}`);
  const chart = page.getByTestId("forecast-chart");
  await expect(chart).toContainText("80% interval (P10–P90)");
  await expect(chart).toContainText("95% interval");
  // The two bands are drawn as filled areas after the forecast line.
  await expect(chart.locator(".recharts-area-area")).toHaveCount(2);
  await expect(chart.locator(".recharts-area-area").first()).toHaveAttribute("d", /\d/);

  await page.getByRole("link", { name: "Orders" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What to order");
  const units = page.getByTestId("orders-units-value");
  const before = Number((await units.textContent())!.replace(/,/g, ""));
  const slider = page.getByTestId("service-level").locator("input[type=range]");
  await slider.focus();
  await slider.press("End");
  await expect(page.getByTestId("service-level-value")).toHaveText("99.5%");
  await expect.poll(async () => Number((await units.textContent())!.replace(/,/g, ""))).toBeGreaterThan(before);
  const high = Number((await units.textContent())!.replace(/,/g, ""));
  await slider.press("Home");
  await expect(page.getByTestId("service-level-value")).toHaveText("50.0%");
  await expect.poll(async () => Number((await units.textContent())!.replace(/,/g, ""))).toBeLessThan(high);

  const download = page.waitForEvent("download");
  await page.getByTestId("export-csv").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^demand-orders-\d{4}-\d{2}-\d{2}-sl50-lt3-r7\.csv$/);
  const lines = readFileSync((await file.path())!, "utf8").trim().split("\n");
  expect(lines[0]).toContain("reorder_point");
  expect(lines).toHaveLength(97);
  const header = lines[0]!.split(",");
  expect(lines[1]!.split(",")[header.indexOf("service_level")]).toBe("0.5");
});

test("a bad sales file is rejected whole, naming the line and day", async ({ page }) => {
  await page.goto("/upload");
  const expected = (await page.getByText(/Next day expected: d_\d+/).textContent())!.match(/d_(\d+)/)![1];
  const csv = `id,item_id,dept_id,cat_id,store_id,state_id,d_${expected}\nNOT_A_SERIES,a,b,c,d,e,-1\n`;
  await page.getByTestId("upload-file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("upload-submit").click();
  const rejected = page.getByTestId("upload-rejected");
  await expect(rejected).toContainText("nothing was stored");
  await expect(rejected).toContainText("line 2");
  await expect(rejected).toContainText('unknown series "NOT_A_SERIES"');
});

test("the portal summary is served from the store", async ({ request }) => {
  const response = await request.get("/api/summary");
  expect(response.status()).toBe(200);
  const summary = verticalSummarySchema.parse(await response.json());
  expect(summary.app).toBe("demand");
  expect(summary.provenance.kind).toBe("synthetic");
  expect(summary.kpis.find((k) => k.label === "Series forecast")?.value).toBe(96);
  expect(summary.kpis.find((k) => k.label === "Units expected, next 28 days")?.value).toBeGreaterThan(0);
  expect(summary.quality).toMatchObject({ metric: "weighted RMSSE", baselineName: "seasonal naive", higherIsBetter: false });
  expect(summary.quality.model).toBeGreaterThan(0);
  expect(summary.modelVersion).toMatch(/^demand-mlp@[0-9a-f]{12}$/);
});
