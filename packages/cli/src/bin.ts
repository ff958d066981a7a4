#!/usr/bin/env node
// `pnpm verticals <command> [app] [options]`: the suite's command-line entry.
import { existsSync } from "node:fs";
import { interruptSignal } from "./interrupt";
import { parseCommandLine } from "./command-line";
import { DATASET_KEYS, isDatasetKey, type DatasetKey } from "@verticals/data";
import { demo } from "./commands/demo";
import { info } from "./commands/info";
import { exportCommand } from "./commands/export";
import { newCommand } from "./commands/new";
import { screenshots } from "./commands/screenshots";
import { evaluateApp } from "./commands/evaluate";
import { describeData, prepareData } from "./commands/data";
import { trainApp } from "./commands/train";
import { seedApp } from "./commands/seed";
import { findApp, listApps, UsageError } from "./manifest";
import { datasetDirForApp } from "./data-folders";

const usage = `Usage: pnpm verticals <command> [app] [options]

Commands:
  info                         tfjs backend in use, data directories, apps
  list                         the apps and their dashboards
  data [dataset] [--data-dir DIR] [--fetch] [--describe]
                               make sure every dataset exists: --fetch downloads missing ones from their public
                               sources (checksums verified); anything still missing becomes a seeded synthetic twin;
                               naming a dataset (or --describe for all) prints a first look: size, balance, span
  train <app> [--data-dir DIR] train (or reuse) the app's model on its data
  evaluate <app> --data-dir DIR
                               train on DIR's training data, score its test part, print metrics as JSON (last line)
  seed <app> [--data-dir DIR]  migrate the app's store and fill it with its trained model's results
  export <app> <dir>           write the app, with only the packages it uses, as a standalone repository
  new <name> [--title T] [--industry I] [--port P]
                               scaffold apps/<name>: a new vertical with the suite's shape (CSV loader, model vs
                               baseline, store + migrations, dashboard, tests) that passes its tests as generated
  demo [--data-dir DIR] [--check]
                               data, training, stores and dashboards, served; --check (default when CI=true)
                               stops after every dashboard answered
  screenshots                  serve every built app, photograph the portal and one page per app in Chromium
                               (1440x900) into docs/screenshots/<app>.png, then stop the servers

Options:
  --data-dir DIR   data root for data/train/demo (default: $VERTICALS_DATA_DIR or ./data);
                   for evaluate, the app's own dataset folder (e.g. the one holding creditcard.csv)`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: {
      "data-dir": { type: "string" },
      check: { type: "boolean", default: false },
      fetch: { type: "boolean", default: false },
      title: { type: "string" },
      industry: { type: "string" },
      port: { type: "string" },
      describe: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, appName] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const signal = interruptSignal();
  const dataDirFlag = values["data-dir"];
  // A mistyped --data-dir must not quietly become a fresh folder of synthetic data (`data` may create one).
  if (dataDirFlag !== undefined && command !== "data" && command !== "evaluate" && !existsSync(dataDirFlag)) {
    throw new UsageError(`--data-dir ${dataDirFlag}: no such folder (\`pnpm verticals data --data-dir ${dataDirFlag}\` creates one with synthetic data)`);
  }

  switch (command) {
    case "info":
      await info(dataDirFlag);
      return;
    case "list":
      for (const app of listApps()) process.stdout.write(`${app.name.padEnd(12)} ${app.title.padEnd(14)} :${app.port}  ${app.summary}\n`);
      return;
    case "data": {
      // `data <dataset>` or `data --describe`: also load the data and print a first look at it.
      const keys = appName ? [requireDatasetKey(appName)] : DATASET_KEYS;
      const { dataRoot } = await prepareData({ dataRoot: dataDirFlag, apps: listApps(), keys, fetch: values.fetch });
      if (appName || values.describe) await describeData(dataRoot, keys);
      return;
    }
    case "train": {
      const app = findApp(requireApp(appName, command));
      await trainApp(app, await datasetDirForApp(app, dataDirFlag), signal);
      return;
    }
    case "evaluate": {
      const app = findApp(requireApp(appName, command));
      if (!dataDirFlag) throw new UsageError("evaluate needs --data-dir DIR (the app's dataset folder)");
      await evaluateApp(app, dataDirFlag, signal);
      return;
    }
    case "seed": {
      const app = findApp(requireApp(appName, command));
      await seedApp(app, await datasetDirForApp(app, dataDirFlag), signal);
      return;
    }
    case "export": {
      const app = findApp(requireApp(appName, command));
      const outDir = positionals[2];
      if (!outDir) throw new UsageError("export needs a target folder: pnpm verticals export <app> <dir>");
      await exportCommand(app, outDir);
      return;
    }
    case "new": {
      if (!appName) throw new UsageError("new needs a name: pnpm verticals new <name> [--title T] [--industry I] [--port P]");
      newCommand({ name: appName, title: values.title, industry: values.industry, port: values.port });
      return;
    }
    case "demo":
      await demo({ dataRoot: dataDirFlag, check: values.check || process.env.CI === "true", signal });
      return;
    case "screenshots":
      await screenshots({ signal });
      return;
    default:
      throw new UsageError(`unknown command "${command}"\n\n${usage}`);
  }
}

function requireDatasetKey(name: string): DatasetKey {
  if (!isDatasetKey(name)) throw new UsageError(`unknown dataset "${name}" (known: ${DATASET_KEYS.join(", ")})`);
  return name;
}

function requireApp(appName: string | undefined, command: string): string {
  if (!appName) throw new UsageError(`${command} needs an app: pnpm verticals ${command} <app>`);
  return appName;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`verticals: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`verticals: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
