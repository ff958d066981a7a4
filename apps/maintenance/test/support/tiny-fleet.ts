// Trains the real pipeline with the tiny configuration on a small synthetic folder (official-style test
// engines included) into a temp artifacts folder, for the store, API and pipeline tests.
import type { PipelineContext } from "@verticals/cli";
import { trainMaintenance } from "../../src/pipeline/train";
import { syntheticEquipment, tempDir, testContext, TINY_CONFIG } from "./fixtures";

export interface TinyFleet {
  ctx: PipelineContext;
  dataDir: string;
  artifactsDir: string;
  cleanup: () => void;
}

export async function trainTinyFleet(options: { testEngines?: number } = {}): Promise<TinyFleet> {
  const data = await syntheticEquipment({ rows: 1500, engines: 20, testEngines: options.testEngines ?? 6 });
  const artifacts = tempDir("maintenance-artifacts-");
  const ctx = testContext(data.dir, artifacts.dir);
  await trainMaintenance(ctx, TINY_CONFIG);
  return {
    ctx,
    dataDir: data.dir,
    artifactsDir: artifacts.dir,
    cleanup: () => {
      data.cleanup();
      artifacts.cleanup();
    },
  };
}
