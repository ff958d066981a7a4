#!/usr/bin/env node
// The package ships TypeScript source; tsx runs it (Node 20 cannot strip types itself).
import process from "node:process";
import { tsImport } from "tsx/esm/api";

const { main } = await tsImport("../src/cli.ts", import.meta.url);
process.exitCode = await main(process.argv.slice(2));
