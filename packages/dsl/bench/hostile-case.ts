/**
 * Run in a fresh process by main.ts (so a hang is a timeout, not a stuck benchmark): loads one
 * hostile input after a warm-up load, and prints the time and what was reported as JSON.
 *
 *   node --conditions=@yardstick/source --import tsx packages/dsl/bench/hostile-case.ts <index>
 */
import { loadStandard } from "@yardstick/dsl";
import { generateStandard } from "./generate-standard.js";
import { HOSTILE_CASES } from "./hostile-inputs.js";

const hostile = HOSTILE_CASES[Number(process.argv[2])];
if (!hostile) {
  console.error("usage: hostile-case.ts <index>");
  process.exit(2);
}
// Warm up: compile the schema and the hot paths, as in a long-running validator.
loadStandard(generateStandard({ lines: 300 }));

const input = hostile.build();
const size = typeof input === "string" ? input.length : input.byteLength;
const start = process.hrtime.bigint();
let result: ReturnType<typeof loadStandard> | undefined;
let thrown: string | undefined;
try {
  result = loadStandard(input, { file: "hostile.yaml" });
} catch (error) {
  thrown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;

const errors = result?.diagnostics.filter((d) => d.severity === "error") ?? [];
const codes = [...new Set(errors.map((d) => d.code))];
const probe = {} as Record<string, unknown>;
const prototypeClean = probe.polluted === undefined && probe.isAdmin === undefined && probe.viaMerge === undefined;
console.log(
  JSON.stringify({
    ms,
    size,
    refused: result !== undefined && result.standard === undefined && errors.length > 0,
    codes,
    errorCount: errors.length,
    thrown,
    prototypeClean,
  }),
);
