// Shared jest preset: native ESM (Prisma 7's generated client is ESM) with TypeScript compiled by swc.
// Run jest as `node --experimental-vm-modules $(jest bin)`; each package's jest.config.mjs spreads this.
/** @type {import('jest').Config} */
export const preset = {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts", ".tsx"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/src/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/e2e/", "/.next/"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
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
