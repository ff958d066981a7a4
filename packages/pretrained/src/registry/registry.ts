import { PretrainedError } from "../errors/pretrained-error";
import type { PretrainedModelSpec } from "./model-spec";
import { MOBILENET_V2_INT8 } from "./mobilenet-v2";

/** Every supported model, by registry id. */
export const MODEL_REGISTRY: Readonly<Record<string, PretrainedModelSpec>> = {
  [MOBILENET_V2_INT8.id]: MOBILENET_V2_INT8,
};

/** The default image backbone for transfer learning. */
export const DEFAULT_IMAGE_MODEL = MOBILENET_V2_INT8.id;

/** How a requested name matched: the curated folder itself, or its hub equivalent (`Xenova/...`). */
export interface ModelLookup {
  spec: PretrainedModelSpec;
  via: "id" | "hub";
}

/** Accepts a registry id, or the hub id of a registry model; a spec object passes through. */
export function lookupModel(model: string | PretrainedModelSpec): ModelLookup {
  if (typeof model !== "string") return { spec: model, via: "id" };
  const byId = MODEL_REGISTRY[model];
  if (byId) return { spec: byId, via: "id" };
  const byHub = Object.values(MODEL_REGISTRY).find((spec) => spec.hub?.id === model);
  if (byHub) return { spec: byHub, via: "hub" };
  const known = Object.values(MODEL_REGISTRY)
    .map((spec) => (spec.hub ? `${spec.id} (hub: ${spec.hub.id})` : spec.id))
    .join(", ");
  throw new PretrainedError(
    "unknown-model",
    `Unknown pretrained model ${JSON.stringify(model)}: only registry models can be loaded (${known}). ` +
      `Other hub ids are refused so that nothing unvetted is downloaded.`,
  );
}
