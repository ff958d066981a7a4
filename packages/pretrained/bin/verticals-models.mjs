#!/usr/bin/env node
// The package ships TypeScript source; tsx runs it (Node 20 cannot strip types itself).
import process from "node:process";
import { tsImport } from "tsx/esm/api";

const { runModelsCli } = await tsImport("../src/cli/models-cli.ts", import.meta.url);
process.exitCode = await runModelsCli(process.argv.slice(2));
