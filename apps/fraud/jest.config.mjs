import preset from "@verticals/jest-config";

// One throwaway PostgreSQL cluster per jest run, shared by the store tests (skipped with a message when absent).
export default {
  ...preset,
  globalSetup: "@verticals/db/jest-global-setup",
  globalTeardown: "@verticals/db/jest-global-teardown",
};
