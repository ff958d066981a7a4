import { pipeline } from "../pipeline/index";
import { cliContext } from "./context";

const summary = await pipeline.train(cliContext());
process.stderr.write(`${summary.reused ? "reused the saved model" : `trained in ${summary.trainSeconds.toFixed(1)} s`} · ${summary.backend}\n`);
for (const line of summary.headline) process.stderr.write(`  ${line}\n`);
