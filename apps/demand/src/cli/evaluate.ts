// pnpm evaluate [--data-dir DIR]: the same as `pnpm verticals evaluate demand --data-dir DIR`, from the app folder.
import { pipeline } from "../pipeline/index";
import { cliContext } from "./context";

const metrics = await pipeline.evaluate(cliContext());
process.stdout.write(`${JSON.stringify(metrics)}\n`);
