import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createTestSqliteUrl } from "@verticals/db/testing";
import { verticalSummarySchema } from "@verticals/ui/summary";
import { pipeline } from "../src/pipeline/index";
import { resetRuntime } from "../src/server/runtime";
import { silenceStderr, trainTinyModel, type TinySetup } from "./support/tiny";

let GET: () => Promise<Response>;

describe("GET /api/summary", () => {
  let tiny: TinySetup;
  let restore: () => void;
  beforeAll(async () => {
    restore = silenceStderr();
    tiny = await trainTinyModel(600, 11);
    process.env.DATABASE_URL = createTestSqliteUrl();
    process.env.__ENV___MODEL_DIR = tiny.modelDir;
    await resetRuntime();
    ({ GET } = await import("../app/api/summary/route"));
  });
  afterAll(async () => {
    await resetRuntime();
    restore();
    tiny?.cleanup();
    delete process.env.DATABASE_URL;
    delete process.env.__ENV___MODEL_DIR;
  });

  it("answers 503 with a clear message before the store holds a model run", async () => {
    const response = await GET();
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/pnpm verticals train __NAME__/);
  });

  it("returns the portal's card: live KPIs from the store, quality against the baseline, provenance", async () => {
    await pipeline.seed({ ...tiny.ctx, databaseUrl: process.env.DATABASE_URL! });
    const response = await GET();
    expect(response.status).toBe(200);
    const summary = verticalSummarySchema.parse(await response.json());
    expect(summary.app).toBe("__NAME__");
    expect(summary.kpis.find((kpi) => kpi.label === "Records scored")?.value).toBe(90);
    const flagged = summary.kpis.find((kpi) => kpi.label === "Flagged")?.value ?? -1;
    expect(flagged).toBeGreaterThan(0);
    expect(summary.kpis.find((kpi) => kpi.label === "Flag rate")?.value).toBeCloseTo(flagged / 90);
    expect(summary.quality.metric).toBe("ROC-AUC");
    expect(summary.quality.model).toBeGreaterThan(0.6);
    expect(summary.quality.baselineName).toMatch(/Logistic regression/);
    expect(summary.provenance.kind).toBe("synthetic");
    expect(summary.modelVersion).toMatch(/^__NAME__-mlp@[0-9a-f]{12}$/);
  });
});
