import { relative } from "node:path";
import { findWorkspaceRoot } from "../manifest";
import { log } from "../log";
import { newVertical } from "../scaffold/new-vertical";
import type { NewVerticalRequest } from "../scaffold/validate-options";

/** Generates apps/<name> from the vertical template and prints what to run next. */
export function newCommand(request: NewVerticalRequest): void {
  const root = findWorkspaceRoot();
  log.step(`new vertical ${request.name}`);
  const { dir, options, files } = newVertical(root, request);
  const app = relative(root, dir);
  log.info(`${files.length} files in ${app} · port ${options.port} · data folder <data root>/${options.name}`);
  const filter = `pnpm --filter @verticals/${options.name}`;
  const steps: Array<[string, string]> = [
    ["pnpm install", "link the new workspace package"],
    [`${filter} test`, "jest: data loader, model vs baseline, store (SQLite + PostgreSQL), /api/summary"],
    [`pnpm verticals train ${options.name}`, `train on <data root>/${options.name}/${options.name}.csv (synthetic when absent)`],
    [`${filter} seed`, "fill the store for the dashboard"],
    [`${filter} dev`, `dashboard on http://localhost:${options.port}`],
  ];
  const width = Math.max(...steps.map(([command]) => command.length)) + 3;
  process.stdout.write(
    [
      "",
      `Created ${app} (${options.title}, ${options.industry}). Next:`,
      ...steps.map(([command, why]) => `  ${command.padEnd(width)}${why}`),
      `Then make it yours: ${app}/src/pipeline/columns.ts (your CSV's columns) and synthetic.ts; ${app}/README.md says how.`,
      "",
    ].join("\n"),
  );
}
