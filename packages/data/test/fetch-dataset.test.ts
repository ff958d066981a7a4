import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { zipSync } from "fflate";
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { readdir, readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import {
  DATASET_SOURCES,
  FetchError,
  datasetDir,
  encodeNpz,
  fetchDataset,
  generateCmapss,
  generatePneumoniamnist,
  loadCmapss,
  loadCreditcard,
  loadMedmnist,
  readProvenance,
  type DownloadProgress,
  type FetchLike,
} from "../src/index";
import { makeTempDir, realFile, rejection, removeDir } from "./test-helpers";

// Every test talks to a node:http server on 127.0.0.1 only; this fetch refuses anything else, so no test can
// reach the internet even if a source override were forgotten.
const localFetch: FetchLike = async (input, init) => {
  const host = new URL(input).hostname;
  if (host !== "127.0.0.1") throw new Error(`test tried to reach ${host}`);
  return fetch(input, init);
};

interface Route {
  status?: number;
  body: Uint8Array | string;
  contentType?: string;
  /** Pause between body chunks (headers go out at once): a slow download. */
  chunkDelayMs?: number;
}

const routes = new Map<string, Route>();
let server: Server;
let base: string;
let root: string;

const sha256 = (data: Uint8Array | string): string => createHash("sha256").update(data).digest("hex");
const md5 = (data: Uint8Array | string): string => createHash("md5").update(data).digest("hex");

beforeAll(async () => {
  root = await makeTempDir("fetch");
  server = createServer((req, res) => {
    const route = routes.get(req.url ?? "");
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const body = typeof route.body === "string" ? Buffer.from(route.body) : Buffer.from(route.body);
    res.writeHead(route.status ?? 200, { "content-type": route.contentType ?? "application/octet-stream", "content-length": body.length });
    // Several chunks, so that progress is reported more than once.
    const step = Math.max(1, Math.ceil(body.length / 4));
    const chunks: Buffer[] = [];
    for (let i = 0; i < body.length; i += step) chunks.push(body.subarray(i, i + step));
    const send = () => {
      const chunk = chunks.shift();
      if (!chunk) return void res.end();
      res.write(chunk);
      if (route.chunkDelayMs) setTimeout(send, route.chunkDelayMs);
      else send();
    };
    send();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await removeDir(root);
});

/** Hashes of the files in a folder; null when the folder does not exist. */
async function snapshot(dir: string): Promise<Record<string, string> | null> {
  const out: Record<string, string> = {};
  let names: string[] = [];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return null;
  }
  for (const name of names) out[name] = sha256(await readFile(join(dir, name)));
  return out;
}

function npzFixture(): Uint8Array {
  const images = (n: number, value: number): { data: Uint8Array; shape: number[] } => ({ data: new Uint8Array(n * 784).fill(value), shape: [n, 28, 28] });
  return encodeNpz({
    train_images: images(3, 100),
    train_labels: { data: Uint8Array.from([0, 1, 1]), shape: [3, 1] },
    val_images: images(2, 120),
    val_labels: { data: Uint8Array.from([1, 0]), shape: [2, 1] },
  });
}

describe("fetchDataset: single file with a known checksum (PneumoniaMNIST, MD5)", () => {
  it("downloads, verifies, renames into place, records real provenance and reports byte progress", async () => {
    const body = npzFixture();
    routes.set("/pneumoniamnist.npz", { body });
    const progress: (DownloadProgress & { key: string })[] = [];
    const dataRoot = join(root, "ok-file");
    const result = await fetchDataset("pneumoniamnist", dataRoot, {
      fetch: localFetch,
      sources: { pneumoniamnist: { kind: "file", url: `${base}/pneumoniamnist.npz`, file: "pneumoniamnist.npz", checksum: { md5: md5(body), origin: "test fixture" } } },
      onProgress: (p) => progress.push(p),
    });
    const dir = datasetDir(dataRoot, "pneumoniamnist");
    expect(result.files).toEqual([expect.objectContaining({ name: "pneumoniamnist.npz", bytes: body.length, sha256: sha256(body) })]);
    expect(result.files[0]!.check).toMatch(/MD5 matches \(test fixture\)/);
    expect(Buffer.from(await readFile(join(dir, "pneumoniamnist.npz"))).equals(Buffer.from(body))).toBe(true);
    expect(Object.keys((await snapshot(dir))!)).toEqual(["PROVENANCE.json", "pneumoniamnist.npz"]);
    const provenance = await readProvenance("pneumoniamnist", dir);
    expect(provenance).toMatchObject({ kind: "real", dataset: "pneumoniamnist", source: `${base}/pneumoniamnist.npz` });
    expect(provenance.citation).toMatch(/MedMNIST/);
    expect((await loadMedmnist(dir)).train.labelCounts).toEqual([1, 2]);

    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((p) => p.key === "pneumoniamnist" && p.totalBytes === body.length)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ receivedBytes: body.length, done: true });
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.receivedBytes).toBeGreaterThanOrEqual(progress[i - 1]!.receivedBytes);
  });

  it("lets a slow body take longer than the timeout, which covers connecting and the headers only", async () => {
    const body = npzFixture();
    routes.set("/slow.npz", { body, chunkDelayMs: 150 });
    const result = await fetchDataset("pneumoniamnist", join(root, "slow-body"), {
      fetch: localFetch,
      timeoutMs: 200,
      sources: { pneumoniamnist: { kind: "file", url: `${base}/slow.npz`, file: "pneumoniamnist.npz", checksum: { md5: md5(body), origin: "test fixture" } } },
    });
    expect(result.files[0]!.bytes).toBe(body.length);
  });

  it("leaves the folder untouched (synthetic twin intact, no temp files) when the checksum does not match", async () => {
    routes.set("/tampered.npz", { body: npzFixture() });
    const dataRoot = join(root, "mismatch");
    const dir = datasetDir(dataRoot, "pneumoniamnist");
    await generatePneumoniamnist(dir, { seed: 3, size: 12 });
    const before = await snapshot(dir);
    const error = await rejection(
      fetchDataset("pneumoniamnist", dataRoot, {
        fetch: localFetch,
        sources: { pneumoniamnist: { kind: "file", url: `${base}/tampered.npz`, file: "pneumoniamnist.npz", checksum: { sha256: "0".repeat(64), origin: "expected" } } },
        onProgress: () => undefined,
      }),
    );
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe("checksum");
    expect(error.message).toMatch(/SHA-256 mismatch.*Nothing was written/);
    expect(await snapshot(dir)).toEqual(before);
    expect((await readProvenance("pneumoniamnist", dir)).kind).toBe("synthetic");
  });

  it("fails with a clear HTTP error on 404 and writes nothing", async () => {
    const dataRoot = join(root, "http404");
    const error = await rejection(
      fetchDataset("pneumoniamnist", dataRoot, {
        fetch: localFetch,
        sources: { pneumoniamnist: { kind: "file", url: `${base}/nowhere.npz`, file: "pneumoniamnist.npz" } },
        onProgress: () => undefined,
      }),
    );
    expect((error as FetchError).code).toBe("http");
    expect(error.message).toMatch(/HTTP 404 Not Found from http:\/\/127\.0\.0\.1:\d+\/nowhere\.npz/);
    expect(await snapshot(dataRoot)).toBeNull();
  });

  it("fails as offline, naming the host and the synthetic fallback, when the connection is refused", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const dataRoot = join(root, "refused");
    const error = await rejection(
      fetchDataset("pneumoniamnist", dataRoot, {
        fetch: localFetch,
        sources: { pneumoniamnist: { kind: "file", url: `http://127.0.0.1:${port}/x.npz`, file: "pneumoniamnist.npz" } },
        onProgress: () => undefined,
      }),
    );
    expect((error as FetchError).code).toBe("offline");
    expect(error.message).toMatch(/refused the connection \(ECONNREFUSED\)/);
    expect(error.message).toMatch(/offline/);
    expect(error.message).toMatch(/pnpm verticals data/);
    expect(await snapshot(dataRoot)).toBeNull();
  });
});

