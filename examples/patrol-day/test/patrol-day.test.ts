/**
 * The patrol day runs as a newcomer runs it, prints what docs/guide/patrol-day.md shows, and what
 * it prints follows from the logs it sends: the round and the garbage run nobody logged are the
 * misses, the sweep 25 minutes after 18:00 is late, and each zone's score is 100 less the
 * deductions listed for it.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, expect, test } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
let output: string;

// Asynchronously: a synchronous child would block the test worker's messages for as long as it runs.
beforeAll(async () => {
  const run = await promisify(execFile)(
    process.execPath,
    ["--conditions=@yardstick/source", "--import", "tsx", "examples/patrol-day/main.ts"],
    { cwd: root, encoding: "utf8", timeout: 120_000 },
  );
  output = run.stdout;
}, 150_000);

test("docs/guide/patrol-day.md shows what the example prints", () => {
  const guide = readFileSync(`${root}docs/guide/patrol-day.md`, "utf8");
  const shown = /<!-- patrol-day-output -->\n```text\n([\s\S]*?)```/.exec(guide);
  expect(shown, "the guide has a `<!-- patrol-day-output -->` block").not.toBeNull();
  expect(output).toBe(shown![1]);
});

test("the misses are the occurrences nobody logged, the late ones are late by what the logs say", () => {
  const outcome = (status: string) =>
    output
      .split("\n")
      .filter((l) => l.startsWith(`  ${status} `))
      .map((l) => l.trim().split(/\s+/)[1]);
  expect(outcome("missed")).toEqual(["garbage/三区/20260309#2", "night-patrol/三区/20260310T0400"]);
  expect(outcome("late")).toEqual(["standing-water/二区/rain-0309", "corridor-sweep/二区/20260309T1800"]);
  expect(output).toMatch(/late +corridor-sweep\/二区\/20260309T1800 +25 min late \(cleaner-liu\)/); // 18:25 for 18:00
  expect(output).toMatch(/late +standing-water\/二区\/rain-0309 +20 min late/); // 15:40 for 14:20 + 1 h
  expect(output).toMatch(/partial +night-patrol\/二区\/20260310T0200 +not checked: car-park-lights/);
  expect(output).toMatch(/pending +lift-disinfection\/2号楼-A梯\/20260309 +due 2026-03-16 00:00/);
  expect(output).toContain("27 occurrences planned");
  expect(output).toContain("21 done, 2 late, 1 partial, 2 missed, 1 pending");
});

test("no log is dropped: the one sent twice and the one for no duty are reported", () => {
  expect(output).toMatch(/duplicate-log +log \d+ repeats log \d+/);
  expect(output).toMatch(/unknown-duty +log \d+: no duty `pool-check`/);
});

test("each zone's score is 100 less the deductions listed for it, ranked best first", () => {
  const deductions = new Map<string, number>();
  const section = output.slice(output.indexOf("Deductions:"));
  for (const [, subject, points] of section.matchAll(/^ {2}(\S+) +−(\d+) /gm))
    deductions.set(subject!, (deductions.get(subject!) ?? 0) + Number(points));
  expect(deductions.get("三区")).toBe(20);
  expect(deductions.get("二区")).toBe(25);
  expect(deductions.has("一区")).toBe(false);
  const scores = /^Scores: (.+) \(from 100\)$/m.exec(output)![1]!;
  const ranked = scores.split(", ").map((s) => /^(\d+)\. (\S+) (\d+)$/.exec(s)!.slice(1));
  for (const [, zone, score] of ranked) expect(Number(score)).toBe(100 - (deductions.get(zone!) ?? 0));
  expect(ranked.map(([rank]) => Number(rank))).toEqual([1, 2, 3]);
  expect(ranked.map(([, , score]) => Number(score))).toEqual([100, 80, 75]);
});
