import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import preset from "@verticals/jest-config";

export default {
  ...preset,
  // onnxruntime-node's native tensors need Node's own typed-array constructors (see the file).
  testEnvironment: join(dirname(fileURLToPath(import.meta.url)), "jest.environment.mjs"),
};
