import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Tests run against `src` through the custom export condition, so no build is needed first.
const source = ["@yardstick/source", ...defaultServerConditions];
const shipped = [...defaultServerConditions];

/** The tests that also run once against the built packages, as npm ships them (STYLE.md §21). */
const asShipped = ["packages/cli/test/**/*.test.ts", "packages/dsl/test/conformance.test.ts"];

export default defineConfig({
  test: {
    setupFiles: ["./scripts/fail-on-console.ts"],
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        resolve: { conditions: source },
        ssr: { resolve: { conditions: source } },
        test: {
          name: "src",
          include: ["packages/*/test/**/*.test.ts", "examples/*/test/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["**/node_modules/**", "packages/cli/test/published-bin.test.ts"],
        },
      },
      {
        // Without the source condition, `@yardstick/*` resolve to their `dist` through `exports`.
        extends: true,
        resolve: { conditions: shipped },
        ssr: { resolve: { conditions: shipped } },
        test: { name: "dist", include: asShipped, globalSetup: ["./scripts/fresh-dist.ts"] },
      },
    ],
  },
});
