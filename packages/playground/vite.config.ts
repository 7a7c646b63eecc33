import { defaultClientConditions, defineConfig } from "vite";

// The page is static files a company can host anywhere (`base: "./"`), built from the packages'
// sources (the `@yardstick/source` condition), so it never waits for their own builds.
export default defineConfig({
  base: "./",
  resolve: { conditions: ["@yardstick/source", ...defaultClientConditions] },
  worker: { format: "es" },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, reportCompressedSize: false },
});
