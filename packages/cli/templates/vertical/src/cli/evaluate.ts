import { pipeline } from "../pipeline/index";
import { cliContext } from "./context";

const metrics = await pipeline.evaluate(cliContext());
process.stdout.write(`${JSON.stringify(metrics)}\n`);
