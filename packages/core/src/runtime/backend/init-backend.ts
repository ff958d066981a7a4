// Picks the fastest tfjs backend that works here: native TensorFlow (tfjs-node) when its binding loads,
// else WebAssembly with SIMD (plus the training kernels the stock wasm backend lacks), else plain cpu.
import os from "node:os";
import * as tf from "@tensorflow/tfjs";
import { registerBatchNormGradient } from "../kernels/batch-norm-gradient";
import { registerDilatedConv2DGradient } from "../kernels/dilated-conv2d-gradient";
import { registerWasmTrainingKernels } from "../kernels/register-wasm-training-kernels";
import { backendNames, type BackendInfo, type BackendName } from "./backend-info";
import { loadTfjsNode, shortReason, type NodeBindingLoader } from "./load-tfjs-node";

export const BACKEND_ENV_VAR = "VERTICALS_TF_BACKEND";

export interface InitBackendOptions {
  /** Force a backend; wins over VERTICALS_TF_BACKEND. "auto" (default) tries tensorflow, wasm, cpu in turn. */
  backend?: BackendName | "auto";
  /** Environment to read VERTICALS_TF_BACKEND from (default: process.env). */
  env?: Record<string, string | undefined>;
  /** Where the .wasm binaries live, when a bundler moved them (see tfjs-backend-wasm's setWasmPaths). */
  wasmPaths?: string;
  /** Replaces the tfjs-node loader; tests use it to simulate a laptop where the binding loads. */
  loadNodeBinding?: NodeBindingLoader;
}

interface BackendState {
  info?: BackendInfo;
  pending?: Promise<BackendInfo>;
  pendingKey?: string;
}

// Kept on globalThis, like tfjs's own engine, so two copies of this module (bundler chunks, test registries)
// agree on what was chosen.
const stateKey = Symbol.for("verticals.core.backend");
function state(): BackendState {
  const holder = globalThis as unknown as Record<symbol, BackendState | undefined>;
  return (holder[stateKey] ??= {});
}

type Request = { requested: BackendName | "auto"; requestedVia: BackendInfo["requestedVia"] };

function readRequest(options: InitBackendOptions): Request {
  if (options.backend !== undefined) {
    return { requested: validateName(options.backend, "initBackend({ backend })"), requestedVia: "option" };
  }
  const fromEnv = (options.env ?? process.env)[BACKEND_ENV_VAR]?.trim();
  if (fromEnv) return { requested: validateName(fromEnv, BACKEND_ENV_VAR), requestedVia: "env" };
  return { requested: "auto", requestedVia: "default" };
}

function validateName(value: string, source: string): BackendName | "auto" {
  if (value === "auto" || (backendNames as readonly string[]).includes(value)) return value as BackendName | "auto";
  throw new Error(`${source}: unknown tfjs backend "${value}"; expected one of auto, ${backendNames.join(", ")}`);
}

/**
 * Chooses and activates the backend (once; later calls with the same request return the recorded info).
 * A failing or forced-but-unavailable backend falls back to the next one, and the reason is recorded.
 */
export function initBackend(options: InitBackendOptions = {}): Promise<BackendInfo> {
  let request: Request;
  try {
    request = readRequest(options);
  } catch (error) {
    return Promise.reject(error);
  }
  const key = `${request.requested}|${request.requestedVia}|${options.wasmPaths ?? ""}`;
  const s = state();
  if (s.info && s.pendingKey === key && tf.getBackend() === s.info.name) return Promise.resolve(s.info);
  if (s.pending && s.pendingKey === key) return s.pending;
  s.pendingKey = key;
  s.pending = selectBackend(request, options).then(
    (info) => {
      s.info = info;
      return info;
    },
    (error: unknown) => {
      s.pending = undefined;
      s.pendingKey = undefined;
      throw error;
    },
  );
  return s.pending;
}

/** The backend recorded by the last successful initBackend(), if any. */
export function getBackendInfo(): BackendInfo | undefined {
  return state().info;
}

async function selectBackend(request: Request, options: InitBackendOptions): Promise<BackendInfo> {
  const order: BackendName[] =
    request.requested === "cpu" ? ["cpu"] : request.requested === "wasm" ? ["wasm", "cpu"] : ["tensorflow", "wasm", "cpu"];
  const failures: string[] = [];
  for (const name of order) {
    try {
      const info = await activate(name, options);
      registerDilatedConv2DGradient();
      registerBatchNormGradient();
      quietCpuHint();
      return {
        ...info,
        requested: request.requested,
        requestedVia: request.requestedVia,
        ...(failures.length > 0 ? { fallbackReason: failures.join("; ") } : {}),
      };
    } catch (error) {
      failures.push(`${name} unavailable (${shortReason(error)})`);
    }
  }
  throw new Error(`No tfjs backend could be initialised: ${failures.join("; ")}`);
}

type Activated = Omit<BackendInfo, "requested" | "requestedVia" | "fallbackReason">;

async function activate(name: BackendName, options: InitBackendOptions): Promise<Activated> {
  const base = { tfjsVersion: tf.version.tfjs };
  if (name === "tensorflow") {
    (options.loadNodeBinding ?? loadTfjsNode)();
    await setBackendOrThrow("tensorflow");
    // libtensorflow sizes its thread pools to the machine.
    return { ...base, name, simd: true, threads: os.availableParallelism?.() ?? os.cpus().length };
  }
  if (name === "wasm") {
    const wasm = await import("@tensorflow/tfjs-backend-wasm");
    if (options.wasmPaths) wasm.setWasmPaths(options.wasmPaths);
    await setBackendOrThrow("wasm");
    const simd = Boolean(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"));
    const multithread = Boolean(await tf.env().getAsync("WASM_HAS_MULTITHREAD_SUPPORT"));
    const addedKernels = registerWasmTrainingKernels();
    return { ...base, name, simd, threads: multithread ? wasm.getThreadsCount() : 1, addedKernels };
  }
  await setBackendOrThrow("cpu");
  return { ...base, name, simd: false, threads: 1 };
}

async function setBackendOrThrow(name: string): Promise<void> {
  if (tf.findBackendFactory(name) === null) throw new Error(`tfjs backend "${name}" is not registered`);
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`tfjs backend "${name}" failed to initialise`);
  await tf.ready();
}

// The cpu backend prints a "install tfjs-node" banner on first use in Node. The choice was deliberate and is
// reported through BackendInfo, so the banner would only mislead; mark the backend as already greeted.
function quietCpuHint(): void {
  const cpu = tf.findBackend("cpu") as { firstUse?: boolean } | null;
  if (cpu) cpu.firstUse = false;
}
