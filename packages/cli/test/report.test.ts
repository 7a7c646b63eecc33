import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "@yardstick/cli";
import { beforeAll, describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "yardstick-report-cli-"));
const io = (out: string[], err: string[]) => ({
  stdout: (t: string) => out.push(t),
  stderr: (t: string) => err.push(t),
  cwd: root,
});
let data: string;

beforeAll(() => {
  // The example writes a synthetic month's activity beside its report.
  execFileSync(
    process.execPath,
    ["--conditions=@yardstick/source", "--import", "tsx", "examples/monthly-report.ts", "en", join(dir, "r.html")],
    {
      cwd: root,
    },
  );
  data = join(dir, "r.activity.json");
}, 120_000);

describe("yardstick report", () => {
  test("CSV: a row per KPI, finding and score, with the ranking", async () => {
    const out: string[] = [];
    const code = await run(
      ["report", "examples/data/estate.yaml", "--period", "2026-11", "--data", data, "--format", "csv", "--trend", "2"],
      io(out, []),
    );
    expect(code).toBe(0);
    const rows = out.join("").trim().split("\n");
    expect(rows[0]).toBe("record,period,subject_kind,subject,id,value,numerator,denominator,min,max,met,points,rank");
    const scores = rows.filter((r) => r.startsWith("score,2026-11,zone,"));
    expect(scores.map((r) => r.split(",").at(-1))).toEqual(expect.arrayContaining(["1", "2", "3", "4"]));
    expect(rows.some((r) => r.startsWith("kpi,2026-11,site,site,arrival-on-time,"))).toBe(true);
  });

  test("HTML to a file, in Chinese", async () => {
    const out: string[] = [];
    const file = join(dir, "zh.html");
    const code = await run(
      ["report", "examples/data/estate.yaml", "--period", "2026-11", "--data", data, "--out", file, "--trend", "2"],
      { ...io(out, []), env: { LANG: "zh_CN.UTF-8" } },
    );
    expect(code).toBe(0);
    expect(out.join("")).toMatch(/^wrote .*zh\.html: 7 KPIs, \d+ findings, best zone B \(95\)/);
    const html = readFileSync(file, "utf8");
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.match(/<svg /g)).toHaveLength(4);
  });

  test("a period the audit does not cover is an error with a hint", async () => {
    const err: string[] = [];
    const code = await run(["report", "examples/data/estate.yaml", "--period", "2026-13", "--data", data], io([], err));
    expect(code).toBe(1);
    expect(err.join("")).toContain("invalid-period: `2026-13` is not a month period");
    expect(err.join("")).toContain("hint: this audit covers a month: write it like `2026-11`");
  });

  test("--data is required", async () => {
    const err: string[] = [];
    expect(await run(["report", "examples/data/estate.yaml", "--period", "2026-11"], io([], err))).toBe(2);
    expect(err.join("")).toContain("--data is required");
  });
});
