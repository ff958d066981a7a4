import { pipeline } from "../pipeline/index";
import { cliContext } from "./context";

// The last stdout line is the metrics JSON (the evaluation contract); progress goes to stderr.
const metrics = await pipeline.evaluate(cliContext());
process.stdout.write(`${JSON.stringify(metrics)}\n`);
