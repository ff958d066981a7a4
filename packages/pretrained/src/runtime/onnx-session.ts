import { availableParallelism } from "node:os";
import type { InferenceSession } from "onnxruntime-node";
import { readPositiveInteger, type SettingsEnv } from "../settings/settings-env";
import { processSingleton } from "./process-singleton";

export const THREADS_ENV = "VERTICALS_MODEL_THREADS";

type OrtModule = typeof import("onnxruntime-node");

/** onnxruntime-node, imported on first use: importing this package must stay cheap for availability checks. */
export async function loadOnnxRuntime(): Promise<OrtModule> {
  const loaded = (await import("onnxruntime-node")) as OrtModule & { default?: OrtModule };
  // A CommonJS package seen from ESM: the API is on `default` under some loaders, on the namespace under others.
  return loaded.InferenceSession ? loaded : (loaded.default as OrtModule);
}

/**
 * Intra-op threads: VERTICALS_MODEL_THREADS, else one less than the cores (at least 1, at most 4). On the
 * shared 2-core build machine one thread was fastest (7 ms/img vs 12-14 ms with 2, which fought the other
 * processes), and it leaves a core for preprocessing the next batch.
 */
export function defaultThreads(env: SettingsEnv = process.env): number {
  return readPositiveInteger(env, THREADS_ENV) ?? Math.min(4, Math.max(1, availableParallelism() - 1));
}

/** One ONNX Runtime session per (file, threads) per process. */
export function onnxSession(onnxPath: string, threads: number): Promise<InferenceSession> {
  return processSingleton(`onnx:${onnxPath}:${threads}`, async () => {
    const ort = await loadOnnxRuntime();
    return ort.InferenceSession.create(onnxPath, {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      executionMode: "sequential",
      graphOptimizationLevel: "all",
      // 3 = errors only: the curated file declares pooler_output as [1, 1280] and ORT warns on every batch > 1.
      logSeverityLevel: 3,
    });
  });
}
