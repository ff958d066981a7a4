import { isPretrainedError } from "../errors/pretrained-error";
import type { FetchLike } from "../fetch/download-to-file";
import { fetchModel } from "../fetch/fetch-model";
import { MODEL_REGISTRY } from "../registry/registry";
import { modelAvailability } from "../resolve/availability";
import { describeModelsDir, resolveModelsDir } from "../settings/models-dir";
import { remoteModelsAllowed, resolveHubUrl } from "../settings/remote-models";
import type { SettingsEnv } from "../settings/settings-env";
import { parseArgs, UsageError } from "./parse-args";

export interface ModelsCliIo {
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  env?: SettingsEnv;
  cwd?: string;
  fetch?: FetchLike;
}

const USAGE = `verticals-models <command> [options]

  list                 registry models, whether each is ready here, and where
  where                the models directory and how it was chosen
  verify [id...]       check the files of models against their sha256 (default: all)
  fetch <id>           download a model's hub equivalent into the models directory (needs internet)

options:
  --models-dir DIR     instead of VERTICALS_MODELS_DIR / the default
  --hub-url URL        fetch: hub or mirror base URL (default VERTICALS_MODELS_HUB_URL, else https://huggingface.co)
  --force              fetch: download again even if a verified copy is there`;

/** The `verticals-models` command. Returns the exit code: 0 ok, 1 failed, 2 bad usage. */
export async function runModelsCli(argv: readonly string[], io: ModelsCliIo = {}): Promise<number> {
  const out = io.stdout ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = io.stderr ?? ((line: string) => process.stderr.write(`${line}\n`));
  let args;
  try {
    args = parseArgs(argv, new Set(["models-dir", "hub-url"]), new Set(["force", "help"]));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`verticals-models: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const modelsDir = args.flags.get("models-dir") as string | undefined;
  const where = { modelsDir, env: io.env, cwd: io.cwd };
  try {
    switch (args.command) {
      case undefined:
      case "help":
        out(USAGE);
        return args.command === undefined && !args.flags.has("help") ? 2 : 0;
      case "where": {
        const models = resolveModelsDir(where);
        out(`models directory: ${describeModelsDir(models)}`);
        out(`fetch writes to:  ${models.dir}`);
        out(`remote loading:   ${remoteModelsAllowed(io.env ?? process.env) ? "on" : "off"} (VERTICALS_ALLOW_REMOTE_MODELS)`);
        return 0;
      }
      case "list":
      case "verify": {
        const ids = args.command === "verify" && args.positionals.length > 0 ? args.positionals : Object.keys(MODEL_REGISTRY);
        let failed = 0;
        for (const id of ids) {
          const status = await modelAvailability(id, where);
          const spec = MODEL_REGISTRY[id];
          if (status.status === "ready" && status.location) {
            const l = status.location;
            out(`${id}: ready (${l.variant}, verified against ${l.verifiedAgainst}) ${l.dir}`);
          } else {
            if (args.command === "verify" || status.status !== "missing") failed++;
            out(`${id}: ${status.status}. ${status.reason ?? ""}`.trim());
          }
          if (args.command === "list" && spec) {
            out(`  ${spec.title}; ${spec.embeddingDim}-d ${spec.outputName}; licence ${spec.licence}`);
            if (spec.hub) out(`  hub equivalent: ${spec.hub.id} (${spec.hub.note})`);
          }
        }
        return failed > 0 ? 1 : 0;
      }
      case "fetch": {
        if (args.positionals.length !== 1) throw new UsageError("fetch needs exactly one model id");
        const hubUrl = resolveHubUrl(args.flags.get("hub-url") as string | undefined, io.env ?? process.env);
        const id = args.positionals[0]!;
        const curated = await modelAvailability(id, where);
        if (curated.status === "ready" && curated.location?.variant === "curated") {
          out(`note: the curated ${id} is already here (${curated.location.dir}); it is used first, the hub copy only where it is absent.`);
        }
        const fetched = await fetchModel(id, {
          ...where,
          hubUrl,
          fetch: io.fetch,
          force: args.flags.has("force"),
          onProgress: (p) => {
            if (p.done) out(`  ${p.url}: ${p.receivedBytes} bytes`);
          },
        });
        if (fetched.skipped) {
          out(`${fetched.hubId} is already in ${fetched.dir} and verified (--force downloads it again).`);
        } else {
          for (const f of fetched.files) out(`  ${f.path}  sha256 ${f.sha256} (${f.check === "pinned" ? "matches the registry" : "recorded in SHA256SUMS"})`);
          out(`${fetched.hubId} (for ${fetched.id}) fetched into ${fetched.dir}.`);
        }
        return 0;
      }
      default:
        throw new UsageError(`unknown command ${JSON.stringify(args.command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`verticals-models: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (isPretrainedError(error)) {
      err(`verticals-models: ${error.code}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
