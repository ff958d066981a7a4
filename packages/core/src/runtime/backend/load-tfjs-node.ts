// @tensorflow/tfjs-node is optional: its install script downloads libtensorflow, which fails offline, and then
// `require` throws. Load it lazily, only when asked, so the package stays importable everywhere.
import { createRequire } from "node:module";

export type NodeBindingLoader = () => unknown;

export const loadTfjsNode: NodeBindingLoader = () => {
  const require = createRequire(import.meta.url);
  return require("@tensorflow/tfjs-node");
};

/** The first line of an error, short enough for a one-line backend description. */
export function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split("\n").find((line) => line.trim() !== "") ?? "unknown error";
  return firstLine.length > 240 ? `${firstLine.slice(0, 237)}...` : firstLine.trim();
}
