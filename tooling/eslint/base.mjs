// Shared flat config: typescript-eslint recommended rules plus the boundaries that keep the data flow one-way.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export const base = tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/generated/**", "**/.turbo/**", "**/next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A package's public face is its exports map: never reach into another package's src/.
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@verticals/*/src/*", "../../packages/*", "../../../packages/*"], message: "Import the package by name; its src/ is private." }] },
      ],
    },
  },
);

export default base;
