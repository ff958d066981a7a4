// Shared jest preset: native ESM (Prisma 7's generated client is ESM) with TypeScript compiled by swc.
// Run jest as `node --experimental-vm-modules $(jest bin)`; each package's jest.config.mjs spreads this.
import { createRequire } from "node:module";

// jest resolves transform names from each package's <rootDir>, where pnpm does not hoist @swc/jest:
// resolve it here, where it is a dependency.
const require = createRequire(import.meta.url);

/** @type {import('jest').Config} */
export const preset = {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts", ".tsx"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  testMatch: ["<rootDir>/test/**/*.test.ts?(x)", "<rootDir>/src/**/*.test.ts?(x)"],
  testPathIgnorePatterns: ["/node_modules/", "/e2e/", "/.next/"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      require.resolve("@swc/jest"),
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          target: "es2022",
          transform: { react: { runtime: "automatic" } },
        },
        module: { type: "es6" },
      },
    ],
  },
  // Workspace packages are symlinked source; node_modules stays untransformed.
  transformIgnorePatterns: ["/node_modules/(?!\\.pnpm/)", "/node_modules/\\.pnpm/"],
  testTimeout: 60_000,
};

export default preset;
