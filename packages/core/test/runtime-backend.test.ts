// Backend choice: native TensorFlow when its binding loads, else WebAssembly (SIMD), else cpu; forced by env
// or option; recorded and described in one line.
import { afterEach, describe, expect, it } from "@jest/globals";
import * as tfjs from "@tensorflow/tfjs";
import { backendInfoSchema, describeBackend, type BackendInfo } from "../src/runtime/backend/backend-info";
import { getBackendInfo, initBackend } from "../src/runtime/backend/init-backend";
import { NATIVE_ADDON_NOT_BUILT, shortReason } from "../src/runtime/backend/load-tfjs-node";

const missingBinding = () => {
  throw new Error("The Node.js native addon module (tfjs_binding.node) can not be found\nsecond line");
};

afterEach(() => {
  if (tfjs.findBackendFactory("tensorflow")) tfjs.removeBackend("tensorflow");
});

describe("initBackend", () => {
  it("falls back to wasm with SIMD when tfjs-node does not load, and says why", async () => {
    const info = await initBackend({ loadNodeBinding: missingBinding, env: {} });
    expect(info).toMatchObject({ name: "wasm", simd: true, threads: 1, requested: "auto", requestedVia: "default" });
    expect(info.tfjsVersion).toBe(tfjs.version.tfjs);
    expect(info.fallbackReason).toBe(`tensorflow unavailable (${NATIVE_ADDON_NOT_BUILT})`);
    expect(info.addedKernels).toEqual(expect.arrayContaining(["Conv2DBackpropFilter", "UnsortedSegmentSum", "MaxPoolGrad"]));
    expect(tfjs.getBackend()).toBe("wasm");
    expect(getBackendInfo()).toEqual(info);
    expect(backendInfoSchema.parse(info)).toEqual(info);
  });

  it("tries the real tfjs-node first (here it cannot load; on a laptop with its binding it is used)", async () => {
    const info = await initBackend({ env: {} });
    if (info.name === "tensorflow") {
      expect(info.fallbackReason).toBeUndefined();
    } else {
      expect(info.name).toBe("wasm");
      expect(info.fallbackReason).toMatch(/^tensorflow unavailable \(/);
    }
  });

  it("uses the native backend when the binding loads", async () => {
    // Stand-in for tfjs-node: registers a backend named "tensorflow" (computing on the cpu kernels).
    const fakeBinding = () => {
      const Cpu = (tfjs.findBackend("cpu") as object).constructor as new () => tfjs.KernelBackend;
      tfjs.registerBackend("tensorflow", () => new Cpu(), 3);
    };
    const info = await initBackend({ backend: "tensorflow", loadNodeBinding: fakeBinding, env: {} });
    expect(info).toMatchObject({ name: "tensorflow", requested: "tensorflow", requestedVia: "option" });
    expect(info.fallbackReason).toBeUndefined();
    expect(tfjs.getBackend()).toBe("tensorflow");
    tfjs.removeBackend("tensorflow");
    await initBackend({ backend: "wasm" });
  });

  it("is forced by VERTICALS_TF_BACKEND and an explicit option wins over it", async () => {
    const cpu = await initBackend({ env: { VERTICALS_TF_BACKEND: "cpu" } });
    expect(cpu).toMatchObject({ name: "cpu", requested: "cpu", requestedVia: "env", simd: false });
    expect(tfjs.getBackend()).toBe("cpu");
    const wasm = await initBackend({ backend: "wasm", env: { VERTICALS_TF_BACKEND: "cpu" } });
    expect(wasm).toMatchObject({ name: "wasm", requestedVia: "option" });
    expect(tfjs.getBackend()).toBe("wasm");
  });

  it("a forced tensorflow backend that cannot load falls back and records it", async () => {
    const info = await initBackend({ env: { VERTICALS_TF_BACKEND: "tensorflow" }, loadNodeBinding: missingBinding });
    expect(info).toMatchObject({ name: "wasm", requested: "tensorflow", requestedVia: "env" });
    expect(info.fallbackReason).toMatch(/tensorflow unavailable/);
  });

  it("rejects an unknown backend name, naming the variable", async () => {
    await expect(initBackend({ env: { VERTICALS_TF_BACKEND: "gpu" } })).rejects.toThrow(
      'VERTICALS_TF_BACKEND: unknown tfjs backend "gpu"; expected one of auto, tensorflow, wasm, cpu',
    );
  });

  it("is cheap and idempotent: a second call returns the recorded info", async () => {
    const first = await initBackend({ backend: "wasm" });
    const started = performance.now();
    const second = await initBackend({ backend: "wasm" });
    expect(second).toBe(first);
    expect(performance.now() - started).toBeLessThan(5);
    const [a, b] = await Promise.all([initBackend({ backend: "cpu" }), initBackend({ backend: "cpu" })]);
    expect(a).toBe(b);
    await initBackend({ backend: "wasm" });
  });
});

describe("describeBackend", () => {
  const base: BackendInfo = { name: "wasm", simd: true, threads: 1, tfjsVersion: "4.22.0", requested: "auto", requestedVia: "default" };

  it("gives one line for humans", () => {
    expect(describeBackend(base)).toBe("wasm (WebAssembly, SIMD, 1 thread) · tfjs 4.22.0");
    expect(describeBackend({ ...base, fallbackReason: "tensorflow unavailable (no binding)" })).toBe(
      "wasm (WebAssembly, SIMD, 1 thread) · tfjs 4.22.0 · fallback: tensorflow unavailable (no binding)",
    );
    expect(describeBackend({ ...base, name: "cpu", simd: false, requested: "cpu", requestedVia: "env" })).toBe(
      "cpu (plain JavaScript (slow), 1 thread) · tfjs 4.22.0 · requested cpu via VERTICALS_TF_BACKEND",
    );
    expect(describeBackend({ ...base, name: "tensorflow", threads: 8, requested: "tensorflow", requestedVia: "option" })).toBe(
      "tensorflow (native TensorFlow, 8 threads) · tfjs 4.22.0 · requested tensorflow",
    );
    expect(describeBackend(base)).not.toContain("\n");
  });
});

describe("shortReason", () => {
  it("keeps the first line, cuts absolute paths to the package or file name and caps the length", () => {
    const error = new Error("Cannot find module '/home/someone/repo/node_modules/@tensorflow/tfjs-node/index.js'\nRequire stack:\n- /a/b.js");
    expect(shortReason(error)).toBe("Cannot find module '@tensorflow/tfjs-node/index.js'");
    expect(shortReason(new Error("ENOENT: no such file, open '/tmp/x/model.json'"))).toBe("ENOENT: no such file, open 'model.json'");
    expect(shortReason("x".repeat(500))).toHaveLength(240);
    expect(shortReason(new Error("addon at path: /opt/x/lib/napi-v8/tfjs_binding.node."))).toBe(NATIVE_ADDON_NOT_BUILT);
  });
});
