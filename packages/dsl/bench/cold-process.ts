/**
 * The whole process, as a person at the command line feels it: `yardstick validate <one file>`
 * (the shipped command: packages/cli/bin.js over the built dist) against a fresh `node` that reads
 * the same file and parses it with `yaml` alone (parse-with-yaml.mjs). Runs alternate A B A B …
 * so a burst of load on the machine hits both; the ratio is the median of the pairs' ratios.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ms, type Row, status, times } from "./report-table.js";

export const COLD_PROCESS_TARGET = 2;

export interface ColdProcessInput {
  repoRoot: string;
  /** A generated standard's text, measured beside the shipped seed. */
  generated: { name: string; text: string };
  runs: number;
}

export function coldProcessRows({ repoRoot, generated, runs }: ColdProcessInput): Row[] {
  const bin = join(repoRoot, "packages/cli/bin.js");
  const dist = ["cli", "dsl", "calendar"].map((p) => join(repoRoot, `packages/${p}/dist/index.js`));
  if (!dist.every((f) => existsSync(f))) {
    const build = spawnSync("pnpm", ["build"], { cwd: repoRoot, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`pnpm build failed: ${build.stderr}`);
  }
  const parser = join(repoRoot, "packages/dsl/bench/parse-with-yaml.mjs");
  const dir = mkdtempSync(join(tmpdir(), "yardstick-process-"));
  try {
    const generatedFile = join(dir, "standard.yaml");
    writeFileSync(generatedFile, generated.text);
    const files = [
      { name: "standards/seed/group.yaml", path: join(repoRoot, "standards/seed/group.yaml") },
      { name: generated.name, path: generatedFile },
    ];
    return files.flatMap(({ name, path }) => {
      const validate = [bin, "validate", path];
      const parse = [parser, path];
      wallMs(validate, repoRoot);
      wallMs(parse, repoRoot);
      const pairs: { a: number; b: number }[] = [];
      for (let i = 0; i < runs; i++) {
        if (i % 2) {
          const b = wallMs(parse, repoRoot);
          pairs.push({ b, a: wallMs(validate, repoRoot) });
        } else {
          const a = wallMs(validate, repoRoot);
          pairs.push({ a, b: wallMs(parse, repoRoot) });
        }
      }
      const a = median(pairs.map((p) => p.a));
      const b = median(pairs.map((p) => p.b));
      const ratio = median(pairs.map((p) => p.a / p.b));
      return [
        {
          measure: `node + yaml parseDocument: ${name} (baseline)`,
          figure: ms(b),
          baseline: "",
          ratio: "",
          target: "",
          status: "info" as const,
        },
        {
          measure: `yardstick validate ${name}`,
          figure: ms(a),
          baseline: ms(b),
          ratio: times(ratio),
          target: `≤ ${times(COLD_PROCESS_TARGET)}`,
          status: status(ratio <= COLD_PROCESS_TARGET),
        },
      ];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall time of one `node …` process, which must succeed (both files are valid standards). */
function wallMs(args: string[], cwd: string): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd, encoding: "utf8", timeout: 60_000 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`\`node ${args.join(" ")}\` exited ${child.status}: ${child.stderr}`);
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
