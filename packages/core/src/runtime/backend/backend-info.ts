// What the runtime chose to compute with, recorded once and shown everywhere (CLI, dashboards, model cards),
// so a number measured on one backend is never silently compared with one measured on another.
import { z } from "zod";

export const backendNames = ["tensorflow", "wasm", "cpu"] as const;
export type BackendName = (typeof backendNames)[number];

export const backendInfoSchema = z.object({
  /** The tfjs backend in use: native libtensorflow, WebAssembly (XNNPACK) or plain JavaScript. */
  name: z.enum(backendNames),
  /** Whether vector instructions are in use (WebAssembly SIMD; native TensorFlow always vectorises). */
  simd: z.boolean(),
  /** Threads the backend computes with. */
  threads: z.number().int().positive(),
  tfjsVersion: z.string(),
  /** What was asked for: "auto" picks the fastest that loads. */
  requested: z.enum(["auto", ...backendNames]),
  /** Where the request came from. */
  requestedVia: z.enum(["default", "option", "env"]),
  /** Why a faster (or the requested) backend was not used, if it was not. */
  fallbackReason: z.string().optional(),
  /** Kernels Verticals added or replaced on this backend (wasm training kernels). */
  addedKernels: z.array(z.string()).optional(),
});

export type BackendInfo = z.infer<typeof backendInfoSchema>;

const backendLabels: Record<BackendName, string> = {
  tensorflow: "native TensorFlow",
  wasm: "WebAssembly",
  cpu: "plain JavaScript (slow)",
};

/** One line for humans, e.g. "wasm (WebAssembly, SIMD, 1 thread) · tfjs 4.22.0 · fallback: ...". */
export function describeBackend(info: BackendInfo): string {
  const traits = [backendLabels[info.name]];
  if (info.name === "wasm") traits.push(info.simd ? "SIMD" : "no SIMD");
  traits.push(`${info.threads} thread${info.threads === 1 ? "" : "s"}`);
  const parts = [`${info.name} (${traits.join(", ")})`, `tfjs ${info.tfjsVersion}`];
  if (info.requestedVia === "env") parts.push(`requested ${info.requested} via VERTICALS_TF_BACKEND`);
  else if (info.requestedVia === "option") parts.push(`requested ${info.requested}`);
  if (info.fallbackReason) parts.push(`fallback: ${info.fallbackReason}`);
  return parts.join(" · ");
}
