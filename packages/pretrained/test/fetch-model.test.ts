// `models fetch` against a hub stand-in on 127.0.0.1: never the internet.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fetchModel, hubFileUrl, locateModel, PretrainedError, runModelsCli, sha256File } from "../src/index";
import { fakeSpec, FAKE_FILES, sha256, tempDir } from "./helpers";

let server: Server;
let hubUrl: string;
const requests: string[] = [];

beforeAll(async () => {
  // Serves FAKE_FILES at /<hub id>/resolve/main/<path>, like the hub; /broken/... serves other bytes.
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    const match = /^\/(tester\/fake-model|tester\/broken)\/resolve\/main\/(.+)$/.exec(req.url ?? "");
    const body = match ? FAKE_FILES[decodeURIComponent(match[2]!)] : undefined;
    if (!match || body === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Entry not found");
      return;
    }
    const bytes = match[1] === "tester/broken" && match[2]!.endsWith(".onnx") ? `${body}altered` : body;
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": Buffer.byteLength(bytes) }).end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function listAll(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

function brokenSpec() {
  const spec = fakeSpec();
  return { ...spec, hub: { ...spec.hub!, id: "tester/broken" } };
}

describe("fetchModel", () => {
  it("builds hub URLs like transformers.js does", () => {
    expect(hubFileUrl("https://huggingface.co", "Xenova/mobilenet_v2_1.0_224", "main", "onnx/model_quantized.onnx")).toBe(
      "https://huggingface.co/Xenova/mobilenet_v2_1.0_224/resolve/main/onnx/model_quantized.onnx",
    );
  });

  it("downloads and verifies every file into <models>/<hub id>, records checksums, then loads offline", async () => {
    const modelsDir = await tempDir();
    const progress: number[] = [];
    const fetched = await fetchModel(fakeSpec(), { modelsDir, hubUrl, onProgress: (p) => p.done && progress.push(p.receivedBytes) });
    const dir = join(modelsDir, "tester", "fake-model");
    expect(fetched).toMatchObject({ id: "fake-model", hubId: "tester/fake-model", dir, skipped: false });
    expect(fetched.files.map((f) => [f.path, f.check])).toEqual(Object.keys(FAKE_FILES).map((path) => [path, "pinned"]));
    for (const [path, text] of Object.entries(FAKE_FILES)) {
      expect(await readFile(join(dir, path), "utf8")).toBe(text);
      expect(await sha256File(join(dir, path))).toBe(sha256(text));
    }
    expect(progress).toEqual(Object.values(FAKE_FILES).map((t) => Buffer.byteLength(t)));
    expect(await readFile(join(dir, "SHA256SUMS"), "utf8")).toContain(`${sha256(FAKE_FILES["config.json"]!)}  config.json`);
    expect(JSON.parse(await readFile(join(dir, "SOURCE.json"), "utf8"))).toMatchObject({ hubId: "tester/fake-model", revision: "main" });
    expect(await listAll(modelsDir)).not.toContainEqual(expect.stringMatching(/\.fetch-|\.tmp$/));

    // The curated folder is absent, so the spec resolves to the fetched hub copy.
    const location = await locateModel(fakeSpec(), { modelsDir });
    expect(location).toMatchObject({ variant: "hub-copy", dir, loadId: "tester/fake-model", verifiedAgainst: "registry" });
  });

  it("skips a verified copy unless forced", async () => {
    const modelsDir = await tempDir();
    await fetchModel(fakeSpec(), { modelsDir, hubUrl });
    const before = requests.length;
    expect((await fetchModel(fakeSpec(), { modelsDir, hubUrl })).skipped).toBe(true);
    expect(requests.length).toBe(before);
    expect((await fetchModel(fakeSpec(), { modelsDir, hubUrl, force: true })).skipped).toBe(false);
    expect(requests.length).toBe(before + Object.keys(FAKE_FILES).length);
  });

  it("a checksum mismatch leaves nothing behind", async () => {
    const modelsDir = await tempDir();
    const error = await fetchModel(brokenSpec(), { modelsDir, hubUrl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PretrainedError);
    expect((error as PretrainedError).code).toBe("checksum");
    expect((error as Error).message).toMatch(/model_quantized\.onnx: SHA-256 is [0-9a-f]{64}, the registry expects [0-9a-f]{64}\. Nothing was written/);
    expect(await listAll(modelsDir)).toEqual([]);
  });

  it("a mismatch during --force keeps the existing good copy untouched", async () => {
    const modelsDir = await tempDir();
    const good = brokenSpec();
    const goodHub = { ...good, hub: { ...good.hub!, files: good.hub!.files.map((f) => ({ path: f.path })) } };
    await fetchModel(goodHub, { modelsDir, hubUrl }); // unpinned: the altered file is accepted and recorded
    const recorded = await readFile(join(modelsDir, "tester", "broken", "SHA256SUMS"), "utf8");
    expect((await locateModel(goodHub, { modelsDir })).verifiedAgainst).toBe("fetch-record");
    await expect(fetchModel(brokenSpec(), { modelsDir, hubUrl, force: true })).rejects.toMatchObject({ code: "checksum" });
    expect(await readFile(join(modelsDir, "tester", "broken", "SHA256SUMS"), "utf8")).toBe(recorded);
    expect((await listAll(modelsDir)).filter((p) => p.includes(".fetch-"))).toEqual([]);
    // Later damage is caught against the recorded SHA256SUMS.
    await writeFile(join(modelsDir, "tester", "broken", "config.json"), "{}");
    await expect(locateModel(goodHub, { modelsDir })).rejects.toMatchObject({ code: "checksum" });
  });

  it("HTTP 404: an 'http' error naming the URL, and nothing written", async () => {
    const modelsDir = await tempDir();
    const spec = fakeSpec();
    const missing = { ...spec, hub: { ...spec.hub!, files: [...spec.hub!.files, { path: "onnx/absent.onnx" }] } };
    const error = await fetchModel(missing, { modelsDir, hubUrl }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "http" });
    expect((error as Error).message).toBe(`Could not download ${hubUrl}/tester/fake-model/resolve/main/onnx/absent.onnx: HTTP 404 Not Found.`);
    expect(await listAll(modelsDir)).toEqual([]);
  });

  it("an unreachable hub: an 'offline' error saying what to do instead", async () => {
    const modelsDir = await tempDir();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await fetchModel(fakeSpec(), { modelsDir, hubUrl: `http://127.0.0.1:${port}` }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "offline" });
    expect((error as Error).message).toContain("VERTICALS_MODELS_DIR");
    expect(await listAll(modelsDir)).toEqual([]);
  });
});

describe("verticals-models CLI", () => {
  function run(argv: string[], env: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    return runModelsCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env }).then((code) => ({ code, out, err }));
  }

  it("fetch refuses an unknown model and bad usage", async () => {
    expect(await run(["fetch", "someone/else", "--hub-url", hubUrl])).toMatchObject({ code: 1 });
    expect((await run(["fetch"])).code).toBe(2);
    expect((await run(["fetch", "x", "--bogus"])).err.join("\n")).toContain("unknown option --bogus");
    expect((await run(["frobnicate"])).code).toBe(2);
  });

  it("fetch reports an HTTP failure with exit code 1 and writes nothing", async () => {
    const modelsDir = await tempDir();
    // The registry's MobileNetV2 is not on this stand-in hub: a 404 on its first file.
    const result = await run(["fetch", "mobilenet_v2_1.0_224-int8", "--models-dir", modelsDir, "--hub-url", hubUrl]);
    expect(result.code).toBe(1);
    expect(result.err.join("\n")).toContain(`http: Could not download ${hubUrl}/Xenova/mobilenet_v2_1.0_224/resolve/main/config.json: HTTP 404`);
    expect(await listAll(modelsDir)).toEqual([]);
  });

  it("where and list describe the models directory and each model's state", async () => {
    const modelsDir = await tempDir();
    const where = await run(["where"], { VERTICALS_MODELS_DIR: modelsDir });
    expect(where.out.join("\n")).toContain(`models directory: ${modelsDir} (from VERTICALS_MODELS_DIR)`);
    const list = await run(["list", "--models-dir", modelsDir]);
    expect(list.code).toBe(0);
    expect(list.out[0]).toMatch(/^mobilenet_v2_1\.0_224-int8: missing\. /);
    expect(list.out.join("\n")).toContain("hub equivalent: Xenova/mobilenet_v2_1.0_224");
    expect((await run(["verify", "--models-dir", modelsDir])).code).toBe(1);
  });
});
