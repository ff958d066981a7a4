import { describe, expect, it } from "@jest/globals";
import { shortBackend } from "../src/verticals/backend-text";

describe("shortBackend", () => {
  it("keeps a short description as it is", () => {
    expect(shortBackend("tfjs · wasm (SIMD)")).toBe("tfjs · wasm (SIMD)");
  });

  it("drops a fallback note and everything after it", () => {
    expect(shortBackend("wasm (WebAssembly, SIMD, 1 thread) · tfjs 4.22.0 · fallback: tensorflow unavailable (The Node.js native addon ...)")).toBe("wasm (WebAssembly, SIMD, 1 thread) · tfjs 4.22.0");
  });

  it("cuts anything still too long with an ellipsis", () => {
    const short = shortBackend("x".repeat(80));
    expect(short).toHaveLength(48);
    expect(short.endsWith("…")).toBe(true);
  });
});
