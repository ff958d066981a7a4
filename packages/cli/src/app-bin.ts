// `verticals-app train|evaluate|seed [--data-dir DIR] [--seed N]`, run by an app's package scripts in its folder.
import { existsSync } from "node:fs";
import { parseCommandLine } from "./command-line";
import { appScriptContext } from "./app-script";
import { interruptSignal } from "./interrupt";
import { evaluateApp } from "./commands/evaluate";
import { seedApp } from "./commands/seed";
import { trainApp } from "./commands/train";
import { readManifest, UsageError } from "./manifest";

const usage = "usage (in an app folder): verticals-app train|evaluate|seed [--data-dir DIR] [--seed N]";
const COMMANDS = ["train", "evaluate", "seed"];

export async function main(argv: string[]): Promise<void> {
  // `pnpm train -- --data-dir DIR` passes the "--" through.
  const { values, positionals } = parseCommandLine({
    args: argv.filter((arg) => arg !== "--"),
    allowPositionals: true,
    options: { "data-dir": { type: "string" }, seed: { type: "string" } },
  });
  const [command] = positionals;
  if (!command || positionals.length > 1) throw new UsageError(usage);
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}"; ${usage}`);
  if (values["data-dir"] !== undefined && !existsSync(values["data-dir"])) throw new UsageError(`--data-dir ${values["data-dir"]}: no such folder`);
  if (values.seed !== undefined && !/^-?\d+$/.test(values.seed)) throw new UsageError(`--seed must be an integer, got "${values.seed}"`);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  const signal = interruptSignal();
  const app = readManifest(process.cwd());
  const { dataDir } = await appScriptContext({ dataDir: values["data-dir"], seed, signal });
  switch (command) {
    case "train":
      return trainApp(app, dataDir, signal, seed);
    case "evaluate":
      return evaluateApp(app, dataDir, signal, seed);
    case "seed":
      return seedApp(app, dataDir, signal, seed);
    default:
      throw new UsageError(`unknown command "${command}"; ${usage}`);
  }
}
