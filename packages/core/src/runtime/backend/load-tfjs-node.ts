// @tensorflow/tfjs-node is optional: its install script downloads libtensorflow, which fails offline, and then
// `require` throws. Load it lazily, only when asked, so the package stays importable everywhere.
import { createRequire } from "node:module";

export type NodeBindingLoader = () => unknown;

export const loadTfjsNode: NodeBindingLoader = () => {
  const require = createRequire(import.meta.url);
  return require("@tensorflow/tfjs-node");
};

/** What the most common failure means, in words a workshop attendee can act on. */
export const NATIVE_ADDON_NOT_BUILT =
  "@tensorflow/tfjs-node's native addon is not built: its install downloads libtensorflow, which offline installs skip";

/** An absolute path without the machine's part: from the package after the last node_modules, else the file name. */
function machinePath(absolute: string): string {
  const inModules = absolute.lastIndexOf("/node_modules/");
  if (inModules >= 0) return absolute.slice(inModules + "/node_modules/".length);
  return absolute.slice(absolute.lastIndexOf("/") + 1);
}

/**
 * The first line of an error, short enough for a one-line backend description, with absolute paths cut to
 * their package or file name (machinePath: they differ per machine and end up on model cards and dashboards).
 */
export function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/tfjs_binding\.node/.test(message)) return NATIVE_ADDON_NOT_BUILT;
  const firstLine = (message.split("\n").find((line) => line.trim() !== "") ?? "unknown error").replace(/(?:\/[^\s/'"()]+)+/g, machinePath).trim();
  return firstLine.length > 240 ? `${firstLine.slice(0, 237)}...` : firstLine;
}
