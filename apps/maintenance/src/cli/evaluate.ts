// pnpm evaluate --data-dir DIR: train from scratch and score the test parts; metrics JSON on the last stdout line.
import { evaluateMaintenance } from "../pipeline/evaluate";
import { cliContext } from "./context";

const metrics = await evaluateMaintenance(cliContext());
process.stdout.write(`${JSON.stringify(metrics)}\n`);
