import { PretrainedError } from "../errors/pretrained-error";
import type { PretrainedModelSpec } from "../registry/model-spec";
import { describeModelsDir, MODELS_DIR_ENV, type ModelsDir } from "../settings/models-dir";
import { ALLOW_REMOTE_ENV } from "../settings/remote-models";

/** The folders looked at and what each lacked. */
export interface LookedAt {
  dir: string;
  missing: string[];
}

/** "weights-missing", with the three ways to get the weights spelled out. */
export function missingWeightsError(spec: PretrainedModelSpec, models: ModelsDir, lookedAt: readonly LookedAt[]): PretrainedError {
  const where = lookedAt
    .map((l) => `${l.dir} (missing ${l.missing.length === 0 ? "nothing" : l.missing.join(", ")})`)
    .join("; ");
  const ways = [
    `set ${MODELS_DIR_ENV} to a folder that holds ${spec.id}/ (for example a copy of the project's shared models folder)`,
    spec.hub
      ? `run \`pnpm --filter @verticals/pretrained models fetch ${spec.id}\` on a machine with internet (downloads ${spec.hub.id} from the Hugging Face hub into the models directory)`
      : undefined,
    spec.hub ? `set ${ALLOW_REMOTE_ENV}=1 to download ${spec.hub.id} on first use` : undefined,
  ].filter((w): w is string => w !== undefined);
  return new PretrainedError(
    "weights-missing",
    `Pretrained model ${spec.id} is not available offline. Models directory: ${describeModelsDir(models)}. ` +
      `Looked in ${where}. To get it: ${ways.map((w, i) => `(${i + 1}) ${w}`).join("; ")}. ` +
      `Features that need it fall back to the app's own model meanwhile.`,
  );
}
