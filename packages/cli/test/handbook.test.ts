import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { repo, yardstick } from "./helpers.js";

const harbour = "standards/seed/harbour-view.yaml";
const scratch = () => mkdtempSync(join(tmpdir(), "yardstick-handbook-"));

describe("yardstick handbook", () => {
  test("writes the HTML handbook in the locale's language (Chinese here), and says what is in it", async () => {
    const out = join(scratch(), "handbook.html");
    const { code, stdout, stderr } = await yardstick(["handbook", harbour, "--out", out], undefined, false, {
      LANG: "zh_CN.UTF-8",
    });
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^wrote .*handbook\.html: 4 ticket kinds, 30 duties, \d+ worked examples \(\d+ checked by the engine\)\n$/,
    );
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<title>海景花园物业服务标准 — 员工服务手册</title>");
    expect(html).toContain("进入「客户不在」时暂停计时");
    expect(html).toContain('<figure class="diagram"><svg ');
  });

  test("--lang en --format md prints Markdown with Mermaid blocks to standard output", async () => {
    const { code, stdout } = await yardstick(["handbook", harbour, "--lang", "en", "--format", "md"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("# Harbour View service standard — Staff handbook\n")).toBe(true);
    expect(stdout).toContain("- Who is told when it is late: 15 minutes after the breach → Foreman\n");
    expect(stdout).toContain("```mermaid\nstateDiagram-v2\n");
  });

  test("--json prints the handbook's content", async () => {
    const { code, stdout } = await yardstick(["handbook", harbour, "--lang", "en", "--json"]);
    expect(code).toBe(0);
    const handbook = JSON.parse(stdout) as { lang: string; tickets: { id: string }[]; timetable: { days: string[] } };
    expect(handbook.lang).toBe("en");
    expect(handbook.tickets.map((k) => k.id)).toEqual(["repair", "complaint", "legacy-issue", "facility-repair"]);
    expect(handbook.timetable.days[0]).toBe("Mon");
  });

  test("a worked example that does not hold is written, marked, and exits 1", async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, "t.yaml"),
      `standard: t
version: "1"
title: { en: T }
timezone: Asia/Shanghai
tickets:
  repair:
    title: { en: Repair }
    states:
      reported: { on: { arrive: on_site } }
      on_site: { final: true }
    clocks:
      arrival: { title: { en: Arrival }, start: reported, stop: on_site, target: 30m }
tests:
  wrong:
    ticket: repair
    steps: [{ at: 2026-03-06 09:00, event: arrive }]
    expect: [{ at: 2026-03-06 09:00, clock: arrival, due: 2026-03-06 09:10 }]
`,
    );
    const { code, stdout, stderr } = await yardstick(["handbook", "t.yaml", "--lang", "en", "--format", "md"], dir);
    expect(code).toBe(1);
    expect(stdout).toContain("Repair · ✗ does not hold");
    expect(stderr).toContain("the example `wrong` does not hold (run `yardstick test`)");
  });

  test("the commands of docs/guide/staff-handbook.md run", async () => {
    const guide = readFileSync(join(repo, "docs/guide/staff-handbook.md"), "utf8");
    const commands = [...guide.matchAll(/^pnpm --silent yardstick (.+)$/gm)].map((m) => m[1]!.split(" "));
    expect(commands).toHaveLength(3);
    const dir = scratch();
    for (const argv of commands) {
      const out = argv.indexOf("--out");
      argv[out + 1] = join(dir, argv[out + 1]!);
      const { code, stderr } = await yardstick(argv);
      expect(stderr).toContain(`wrote ${argv[out + 1]}`);
      expect(code).toBe(0);
    }
    expect(readFileSync(join(dir, "handbook.en.md"), "utf8")).toContain("## Worked examples");
    // The dated week's excerpt is what the command writes, line for line.
    const week = readFileSync(join(dir, "week.zh.md"), "utf8");
    const excerpt = guide
      .slice(guide.indexOf("## A dated week"))
      .split("\n")
      .filter((l) => l.startsWith("|"));
    expect(excerpt.length).toBeGreaterThan(4);
    for (const line of excerpt) expect(week.split("\n"), line).toContain(line);
  });

  test("usage mistakes exit 2", async () => {
    expect((await yardstick(["handbook"])).code).toBe(2);
    const format = await yardstick(["handbook", harbour, "--format", "pdf"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format must be md or html, got `pdf`");
    expect((await yardstick(["handbook", harbour, "--lang", "fr"])).stderr).toContain("--lang must be zh or en");
  });
});

describe("yardstick handbook --week", () => {
  test("the week of a date, as the planner plans it, holidays and 调休 named", async () => {
    const md = await yardstick([
      "handbook",
      "standards/seed/harbour-view.yaml",
      "--lang",
      "zh",
      "--format",
      "md",
      "--week",
      "2026-10-07",
    ]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain("### 2026-10-05 至 2026-10-11 这一周的例行任务");
    expect(md.stdout).toMatch(
      /^\| 工作 \| 周一 10-05 国庆节 \| 周二 10-06 国庆节 \| 周三 10-07 国庆节 \| 周四 10-08 \| 周五 10-09 \| 周六 10-10 国庆节调休上班 \| 周日 10-11 \|$/m,
    );
    expect(md.stdout).toMatch(/^\| 有偿服务减免活动日 \|( {2}\|){6} 全天 \|$/m);
    const json = await yardstick([
      "handbook",
      "standards/seed/harbour-view.yaml",
      "--lang",
      "en",
      "--json",
      "--week",
      "2026-10-01",
    ]);
    const week = (JSON.parse(json.stdout) as { week: { from: string; to: string } }).week;
    expect(week).toMatchObject({ from: "2026-09-28", to: "2026-10-04" });
    // Without --week there is no dated week.
    const plain = await yardstick(["handbook", "standards/seed/harbour-view.yaml", "--lang", "en", "--json"]);
    expect((JSON.parse(plain.stdout) as { week?: unknown }).week).toBeUndefined();
  });

  test("a --week that is not a date is a usage mistake with a code and a hint", async () => {
    const bad = await yardstick([
      "handbook",
      "standards/seed/harbour-view.yaml",
      "--lang",
      "en",
      "--week",
      "2026-02-30",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("error invalid-option-value: --week must be a date like 2026-10-01, got `2026-02-30`");
    expect(bad.stderr).toContain("hint: any date of the week");
  });
});
