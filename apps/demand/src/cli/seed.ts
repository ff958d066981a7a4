// pnpm seed [--data-dir DIR]: fill the store from the trained model (trains first when no up-to-date model exists).
import { pipeline } from "../pipeline/index";
import { cliContext } from "./context";

const { rows } = await pipeline.seed(cliContext());
process.stderr.write(`seeded: ${rows} rows\n`);
