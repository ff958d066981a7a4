// Shared Next.js settings for the vertical apps: what every dashboard needs to run the suite's packages.

/** Workspace packages ship TypeScript source; Next compiles them with the app. */
export const WORKSPACE_PACKAGES = ["@verticals/ui", "@verticals/core", "@verticals/data", "@verticals/db"];

/** Native drivers and tfjs (its wasm binaries are read from node_modules at run time) stay outside the bundle. */
export const SERVER_EXTERNAL_PACKAGES = [
  "@tensorflow/tfjs",
  "@tensorflow/tfjs-backend-wasm",
  "@tensorflow/tfjs-node",
  "@libsql/client",
  "libsql",
  "@prisma/adapter-libsql",
  "@prisma/adapter-pg",
  "pg",
];

/**
 * The suite's Next.js config, with an app's additions appended to the two package lists and any other
 * setting overriding the defaults.
 * @param {import("next").NextConfig} [extra]
 * @returns {import("next").NextConfig}
 */
export function defineAppNextConfig(extra = {}) {
  const { transpilePackages = [], serverExternalPackages = [], ...rest } = extra;
  return {
    transpilePackages: [...new Set([...WORKSPACE_PACKAGES, ...transpilePackages])],
    serverExternalPackages: [...new Set([...SERVER_EXTERNAL_PACKAGES, ...serverExternalPackages])],
    reactStrictMode: true,
    poweredByHeader: false,
    ...rest,
  };
}
