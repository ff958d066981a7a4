import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface PostgresBinaries {
  binDir: string;
  /** The user the server runs as when we are root (initdb refuses root); undefined otherwise. */
  runAs?: { uid: number; gid: number; name: string };
}

export const INSTALL_HINT = "apt-get install postgresql (Debian/Ubuntu), or set VERTICALS_PG_BIN_DIR to a folder holding initdb and pg_ctl";

/**
 * Finds PostgreSQL server binaries: $VERTICALS_PG_BIN_DIR, else the newest /usr/lib/postgresql/<n>/bin
 * (Debian), else initdb on PATH. Returns a reason instead when they are absent or unusable.
 */
export function findPostgresBinaries(env: Record<string, string | undefined> = process.env): PostgresBinaries | { reason: string } {
  const binDir = candidateDirs(env).find((dir) => ["initdb", "pg_ctl", "postgres"].every((b) => existsSync(path.join(dir, b))));
  if (!binDir) return { reason: `PostgreSQL server binaries (initdb, pg_ctl, postgres) not found: ${INSTALL_HINT}` };
  if (process.getuid?.() !== 0) return { binDir };
  const user = passwdEntry("postgres");
  if (!user) {
    return { reason: `running as root, and there is no "postgres" user to run the server as (PostgreSQL refuses root): ${INSTALL_HINT}` };
  }
  return { binDir, runAs: user };
}

function candidateDirs(env: Record<string, string | undefined>): string[] {
  if (env.VERTICALS_PG_BIN_DIR) return [env.VERTICALS_PG_BIN_DIR];
  const dirs: string[] = [];
  const debianRoot = "/usr/lib/postgresql";
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => path.join(debianRoot, v, "bin")));
  }
  dirs.push(...(env.PATH ?? "").split(path.delimiter).filter(Boolean));
  return dirs;
}

function passwdEntry(name: string): { uid: number; gid: number; name: string } | undefined {
  if (!existsSync("/etc/passwd")) return undefined;
  for (const line of readFileSync("/etc/passwd", "utf8").split("\n")) {
    const [user, , uid, gid] = line.split(":");
    if (user === name && uid && gid) return { uid: Number(uid), gid: Number(gid), name };
  }
  return undefined;
}
