import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseProvider, redactDatabaseUrl, resolveDatabaseUrl } from "./database-url";
import { generateClients } from "./generate/generate-clients";
import { createMigration } from "./migrations/create-migration";
import { migrate } from "./migrations/migrate";
import { migrationsDirFor } from "./migrations/migrations-layout";
import { resolveMigration } from "./migrations/resolve-migration";
import { verifyMigrationsOnThrowawayDatabases } from "./schema/verify-migrations";

const USAGE = `verticals-db <command> [options]   (run from an app folder, or pass --app-dir)

  generate                 prisma generate, offline, for SQLite (prisma/schema.prisma) and PostgreSQL (derived);
                           skipped when both clients are up to date with the schema
  migrate                  apply pending migrations to DATABASE_URL, else file:<app>/.verticals/<app>.db
  verify                   migrate throwaway SQLite and PostgreSQL databases and compare them with the schema
  create-migration NAME    add <timestamp>_NAME/migration.sql to both migrations folders, to fill in by hand
  resolve --rolled-back NAME | --applied NAME
                           mark a failed migration rolled back, or record one as applied (baselining)

options:
  --app-dir DIR            the app folder (default: current folder)
  --app NAME               app name for the default SQLite file (default: verticals.json "name", else folder name)
  --url URL                database URL (default: DATABASE_URL, else the app's SQLite file)
  --migrations-dir DIR     migrations folder (default: prisma/migrations, or prisma/migrations-postgresql for PostgreSQL)
  --schema FILE            Prisma schema (default: prisma/schema.prisma)
  --force                  generate even when the clients are up to date with the schema
  --verbose                show Prisma's own output (generate)
  --quiet                  print errors only`;

/** Runs one command; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "app-dir": { type: "string" },
        app: { type: "string" },
        url: { type: "string" },
        "migrations-dir": { type: "string" },
        schema: { type: "string" },
        "rolled-back": { type: "string" },
        applied: { type: "string" },
        verbose: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    console.error(`verticals-db: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const appDir = path.resolve(values["app-dir"] ?? process.cwd());
  const log = values.quiet ? () => undefined : (line: string) => console.log(line);
  const schemaPath = path.resolve(appDir, values.schema ?? "prisma/schema.prisma");
  const databaseUrl = () => values.url ?? resolveDatabaseUrl({ app: values.app ?? appName(appDir), appDir });
  const migrationsDir = (url: string) =>
    values["migrations-dir"] ? path.resolve(appDir, values["migrations-dir"]) : migrationsDirFor(path.dirname(schemaPath), databaseProvider(url));

  try {
    switch (command) {
      case "generate": {
        await generateClients({ appDir, schemaPath, verbose: values.verbose, force: values.force, log });
        return 0;
      }
      case "migrate": {
        const url = databaseUrl();
        const dir = migrationsDir(url);
        const result = await migrate({ url, migrationsDir: dir, log });
        for (const name of result.missingLocally) {
          console.warn(`warning: ${name} is applied in the database but not in ${dir}`);
        }
        log(
          `${redactDatabaseUrl(url)}: ${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already applied`,
        );
        return 0;
      }
      case "verify": {
        const reports = await verifyMigrationsOnThrowawayDatabases({ schemaPath, prismaDir: path.dirname(schemaPath), log });
        const failed = reports.filter((r) => r.problems.length > 0);
        for (const report of failed) {
          console.error(`${report.provider}: migrations do not match ${path.relative(appDir, schemaPath)}:`);
          for (const problem of report.problems) console.error(`  - ${problem}`);
        }
        return failed.length > 0 ? 1 : 0;
      }
      case "create-migration": {
        const name = positionals[1];
        if (!name) {
          console.error("verticals-db create-migration: give the migration a name, e.g. add_score_label");
          return 2;
        }
        for (const file of createMigration({ prismaDir: path.dirname(schemaPath), name })) log(`Created ${path.relative(appDir, file)}`);
        return 0;
      }
      case "resolve": {
        const name = values["rolled-back"] ?? values.applied;
        if (!name || (values["rolled-back"] && values.applied)) {
          console.error("verticals-db resolve: give exactly one of --rolled-back NAME or --applied NAME");
          return 2;
        }
        const url = databaseUrl();
        await resolveMigration({ url, migrationsDir: migrationsDir(url), migration: name, as: values.applied ? "applied" : "rolled-back" });
        log(`${name} marked ${values.applied ? "applied" : "rolled back"} in ${redactDatabaseUrl(url)}`);
        return 0;
      }
      default:
        console.error(`verticals-db: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    console.error(`verticals-db ${command}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** verticals.json "name", else the folder name. */
function appName(appDir: string): string {
  const manifest = path.join(appDir, "verticals.json");
  if (existsSync(manifest)) {
    const name = (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name;
    if (typeof name === "string" && name) return name;
  }
  return path.basename(appDir);
}
