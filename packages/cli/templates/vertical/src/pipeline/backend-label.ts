// The backend as the store, the dashboard and JSON reports show it (the CLI prints the full description).
// Its own module, importing types only, so the dashboard's server bundle does not pull in the training code.
import type { BackendInfo } from "@verticals/core";

/** e.g. "tfjs · wasm (SIMD)". */
export function backendLabel(backend: Pick<BackendInfo, "name" | "simd">): string {
  return `tfjs · ${backend.name}${backend.name === "wasm" ? (backend.simd ? " (SIMD)" : " (no SIMD)") : ""}`;
}
