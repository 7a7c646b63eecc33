import { builtinModules } from "node:module";
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
    // The language and the calendar run unchanged in a browser (editors, the playground): no Node
    // modules, no Node globals. test/browser.test.ts bundles them and loads a standard in Chromium.
    files: ["packages/dsl/src/**", "packages/calendar/src/**"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: builtinModules.map((name) => ({
            name,
            message: "this package runs in browsers too: no Node modules",
          })),
          patterns: [{ regex: "^node:", message: "this package runs in browsers too: no Node modules" }],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["process", "Buffer", "require", "module", "__dirname", "__filename", "global", "setImmediate"].map(
          (name) => ({ name, message: "this package runs in browsers too: no Node globals" }),
        ),
      ],
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
