import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "error",
    },
  },
  {
    // The command line and the scripts around it talk to a terminal on purpose.
    files: [
      "packages/cli/src/bin.ts",
      "packages/cli/bin.js",
      "scripts/**",
      "bench/**",
      "examples/**",
      "packages/*/scripts/**",
      "packages/*/bench/**",
    ],
    rules: { "no-console": "off" },
  },
);
