// pnpm train [--data-dir DIR]: train (or reuse) both models.
import { trainMaintenance } from "../pipeline/train";
import { cliContext } from "./context";

const summary = await trainMaintenance(cliContext());
process.stderr.write(`${summary.reused ? "reused the saved models" : `trained in ${summary.trainSeconds.toFixed(1)} s`} · ${summary.backend}\n`);
for (const line of summary.headline) process.stderr.write(`${line}\n`);
