import { expect, test } from "@playwright/test";

const percent = (text: string | null) => Number((text ?? "").replace("%", ""));

test("dashboard renders its KPIs and charts, and the threshold slider updates the KPIs", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard kit at a glance");
  await expect(page.getByText("Synthetic data — generated for demonstration, not real").first()).toBeVisible();

  for (const id of ["kpi-auc", "kpi-ap", "kpi-mae", "kpi-coverage"]) {
    await expect(page.getByTestId(`${id}-value`)).toHaveText(/^\d[\d.,]*%?$/);
  }

  // Recharts draws on the client: an SVG surface with drawn lines per chart means hydration worked.
  for (const id of ["roc", "pr", "score-histogram", "forecast", "reliability", "importance", "alerts-per-day"]) {
    const surface = page.getByTestId(id).locator("svg.recharts-surface").first();
    await expect(surface).toBeVisible();
    await expect(surface.locator("path, rect").first()).toBeAttached();
  }
  await expect(page.getByTestId("roc").locator(".recharts-line")).toHaveCount(2);

  // The heat map canvases have been painted (not blank).
  const painted = await page.getByTestId("heatmap").locator("canvas").first().evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    return data.some((value, i) => i % 4 !== 3 && value > 0);
  });
  expect(painted).toBe(true);

  // Raising the threshold flags fewer cases: recall falls and the shown threshold follows.
  const recall = page.getByTestId("kpi-recall-value");
  const before = percent(await recall.textContent());
  await page.getByTestId("threshold").locator('input[type="range"]').fill("0.8");
  await expect(page.getByTestId("threshold-value")).toHaveText("0.80");
  await expect(recall).not.toHaveText(`${before.toFixed(1)}%`);
  expect(percent(await recall.textContent())).toBeLessThan(before);

  // Sorting the queue by amount puts the largest amount first.
  const queue = page.getByTestId("queue");
  await queue.getByRole("button", { name: /Amount/ }).click();
  const amounts = await queue.locator("tbody tr td:nth-child(3)").allTextContents();
  const values = amounts.map((text) => Number(text.replace(/[$,]/g, "")));
  expect(values).toEqual([...values].sort((a, b) => b - a));

  expect(problems).toEqual([]);
});

test("health endpoint answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.ok()).toBe(true);
  expect(await response.json()).toMatchObject({ status: "ok", app: "hello" });
});
