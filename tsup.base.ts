import type { Options } from "tsup";

/** Every package builds the same way: ESM + CJS + declarations, for Node 20. */
export const packageBuild: Options = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  // tsup's declaration build sets `baseUrl`, which TypeScript 6 deprecates (see docs/decisions/0001).
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  sourcemap: true,
  target: "node20",
};
