#!/usr/bin/env node
// The package ships TypeScript source; tsx runs it (Node 20 cannot strip types itself).
import process from "node:process";
import { tsImport } from "tsx/esm/api";

const { main } = await tsImport("../src/app-bin.ts", import.meta.url);
try {
  await main(process.argv.slice(2));
} catch (error) {
  // A usage error is the user's to fix: its message alone, exit code 2.
  const usage = error instanceof Error && error.name === "UsageError";
  process.stderr.write(`verticals-app: ${usage ? error.message : (error?.stack ?? String(error))}\n`);
  process.exitCode = usage ? 2 : 1;
}
