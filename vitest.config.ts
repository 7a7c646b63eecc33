import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Tests run against `src` through the custom export condition, so no build is needed first.
const conditions = ["@yardstick/source", ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: ["./scripts/fail-on-console.ts"],
    testTimeout: 60_000,
  },
});
