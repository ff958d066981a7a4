// Similar cases: the seed stores embeddings (worklist studies and the labelled reference library), the case
// view ranks the nearest confirmed cases. A fake backbone covers the logic on SQLite and PostgreSQL; the real
// MobileNetV2 is used when ../shared/models (or VERTICALS_MODELS_DIR) has it, and skipped with a message if not.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import path from "node:path";
import type { PipelineContext } from "@verticals/cli";
import { describeEachStore } from "@verticals/db/testing";
import { modelAvailability, NearestNeighbourIndex } from "@verticals/pretrained";
import { resolveEmbedder } from "../src/pipeline/embeddings";
import { REFERENCE_CASES, seedTriage } from "../src/pipeline/seed";
import { similarCases } from "../src/server/similar";
import { openStore, type Store } from "../src/store/client";
import { addStudy, bytesVector, recordDecision } from "../src/store/queries";
import { FakeEmbedder } from "./support/fake-embedder";
import { quietLog, syntheticDataDir, tempDir } from "./support/synthetic";
import { silenceStderr, STARTING_MODELS_DIR } from "./support/tiny-model";

const prismaDir = path.join(import.meta.dirname, "..", "prisma");

let base: Omit<PipelineContext, "databaseUrl">;
let cleanup: () => void;
let restore: () => void;
beforeAll(async () => {
  restore = silenceStderr();
  const data = await syntheticDataDir(120, 17);
  const artifacts = tempDir("triage-similar-");
  base = { dataDir: data.dir, artifactsDir: artifacts.dir, seed: 9, log: quietLog, signal: new AbortController().signal };
  cleanup = () => {
    data.cleanup();
    artifacts.cleanup();
  };
});
afterAll(() => {
  restore();
  cleanup?.();
});

/** Every stored reference vector's nearest neighbour among them is itself (after the bytes round trip). */
async function expectSelfNearest(store: Store): Promise<number> {
  const rows = await store.referenceCase.findMany({ select: { id: true, embedding: true }, orderBy: { id: "asc" } });
  const vectors = rows.map((r) => bytesVector(r.embedding));
  const index = new NearestNeighbourIndex(vectors[0]!.length);
  rows.forEach((r, i) => index.add(String(r.id), vectors[i]!));
  rows.forEach((r, i) => expect(index.query(vectors[i]!, 1)[0]!.id).toBe(String(r.id)));
  return rows.length;
}

describeEachStore(
  "similar cases (fake backbone)",
  (getUrl) => {
    const embedder = new FakeEmbedder();
    let store: Store;
    beforeAll(async () => {
      await seedTriage({ ...base, databaseUrl: getUrl() }, { embedder, quiet: true });
      store = await openStore(getUrl());
    });
    afterAll(async () => {
      await store?.$disconnect();
    });

    it("seeds the reference library and an embedding for every worklist study", async () => {
      expect(await store.referenceCase.count()).toBe(Math.min(REFERENCE_CASES, 120));
      expect(await store.study.count({ where: { embeddingModel: embedder.modelKey } })).toBe(await store.study.count());
      expect(await expectSelfNearest(store)).toBe(120);
    });

    it("ranks the nearest confirmed cases, best first, never the study itself, with labels and decisions", async () => {
      const [a, b] = await store.study.findMany({ where: { decisions: { none: {} } }, orderBy: { id: "asc" }, take: 2 });
      await recordDecision(store, { studyId: b!.id, finding: "pneumonia", reader: "Dr. Similar" });
      const result = await similarCases(store, a!.id, 500);
      if (result.status !== "ready") throw new Error(result.message);
      expect(result.searched).toBeGreaterThanOrEqual(120 + 1);
      expect(result.cases.map((c) => c.similarity)).toEqual([...result.cases.map((c) => c.similarity)].sort((x, y) => y - x));
      expect(result.cases.some((c) => c.kind === "study" && c.id === a!.id)).toBe(false);
      const decided = result.cases.find((c) => c.kind === "study" && c.id === b!.id);
      expect(decided).toMatchObject({ finding: "pneumonia", decision: { action: expect.stringMatching(/confirm|override/), reader: "Dr. Similar" }, href: `/studies/${b!.id}` });
      const reference = result.cases.find((c) => c.kind === "reference")!;
      expect(reference.thumbnail).toMatch(/^\/api\/reference\/\d+\/image/);
      expect(["pneumonia", "normal"]).toContain(reference.finding);
      const top = await similarCases(store, a!.id);
      expect(top.status === "ready" ? top.cases.length : 0).toBe(6);
    });

    it("says why when a study has no embedding (backbone unavailable at arrival)", async () => {
      const run = await store.run.findFirstOrThrow();
      const pixels = new Uint8Array(784).fill(90);
      const { id } = await addStudy(store, {
        source: "upload",
        format: "png",
        arrivedAt: new Date(),
        pixels,
        preview: { width: 28, height: 28, data: pixels },
        originalWidth: 28,
        originalHeight: 28,
        prediction: { runId: run.id, modelVersion: run.modelVersion, logit: 0, probability: 0.5, threshold: 0.5, flagged: true },
        heatmap: { method: "grad-cam", width: 7, height: 7, data: new Array(49).fill(0) },
        actor: "test",
      });
      const result = await similarCases(store, id);
      expect(result).toMatchObject({ status: "unavailable", message: expect.stringMatching(/No embedding for this study.*VERTICALS_MODELS_DIR/) });
    });
  },
  { prismaDir },
);

// The real backbone where the run was started with one (VERTICALS_MODELS_DIR as given, else the default folder).
const realEnv = STARTING_MODELS_DIR === undefined ? {} : { VERTICALS_MODELS_DIR: STARTING_MODELS_DIR };
const real = await modelAvailability(undefined, { env: realEnv });
if (!real.available) console.warn(`real-backbone similar-case test SKIPPED: ${real.reason?.split("\n")[0]}`);

(real.available ? describe : describe.skip)("similar cases with the real MobileNetV2", () => {
  it("embeds the seeded images offline and an image's nearest neighbour is itself", async () => {
    const resolved = await resolveEmbedder({ env: realEnv });
    if (!resolved.available) throw new Error(resolved.reason);
    const url = `file:${path.join(base.artifactsDir, "real-backbone.db")}`;
    await seedTriage({ ...base, databaseUrl: url }, { embedder: resolved.embedder, quiet: true });
    const store = await openStore(url);
    try {
      expect(resolved.embedder.dim).toBe(1280);
      expect(await expectSelfNearest(store)).toBe(120);
      const study = await store.study.findFirstOrThrow({ where: { embeddingModel: resolved.embedder.modelKey } });
      const result = await similarCases(store, study.id);
      expect(result).toMatchObject({ status: "ready", model: resolved.embedder.modelKey });
    } finally {
      await store.$disconnect();
    }
  });
});
