// The backend as the worklist and model card show it: short, because the page has one line for it.
import { describeBackend, type BackendInfo } from "@verticals/core";

/** "wasm (WebAssembly, SIMD, 1 thread) · tfjs 4.22.0", without the (long) reason a faster backend was not used. */
export function shortBackend(info: BackendInfo): string {
  const { fallbackReason: _reason, ...rest } = info;
  return describeBackend(rest);
}
