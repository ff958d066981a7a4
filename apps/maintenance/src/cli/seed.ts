// pnpm seed [--data-dir DIR]: migrate the store and fill it (trains first when the models are missing or stale).
import { seedMaintenance } from "../pipeline/seed";
import { cliContext } from "./context";

const { rows } = await seedMaintenance(cliContext());
process.stderr.write(`${rows} rows written\n`);