describe("fetchDataset: zip archives (C-MAPSS, members inside a nested zip)", () => {
  let members: Record<string, Uint8Array>;
  beforeAll(async () => {
    const fixtureDir = join(root, "cmapss-fixture");
    await generateCmapss(fixtureDir, { seed: 5, size: 3 });
    members = {};
    for (const name of ["train_FD001.txt", "test_FD001.txt", "RUL_FD001.txt"]) members[name] = new Uint8Array(await readFile(join(fixtureDir, name)));
    // As NASA's archive: an outer zip holding CMAPSSData.zip, which holds the text files.
    const inner = zipSync({ ...members, "readme.txt": new TextEncoder().encode("readme") });
    routes.set("/turbofan.zip", { body: zipSync({ "6. Turbofan Engine Degradation Simulation Data Set/CMAPSSData.zip": inner, "notes.txt": new Uint8Array([1]) }) });
    routes.set("/not-a-zip.zip", { body: "<html>maintenance</html>" });
  });

  const source = (checksums: Record<string, string>) => ({
    cmapss: {
      kind: "zip" as const,
      url: `${base}/turbofan.zip`,
      members: Object.entries(checksums).map(([file, sum]) => ({ file, checksum: { sha256: sum, origin: "test fixture" } })),
    },
  });

  it("extracts and verifies every member, then the loader reads them", async () => {
    const dataRoot = join(root, "zip-ok");
    const result = await fetchDataset("cmapss", dataRoot, {
      fetch: localFetch,
      sources: source(Object.fromEntries(Object.entries(members).map(([name, data]) => [name, sha256(data)]))),
      onProgress: () => undefined,
    });
    const dir = datasetDir(dataRoot, "cmapss");
    expect(result.files.map((f) => f.name)).toEqual(["train_FD001.txt", "test_FD001.txt", "RUL_FD001.txt"]);
    expect(Object.keys((await snapshot(dir))!)).toEqual(["PROVENANCE.json", "RUL_FD001.txt", "test_FD001.txt", "train_FD001.txt"]);
    for (const [name, data] of Object.entries(members)) expect(sha256(await readFile(join(dir, name)))).toBe(sha256(data));
    const loaded = await loadCmapss(dir);
    expect(loaded.train.units.id).toHaveLength(3);
    expect(loaded.provenance.kind).toBe("real");
  });

  it("writes none of the members when one of them does not match", async () => {
    const dataRoot = join(root, "zip-mismatch");
    const sums = Object.fromEntries(Object.entries(members).map(([name, data]) => [name, sha256(data)]));
    sums["RUL_FD001.txt"] = "f".repeat(64);
    const error = await rejection(fetchDataset("cmapss", dataRoot, { fetch: localFetch, sources: source(sums), onProgress: () => undefined }));
    expect((error as FetchError).code).toBe("checksum");
    expect(error.message).toMatch(/RUL_FD001\.txt: SHA-256 mismatch/);
    expect(await snapshot(dataRoot)).toBeNull();
  });

  it("names a missing member, and rejects a download that is not a zip", async () => {
    const dataRoot = join(root, "zip-missing");
    const missing = await rejection(
      fetchDataset("cmapss", dataRoot, { fetch: localFetch, sources: source({ "train_FD002.txt": "0".repeat(64) }), onProgress: () => undefined }),
    );
    expect((missing as FetchError).code).toBe("format");
    expect(missing.message).toMatch(/holds no train_FD002\.txt/);
    const notZip = await rejection(
      fetchDataset("cmapss", dataRoot, {
        fetch: localFetch,
        sources: { cmapss: { kind: "zip", url: `${base}/not-a-zip.zip`, members: [{ file: "train_FD001.txt" }] } },
        onProgress: () => undefined,
      }),
    );
    expect((notZip as FetchError).code).toBe("format");
    expect(notZip.message).toMatch(/not a readable zip/);
    expect(await snapshot(dataRoot)).toBeNull();
  });
});

