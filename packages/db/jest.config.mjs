import preset from "@verticals/jest-config";

/** @type {import('jest').Config} */
export default {
  ...preset,
  // One throwaway PostgreSQL cluster per jest run, shared by every test file (see README).
  globalSetup: "<rootDir>/src/testing/jest-global-setup.ts",
  globalTeardown: "<rootDir>/src/testing/jest-global-teardown.ts",
};
