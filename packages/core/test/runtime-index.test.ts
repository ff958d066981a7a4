// The package's public runtime API: one tfjs instance, and every runtime entry point reachable by name.
import { expect, it } from "@jest/globals";
import * as tfjs from "@tensorflow/tfjs";
import * as core from "../src/index";

it("re-exports the very tfjs instance the runtime uses", async () => {
  expect(core.tf.getBackend).toBe(tfjs.getBackend);
  expect(core.tf.engine()).toBe(tfjs.engine());
  const info = await core.initBackend({ backend: "wasm" });
  expect(core.tf.getBackend()).toBe("wasm");
  expect(core.describeBackend(info)).toContain("wasm (WebAssembly");
});

it("exports the runtime API", () => {
  const names = [
    "initBackend", "getBackendInfo", "describeBackend", "backendInfoSchema", "registerWasmTrainingKernels",
    "createRng", "seedModelWeights", "reseedDropout", "assertSeedable", "trainModel", "computeSampleWeights",
    "TrainingCancelledError", "isTrainingCancelled", "abortOnSigint", "createTrainingReporter", "createStepProgress",
    "saveModelArtifact", "loadModelArtifact", "modelCardSchema", "parseModelCard", "integratedGradients",
  ] as const;
  for (const name of names) expect(typeof core[name]).not.toBe("undefined");
});