describe("fetchDataset: OpenML ARFF converted to creditcard.csv", () => {
  const attributes = ["Time", ...Array.from({ length: 28 }, (_, i) => `V${i + 1}`), "Amount"];
  const row = (time: number, v: number, amount: string, cls: string): string =>
    [time, ...Array.from({ length: 28 }, (_, i) => (v * (i + 1)) / 10), amount, cls].join(",");
  const arff = [
    "% ULB credit card fraud (fixture)",
    "@RELATION creditcard",
    "",
    ...attributes.map((a) => `@ATTRIBUTE '${a}' NUMERIC`),
    "@ATTRIBUTE 'Class' {'0','1'}",
    "@DATA",
    row(0, -1.5, "149.62", "'0'"),
    row(1, 0.25, "2.69", "'0'"),
    row(406, -3.1, "1.5", "'1'"),
    "",
  ].join("\n");

  beforeAll(() => {
    routes.set("/api/v1/json/data/1597", {
      contentType: "application/json",
      body: JSON.stringify({ data_set_description: { id: "1597", name: "creditcard", url: "/data/v1/download/1/creditcard.arff", md5_checksum: md5(arff) } }),
    });
    routes.set("/api/v1/json/data/bad-md5", {
      contentType: "application/json",
      body: JSON.stringify({ data_set_description: { url: "/data/v1/download/1/creditcard.arff", md5_checksum: "0".repeat(32) } }),
    });
    routes.set("/data/v1/download/1/creditcard.arff", { body: arff });
  });

  const openml = (path: string, expect: { rows: number; positives: number; positiveAmountSum: number }) => ({
    creditcard: { kind: "openml-arff" as const, descriptionUrl: `${base}${path}`, file: "creditcard.csv", expect },
  });

  it("checks OpenML's MD5 and the content totals, and writes the Kaggle layout the loader reads", async () => {
    const dataRoot = join(root, "openml-ok");
    const result = await fetchDataset("creditcard", dataRoot, {
      fetch: localFetch,
      sources: openml("/api/v1/json/data/1597", { rows: 3, positives: 1, positiveAmountSum: 1.5 }),
      onProgress: () => undefined,
    });
    expect(result.url).toBe(`${base}/data/v1/download/1/creditcard.arff`);
    expect(result.files[0]!.check).toMatch(/MD5 matches \(OpenML's published MD5 of its ARFF\).*content matches/);
    const dir = datasetDir(dataRoot, "creditcard");
    const lines = (await readFile(join(dir, "creditcard.csv"), "utf8")).split("\n");
    expect(lines[0]).toMatch(/^"Time","V1",.*"Amount","Class"$/);
    expect(lines[3]).toBe(`${row(406, -3.1, "1.5", '"1"')}`);
    expect(Object.keys((await snapshot(dir))!)).toEqual(["PROVENANCE.json", "creditcard.csv"]);
    const data = await loadCreditcard(dir);
    expect([data.rowCount, data.positiveCount]).toEqual([3, 1]);
    expect(data.columns.Amount[0]).toBe(149.62);
    expect(data.provenance.kind).toBe("real");
  });

  it("refuses data whose totals differ from the published dataset, and a wrong MD5", async () => {
    const dataRoot = join(root, "openml-bad");
    const content = await rejection(
      fetchDataset("creditcard", dataRoot, {
        fetch: localFetch,
        sources: openml("/api/v1/json/data/1597", DATASET_SOURCES.creditcard.kind === "openml-arff" ? DATASET_SOURCES.creditcard.expect : { rows: 0, positives: 0, positiveAmountSum: 0 }),
        onProgress: () => undefined,
      }),
    );
    expect((content as FetchError).code).toBe("checksum");
    expect(content.message).toMatch(/3 rows, 1 frauds summing to 1\.50; expected 284807 rows, 492 frauds summing to 60127\.97/);
    const hash = await rejection(
      fetchDataset("creditcard", dataRoot, {
        fetch: localFetch,
        sources: openml("/api/v1/json/data/bad-md5", { rows: 3, positives: 1, positiveAmountSum: 1.5 }),
        onProgress: () => undefined,
      }),
    );
    expect((hash as FetchError).code).toBe("checksum");
    expect(hash.message).toMatch(/MD5 mismatch/);
    expect(await snapshot(dataRoot)).toBeNull();
  });
});

describe("fetchDataset: sources", () => {
  it("explains how to get M5 from Kaggle instead of downloading, without touching the network", async () => {
    const neverCalled: FetchLike = () => {
      throw new Error("fetch must not be called for M5");
    };
    const dataRoot = join(root, "m5");
    const error = await rejection(fetchDataset("m5", dataRoot, { fetch: neverCalled }));
    expect((error as FetchError).code).toBe("manual");
    expect(error.message).toMatch(/Kaggle/);
    expect(error.message).toMatch(/kaggle competitions download -c m5-forecasting-accuracy/);
    expect(error.message).toContain(datasetDir(dataRoot, "m5"));
  });

  it("points at the publishers over HTTPS with well-formed checksums", () => {
    for (const source of Object.values(DATASET_SOURCES)) {
      const url = source.kind === "openml-arff" ? source.descriptionUrl : source.url;
      expect(url).toMatch(/^https:\/\//);
      const sums = source.kind === "zip" ? source.members.map((m) => m.checksum) : source.kind === "file" ? [source.checksum] : [];
      for (const sum of sums) {
        if (sum?.sha256) expect(sum.sha256).toMatch(/^[0-9a-f]{64}$/);
        if (sum?.md5) expect(sum.md5).toMatch(/^[0-9a-f]{32}$/);
      }
    }
  });

  const realTrain = realFile("cmapss", "train_FD001.txt");
  (realTrain ? it : it.skip)("knows the SHA-256 of NASA's train_FD001.txt (checked against the real copy)", async () => {
    const source = DATASET_SOURCES.cmapss;
    if (source.kind !== "zip") throw new Error("cmapss source is not a zip");
    expect(sha256(await readFile(realTrain!))).toBe(source.members.find((m) => m.file === "train_FD001.txt")?.checksum?.sha256);
  });
});
