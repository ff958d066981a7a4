import { pipeline } from "../pipeline/index";
import { cliContext } from "./context";

const { rows } = await pipeline.seed(cliContext());
process.stderr.write(`seeded: ${rows} rows\n`);
