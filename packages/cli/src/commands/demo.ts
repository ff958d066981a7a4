import { join } from "node:path";
import { findWorkspaceRoot, listApps, UsageError } from "../manifest";
import { rejectOnAbort } from "../interrupt";
import { log } from "../log";
import { loadPipeline, pipelineContext } from "../load-pipeline";
import { runCommand } from "../run-command";
import { assertPortFree, killAll, startApp, stopAll, waitUntilUp, type RunningApp } from "../serve";
import { prepareData } from "./data";

export interface DemoOptions {
  dataRoot?: string;
  /** Build and start everything, check each URL answers, then stop (what CI runs). */
  check: boolean;
  signal: AbortSignal;
}

/**
 * The README's first command: data, training per app, stores, dashboards built and served.
 * Idempotent: existing data and up-to-date models are reused; turbo rebuilds only what changed.
 */
export async function demo(options: DemoOptions): Promise<void> {
  const root = findWorkspaceRoot();
  const apps = listApps(root);
  const { dataRoot, folders } = await prepareData({ dataRoot: options.dataRoot, apps });

  const turbo = join(root, "node_modules", ".bin", "turbo");
  log.step("generate the stores' Prisma clients (turbo: cached when nothing changed)");
  await runCommand(turbo, ["run", "generate", "--filter=./apps/*", "--output-logs=errors-only"], { cwd: root });

  for (const app of apps.filter((candidate) => candidate.pipeline)) {
    const pipeline = await loadPipeline(app);
    const dataDir = folders.get(app.name) ?? join(dataRoot, app.dataFolder ?? app.name);
    const ctx = pipelineContext(app, dataDir, options.signal);
    log.step(`${app.name}: train`);
    const summary = await pipeline.train(ctx);
    log.info(`${summary.reused ? "reused the saved model" : `trained in ${summary.trainSeconds.toFixed(1)} s`} · ${summary.backend}`);
    for (const line of summary.headline) log.info(line);
    log.step(`${app.name}: migrate and fill the store`);
    const { rows } = await pipeline.seed(ctx);
    log.info(`${rows} rows in ${ctx.databaseUrl.startsWith("file:") ? "SQLite" : "PostgreSQL"}`);
  }

  log.step("build the dashboards (turbo: cached when nothing changed)");
  await runCommand(turbo, ["run", "build", "--filter=./apps/*", "--output-logs=errors-only"], {
    cwd: root,
  });

  if (options.signal.aborted) throw new UsageError("interrupted before the dashboards were served");
  log.step("serve");
  for (const app of apps) await assertPortFree(app);
  // Whatever happens below (an app that fails to start, Ctrl+C, a crash), no server outlives this command.
  const running: RunningApp[] = [];
  const stop = () => stopAll(running);
  process.once("exit", () => killAll(running));
  const aborted = rejectOnAbort(options.signal, () => new UsageError("interrupted"));
  try {
    for (const app of apps) running.push(startApp(app));
    await Promise.race([Promise.all(running.map((app) => waitUntilUp(app))), aborted]);
  } catch (error) {
    await stop();
    throw error;
  }
  process.stdout.write("\nVerticals is running:\n");
  for (const { app, url } of running) process.stdout.write(`  ${app.title.padEnd(14)} ${url}\n`);

  if (options.check) {
    log.step("check mode: every dashboard answered; stopping");
    await stop();
    return;
  }
  process.stdout.write("\nPress Ctrl+C to stop.\n");
  await aborted.catch(() => undefined);
  await stop();
}
