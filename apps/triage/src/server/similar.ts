// Similar cases for the case view: the nearest confirmed cases in the pretrained backbone's embedding space.
// "Confirmed" means a known finding: the reference library (labelled training images, seeded) and studies a
// radiologist has already decided in this store. Exact cosine search (NearestNeighbourIndex); the reference
// index is built once per process and embedding model, the decided studies (few) per request.
import { NearestNeighbourIndex } from "@verticals/pretrained";
import type { Store } from "../store/client";
import { bytesVector } from "../store/queries";

export interface SimilarCase {
  kind: "reference" | "study";
  id: number;
  /** The confirmed finding: the dataset label (reference) or the radiologist's finding (study). */
  finding: "pneumonia" | "normal";
  /** For decided studies: confirm/override, by whom. */
  decision?: { action: string; reader: string; accession: string };
  /** Cosine similarity of the embeddings, -1..1. */
  similarity: number;
  thumbnail: string;
  href?: string;
}

export type SimilarCasesResult = { status: "ready"; cases: SimilarCase[]; searched: number; model: string } | { status: "unavailable"; message: string };

interface ReferenceIndex {
  index: NearestNeighbourIndex;
  labels: Map<string, number>;
}

const holder = globalThis as unknown as { __triageReferenceIndex?: Map<string, Promise<ReferenceIndex>> };

async function referenceIndex(store: Store, model: string): Promise<ReferenceIndex | undefined> {
  const count = await store.referenceCase.count({ where: { embeddingModel: model } });
  if (count === 0) return undefined;
  const key = `${model}#${count}`;
  const cache = (holder.__triageReferenceIndex ??= new Map());
  let found = cache.get(key);
  if (!found) {
    found = (async () => {
      const rows = await store.referenceCase.findMany({ where: { embeddingModel: model }, select: { id: true, label: true, embedding: true }, orderBy: { id: "asc" } });
      const first = bytesVector(rows[0]!.embedding);
      const index = new NearestNeighbourIndex(first.length);
      const labels = new Map<string, number>();
      for (const row of rows) {
        index.add(String(row.id), bytesVector(row.embedding));
        labels.set(String(row.id), row.label);
      }
      return { index, labels };
    })();
    cache.clear(); // one library per process: the newest count wins
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}

export async function similarCases(store: Store, studyId: number, k = 6): Promise<SimilarCasesResult> {
  const study = await store.study.findUnique({ where: { id: studyId }, select: { embedding: true, embeddingModel: true } });
  if (!study) return { status: "unavailable", message: `study ${studyId} does not exist` };
  if (!study.embedding || !study.embeddingModel) {
    return {
      status: "unavailable",
      message:
        "No embedding for this study: the pretrained backbone (MobileNetV2) was not available when it arrived. Put the model folder in place (VERTICALS_MODELS_DIR, or `pnpm --filter @verticals/pretrained models fetch` on a machine with internet) and re-seed or re-upload.",
    };
  }
  const model = study.embeddingModel;
  const query = bytesVector(study.embedding);
  const candidates: SimilarCase[] = [];
  let searched = 0;

  const reference = await referenceIndex(store, model);
  if (reference) {
    searched += reference.index.size;
    for (const n of reference.index.query(query, k)) {
      candidates.push({ kind: "reference", id: Number(n.id), finding: reference.labels.get(n.id) === 1 ? "pneumonia" : "normal", similarity: n.score, thumbnail: `/api/reference/${n.id}/image?size=96` });
    }
  }

  const decided = await store.study.findMany({
    where: { id: { not: studyId }, embeddingModel: model, decisions: { some: {} } },
    select: { id: true, accession: true, embedding: true, decisions: { orderBy: { id: "desc" }, take: 1, select: { finding: true, action: true, reader: true } } },
  });
  if (decided.length > 0) {
    const index = new NearestNeighbourIndex(query.length);
    for (const row of decided) index.add(String(row.id), bytesVector(row.embedding!));
    searched += index.size;
    const byId = new Map(decided.map((row) => [String(row.id), row]));
    for (const n of index.query(query, k)) {
      const row = byId.get(n.id)!;
      const decision = row.decisions[0]!;
      candidates.push({
        kind: "study",
        id: row.id,
        finding: decision.finding === "pneumonia" ? "pneumonia" : "normal",
        decision: { action: decision.action, reader: decision.reader, accession: row.accession },
        similarity: n.score,
        thumbnail: `/api/studies/${row.id}/image?size=96`,
        href: `/studies/${row.id}`,
      });
    }
  }
  if (searched === 0) {
    return { status: "unavailable", message: "No confirmed cases with embeddings yet: seed the reference library (`pnpm verticals demo` or `pnpm seed`) or decide a few studies." };
  }
  candidates.sort((a, b) => b.similarity - a.similarity);
  return { status: "ready", cases: candidates.slice(0, k), searched, model };
}
