import { createRequire } from "node:module";
import preset from "@verticals/jest-config";

const require = createRequire(import.meta.url);

/** One PostgreSQL cluster per jest run for the store tests (skipped with a message when PostgreSQL is absent). */
export default {
  ...preset,
  // onnxruntime-node (the pretrained backbone) needs Node's own typed-array constructors in the test realm.
  testEnvironment: require.resolve("@verticals/pretrained/jest-environment"),
  globalSetup: "@verticals/db/jest-global-setup",
  globalTeardown: "@verticals/db/jest-global-teardown",
};
