import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "@yardstick/cli";
import ICAL from "ical.js";
import { describe, expect, test } from "vitest";

const site = `standard: plan-site
version: "1"
title: { zh: 测试小区, en: Plan site }
timezone: Asia/Shanghai
roles:
  security: { title: { en: Security } }
  cleaner: { title: { en: Cleaner } }
duties:
  night-patrol:
    title: { zh: 夜间巡逻, en: Night patrol }
    role: security
    every: 2h
    between: 22:00-06:00
    zones: [一区, 二区]
  lift-disinfection:
    title: { en: Lift disinfection }
    role: cleaner
    per: week
    each: lifts
  standing-water:
    title: { en: Standing water }
    on: rain_stopped
    within: 1h
`;

async function yardstick(argv: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "yardstick-plan-"));
  writeFileSync(join(dir, "site.yaml"), site);
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("yardstick plan", () => {
  test("lists a zone's rounds day by day, crossing midnight", async () => {
    const r = await yardstick([
      "plan",
      "site.yaml",
      "--from",
      "2026-12-01",
      "--to",
      "2026-12-02 12:00",
      "--zone",
      "一区",
      "--items",
      "lifts=1号梯,2号梯",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("2026-12-01\n  00:00–02:00    night-patrol (夜间巡逻)  一区  security\n");
    expect(r.stdout).toContain("  22:00–00:00    night-patrol (夜间巡逻)  一区  security\n\n2026-12-02\n  00:00–02:00");
    expect(r.stdout).not.toContain("二区");
    // 2026-11-30 is the week's Monday: no lift occurrence starts in this window.
    expect(r.stdout).not.toContain("lift-disinfection");
    expect(r.stdout).toMatch(/\n7 occurrences\n$/);
  });

  test("--json carries ids and local times; missing items are reported on stderr", async () => {
    const r = await yardstick([
      "plan",
      "site.yaml",
      "--from",
      "2026-11-30",
      "--to",
      "2026-12-01",
      "--json",
      "--duty",
      "lift-disinfection",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("no items were given");
    expect(JSON.parse(r.stdout).occurrences).toEqual([]);
    const j = await yardstick([
      "plan",
      "site.yaml",
      "--from",
      "2026-11-30",
      "--to",
      "2026-12-01",
      "--json",
      "--duty",
      "lift-disinfection",
      "--items",
      "lifts=L1",
    ]);
    expect(JSON.parse(j.stdout).occurrences).toMatchObject([
      {
        id: "lift-disinfection/L1/20261130",
        at: "2026-11-30T00:00:00+08:00",
        due: "2026-12-07T00:00:00+08:00",
        allDay: true,
      },
    ]);
  });

  test("--ics is a calendar ical.js reads", async () => {
    const r = await yardstick(["plan", "site.yaml", "--from", "2026-12-01", "--to", "2026-12-03", "--ics"]);
    expect(r.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents("vevent");
    expect(events.map((e) => e.getFirstPropertyValue("location")).sort()).toEqual(["一区", "二区"]);
  });

  test("mistakes in the call are user errors with a hint", async () => {
    expect((await yardstick(["plan", "site.yaml"])).stderr).toContain("`--from` and `--to` are required");
    const bad = await yardstick(["plan", "site.yaml", "--from", "2026-12-01", "--to", "soon"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("error invalid-option-value: --to `soon` is not a time");
    expect(
      (await yardstick(["plan", "site.yaml", "--from", "2026-12-01", "--to", "2026-12-02", "--duty", "patrol"])).stderr,
    ).toContain("no duty `patrol`");
  });
});
