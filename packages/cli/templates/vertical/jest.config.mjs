import preset from "@verticals/jest-config";

/** One PostgreSQL cluster per jest run for the store tests (skipped with a message when PostgreSQL is absent). */
export default {
  ...preset,
  globalSetup: "@verticals/db/jest-global-setup",
  globalTeardown: "@verticals/db/jest-global-teardown",
};
