// Command-line parsing whose mistakes read as usage errors (the message, no stack trace), like every other
// wrong input to the CLI.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./manifest";

export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see --help)`);
  }
}
