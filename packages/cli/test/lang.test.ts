// Every command chooses its language one way: `--lang zh|en`, else the locale (LC_ALL, LC_MESSAGES,
// LANG: zh_* is Chinese), else English. In Chinese the words change; the exit code, the JSON keys
// and the codes do not.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { repo, yardstick } from "./helpers.js";

const CJK = /\p{Script=Han}/u;
const zhLocale = { LANG: "zh_CN.UTF-8" };
const harbour = "standards/seed/harbour-view.yaml";

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "yardstick-lang-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The same command in English, with `--lang zh`, and under a Chinese locale. */
async function threeWays(argv: string[], cwd?: string) {
  const en = await yardstick(argv, cwd);
  const zh = await yardstick([...argv, "--lang", "zh"], cwd);
  const locale = await yardstick(argv, cwd, false, zhLocale);
  return { en, zh, locale };
}

const site = `standard: test-site
version: "1"
title: { zh: 测试小区, en: Test site }
timezone: Asia/Shanghai
roles:
  foreman: { title: { zh: 领班, en: Foreman } }
tickets:
  repair:
    title: { zh: 报修, en: Repair }
    priorities:
      urgent: { when: { category: water_leak } }
      normal: { default: true }
    states:
      reported: { on: { arrive: on_site } }
      on_site: { final: true }
    clocks:
      arrival:
        title: { zh: 上门, en: On site }
        start: reported
        stop: on_site
        target: { urgent: 30m, normal: 2h }
        escalate:
          - { at: breach, notify: foreman }
tests:
  urgent-friday-evening:
    title: { zh: 周五傍晚急修, en: Urgent on Friday evening }
    ticket: repair
    data: { category: water_leak }
    steps:
      - { at: 2026-03-06 17:55, event: arrive }
    expect:
      - { at: 2026-03-06 17:55, clock: arrival, due: 2026-03-06 18:10 }
  arrives-in-time:
    title: { zh: 按时上门, en: Arrives in time }
    ticket: repair
    data: { category: water_leak }
    steps:
      - { at: 2026-03-06 17:55, event: arrive }
    expect:
      - { at: 2026-03-06 17:55, clock: arrival, status: stopped }
      - { at: 2026-03-06 17:55, clock: arrival, notified: [foreman] }
`;

describe("yardstick test", () => {
  test("✓/✗ lines, expected against actual and the summary in Chinese; the same exit code and JSON", async () => {
    const cwd = workspace({ "site.yaml": site });
    const { en, zh, locale } = await threeWays(["test", "site.yaml"], cwd);
    expect(en.stdout).toContain("  ✗ urgent-friday-evening — Urgent on Friday evening\n");
    expect(en.stdout).toContain("      at 2026-03-06 17:55, due: expected 2026-03-06 18:10, got 2026-03-06 18:25\n");
    expect(en.stdout).toContain("      at 2026-03-06 17:55, notified: expected foreman, got (none)\n");
    expect(en.stdout).toContain("\n0 tests passed, 2 failed, 0 not run\n");
    expect(zh.stdout).toContain("  ✗ urgent-friday-evening — 周五傍晚急修\n");
    expect(zh.stdout).toContain("      2026-03-06 17:55 时的 due：应为 2026-03-06 18:10，实际为 2026-03-06 18:25\n");
    expect(zh.stdout).toContain("      2026-03-06 17:55 时的 notified：应为 foreman，实际为 （无）\n");
    expect(zh.stdout).toContain("\n0 个测试通过，2 个失败，0 个未运行\n");
    expect(locale.stdout).toBe(zh.stdout);
    expect([zh.code, locale.code]).toEqual([en.code, en.code]);
    expect(en.code).toBe(1);

    const json = (lang: string) => yardstick(["test", "site.yaml", "--json", "--lang", lang], cwd);
    const [jsonEn, jsonZh] = [JSON.parse((await json("en")).stdout), JSON.parse((await json("zh")).stdout)];
    const shape = (r: { standards: { results: { id: string; outcome: string; checks: { field: string }[] }[] }[] }) =>
      r.standards.flatMap((s) => s.results.map((x) => [x.id, x.outcome, x.checks.map((c) => c.field)]));
    expect(Object.keys(jsonZh)).toEqual(Object.keys(jsonEn));
    expect(shape(jsonZh)).toEqual(shape(jsonEn));
  });

  test("a passing run, --coverage, and a standard with errors, in Chinese", async () => {
    const cwd = workspace({
      "site.yaml": site,
      "broken.yaml": site.replace("test-site", "broken").replace("30m", "30 minuets"),
    });
    const { en, zh, locale } = await threeWays(["test", "site.yaml", "broken.yaml", "--coverage"], cwd);
    expect(en.stdout).toContain(
      "  coverage repair, not reached — states: reported; priorities: normal; escalations: arrival level 1\n",
    );
    expect(zh.stdout).toContain("  覆盖 repair，没有走到的 — 状态：reported；优先级：normal；升级：arrival 第 1 级\n");
    expect(en.stdout).toContain("; 1 standard with errors\n");
    expect(zh.stdout).toContain("；1 个标准有错误\n");
    expect(zh.stderr).toMatch(/错误 invalid-deadline: .*30 minuets/);
    expect(locale.stdout).toBe(zh.stdout);
    expect([zh.code, locale.code]).toEqual([en.code, en.code]);

    const shipped = await threeWays(["test", harbour]);
    expect(shipped.en.stdout).toMatch(/\n\d+ tests passed, 0 failed, 0 not run\n$/);
    expect(shipped.zh.stdout).toMatch(/\n\d+ 个测试通过，0 个失败，0 个未运行\n$/);
    expect(shipped.zh.stdout).toContain("（继承自 seed/group）");
    expect(shipped.en.stdout).toContain(" (from seed/group)");
    expect(shipped.locale.stdout).toBe(shipped.zh.stdout);
    expect(shipped.zh.code).toBe(0);
  });
});

describe("yardstick test says which standard each test comes from", () => {
  test("inherited (from the parent), changed here (from the parent, changed here) or the child's own", async () => {
    const child = `standard: child-site
version: "1"
title: { zh: 子小区, en: Child site }
extends: test-site
tests:
  urgent-friday-evening:
    expect:
      - { at: 2026-03-06 17:55, clock: arrival, due: 2026-03-06 18:25 }
  own-test:
    ticket: repair
    data: { category: fixture }
    steps:
      - { at: 2026-03-06 17:55, event: arrive }
    expect:
      - { at: 2026-03-06 17:55, clock: arrival, status: stopped }
`;
    const cwd = workspace({ "site.yaml": site, "child.yaml": child });
    const { en, zh, locale } = await threeWays(["test", "child.yaml"], cwd);
    expect(en.stdout).toContain(
      "  ✓ urgent-friday-evening — Urgent on Friday evening (from test-site, changed here)\n",
    );
    expect(en.stdout).toContain("  ✗ arrives-in-time — Arrives in time (from test-site)\n");
    expect(en.stdout).toContain("  ✓ own-test\n");
    expect(zh.stdout).toContain("  ✓ urgent-friday-evening — 周五傍晚急修（继承自 test-site，本标准有改动）\n");
    expect(zh.stdout).toContain("  ✗ arrives-in-time — 按时上门（继承自 test-site）\n");
    expect(zh.stdout).toContain("  ✓ own-test\n");
    expect(locale.stdout).toBe(zh.stdout);
    const json = JSON.parse((await yardstick(["test", "child.yaml", "--json"], cwd)).stdout) as {
      standards: { inherited: Record<string, string>; changed: Record<string, string> }[];
    };
    expect(json.standards[0]!.inherited).toEqual({ "arrives-in-time": "test-site" });
    expect(json.standards[0]!.changed).toEqual({ "urgent-friday-evening": "test-site" });
  });

  test("validate --summary counts the tests a standard inherits, by the standard they come from", async () => {
    const { en, zh, locale } = await threeWays(["validate", harbour, "--summary"]);
    const [, total, inherited] = /\n {2}(\d+) scenario tests, (\d+) from seed\/group\n/.exec(en.stdout) ?? [];
    expect(Number(inherited)).toBeGreaterThan(0);
    expect(Number(inherited)).toBeLessThan(Number(total));
    expect(zh.stdout).toContain(`\n  ${total} 个场景测试，其中 ${inherited} 个继承自 seed/group\n`);
    expect(locale.stdout).toBe(zh.stdout);
    const own = workspace({ "site.yaml": site });
    expect((await yardstick(["validate", "site.yaml", "--summary"], own)).stdout).toContain("\n  2 scenario tests\n");
  });
});

describe("report, graph and handbook follow --lang, else the locale, else English", () => {
  test("yardstick report", async () => {
    const cwd = workspace({ "empty.json": JSON.stringify({ tickets: [], duties: [], facts: [] }) });
    const estate = join(import.meta.dirname, "../../../examples/data/estate.yaml");
    const argv = ["report", estate, "--period", "2026-11", "--data", "empty.json", "--trend", "1"];
    const { en, zh, locale } = await threeWays(argv, cwd);
    expect(en.stdout).toContain('<html lang="en">');
    expect(zh.stdout).toContain('<html lang="zh-CN">');
    // ECharts numbers its style classes per process: the same report differs only there.
    const same = (html: string) => html.replace(/zr\d+-cls-\d+/g, "zr-cls");
    expect(same(locale.stdout)).toBe(same(zh.stdout));
    expect([en.code, zh.code, locale.code]).toEqual([0, 0, 0]);
    const english = await yardstick([...argv, "--lang", "en"], cwd, false, zhLocale);
    expect(same(english.stdout)).toBe(same(en.stdout));
  });

  test("yardstick graph", async () => {
    const { en, zh, locale } = await threeWays(["graph", harbour, "--ticket", "repair"]);
    expect(en.stdout).toContain('  state "Owner not in" as waiting_for_owner\n');
    expect(zh.stdout).toContain('  state "客户不在" as waiting_for_owner\n');
    expect(locale.stdout).toBe(zh.stdout);
    expect([en.code, zh.code, locale.code]).toEqual([0, 0, 0]);
  });

  test("yardstick handbook", async () => {
    const { en, zh, locale } = await threeWays(["handbook", harbour, "--json"]);
    expect((JSON.parse(en.stdout) as { lang: string }).lang).toBe("en");
    expect((JSON.parse(zh.stdout) as { lang: string }).lang).toBe("zh");
    expect(locale.stdout).toBe(zh.stdout);
    const file = join(workspace({}), "h.html");
    await yardstick(["handbook", harbour, "--out", file], undefined, false, { LC_ALL: "zh_CN.UTF-8", LANG: "C" });
    expect(readFileSync(file, "utf8")).toMatch(CJK);
    expect(readFileSync(file, "utf8")).toContain("<title>海景花园物业服务标准 — 员工服务手册</title>");
  });
});

describe("usage mistakes: a code, a message and a hint, in the language asked for; exit code 2", () => {
  const cwd = workspace({ "standards/s.yaml": site });
  const mistakes: [string, string[], string, string, string][] = [
    // [what, argv, code, English, Chinese]
    ["an unknown command", ["valdate"], "unknown-command", "did you mean `validate`?", "是不是要写 `validate`？"],
    [
      "an unknown option",
      ["validate", "--jsn", "x"],
      "unknown-option",
      "did you mean `--json`?",
      "没有 `--jsn` 这个选项",
    ],
    [
      "a value missing",
      ["validate", "standards", "--max-diagnostics"],
      "option-needs-value",
      "needs a value",
      "后面要写一个值",
    ],
    [
      "a value not wanted",
      ["validate", "standards", "--json=yes"],
      "option-takes-no-value",
      "takes no value",
      "不带值",
    ],
    ["an extra argument", ["schema", "extra"], "unexpected-argument", "unexpected argument `extra`", "多余的参数"],
    ["a missing argument", ["validate"], "missing-argument", "no standards given", "没有给出要检查的标准"],
    [
      "a missing option",
      ["explain", "standards/s.yaml", "--at", "2026-03-06 17:55"],
      "missing-option",
      "--ticket is required",
      "缺少 --ticket",
    ],
    [
      "a bad value",
      ["graph", "standards/s.yaml", "--direction", "up"],
      "invalid-option-value",
      "--direction must be TB or LR, got `up`",
      "--direction 只能是 TB 或 LR，这里是 `up`",
    ],
    [
      "a bad number",
      ["validate", "standards", "--max-diagnostics", "0"],
      "invalid-option-value",
      "positive whole number",
      "必须是正整数",
    ],
    [
      "no such file",
      ["validate", "nope"],
      "no-such-file",
      "no such file or folder: nope",
      "没有这个文件或文件夹：nope",
    ],
    [
      "no such ticket kind",
      ["graph", "standards/s.yaml", "--ticket", "lift"],
      "no-such-ticket-kind",
      "has no ticket kind `lift`",
      "没有工单类型 `lift`",
    ],
  ];

  test.each(mistakes)("%s", async (_what, argv, code, english, chinese) => {
    const en = await yardstick(argv, cwd);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(new RegExp(`^yardstick( [a-z]+)?: error ${code}: `));
    expect(en.stderr).toContain(english);
    expect(en.stderr).toMatch(/\n {2}hint: \S/);
    const zh = await yardstick([...argv, "--lang", "zh"], cwd);
    const locale = await yardstick(argv, cwd, false, zhLocale);
    for (const run of [zh, locale]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^yardstick( [a-z]+)?: 错误 ${code}: `));
      expect(run.stderr).toContain(chinese);
      expect(run.stderr).toMatch(/\n {2}建议: \p{Script=Han}|\n {2}建议: .*\p{Script=Han}/u);
    }
  });

  test("a wrong --lang is reported in the locale's language", async () => {
    const zh = await yardstick(["validate", "standards", "--lang", "fr"], cwd, false, zhLocale);
    expect(zh.stderr).toBe(
      "yardstick validate: 错误 invalid-option-value: --lang 只能是 zh 或 en，这里是 `fr`\n  建议: 例如 `--lang zh`\n",
    );
    const en = await yardstick(["validate", "standards", "--lang=fr"], cwd);
    expect(en.stderr).toBe(
      "yardstick validate: error invalid-option-value: --lang must be zh or en, got `fr`\n  hint: e.g. `--lang zh`\n",
    );
    expect([zh.code, en.code]).toEqual([2, 2]);
  });
});

describe("yardstick validate --summary", () => {
  test("what each standard promises, in Chinese; the same exit code and JSON", async () => {
    const { en, zh, locale } = await threeWays(["validate", harbour, "--summary"]);
    expect(en.stdout).toContain("\n  Calendars\n    office: mon-fri 08:30-12:00, 13:30-18:00 · holidays: cn-mainland");
    expect(zh.stdout).toContain("\n  日历\n    office: 周一至周五 08:30-12:00, 13:30-18:00 · 节假日：cn-mainland");
    expect(en.stdout).toContain("\n  Tickets: 家庭维修 · Home repair\n    priorities: urgent > normal\n");
    expect(zh.stdout).toContain("\n  工单：家庭维修 · Home repair\n    优先级：urgent > normal\n");
    expect(en.stdout).toContain("Night patrol: every 2h between 22:00-06:00 ·");
    expect(zh.stdout).toContain("Night patrol: 每 2h，22:00-06:00 之间 ·");
    expect(en.stdout).toContain("Repair callback: 1个工作日 on office\n");
    expect(zh.stdout).toContain("Repair callback: 1个工作日（按 office）\n");
    expect(en.stdout).toContain("Clear standing water after rain: within 1小时 of rain_stopped");
    expect(zh.stdout).toContain("Clear standing water after rain: rain_stopped 后 1小时内");
    expect(en.stderr).toBe("1 file checked: 1 valid, 0 errors, 0 warnings\n");
    expect(zh.stderr).toBe("检查了 1 个文件：1 个有效，0 个错误，0 个警告\n");
    // Every line the English prints has its Chinese: nothing is left in English but ids and values.
    for (const heading of ["Calendars", "Tickets:", "Duties", "Audit:", "scenario tests", "finding rules"]) {
      expect(en.stdout, heading).toContain(heading);
      expect(zh.stdout, heading).not.toContain(heading);
    }
    expect(locale.stdout).toBe(zh.stdout);
    expect([en.code, zh.code, locale.code]).toEqual([0, 0, 0]);
    expect(zh.stdout.split("\n").length).toBe(en.stdout.split("\n").length);
  });

  test("--json keeps its keys and codes in Chinese", async () => {
    const cwd = workspace({ "standards/s.yaml": site.replace("30m", "30 minuets") });
    const en = await yardstick(["validate", "standards", "--json"], cwd);
    const zh = await yardstick(["validate", "standards", "--json"], cwd, false, zhLocale);
    const codes = (out: string) =>
      (JSON.parse(out) as { files: { diagnostics: { code: string; line: number }[] }[] }).files.flatMap((f) =>
        f.diagnostics.map((d) => `${d.code} ${d.line}`),
      );
    expect(Object.keys(JSON.parse(zh.stdout) as object)).toEqual(Object.keys(JSON.parse(en.stdout) as object));
    expect(codes(zh.stdout)).toEqual(codes(en.stdout));
    expect(codes(en.stdout)).toEqual(["invalid-deadline 21"]);
    expect([en.code, zh.code]).toEqual([1, 1]);
  });
});

describe("yardstick explain", () => {
  test("a standard with errors is reported in Chinese, with the same code and exit code", async () => {
    const cwd = workspace({ "s.yaml": site.replace("30m", "30 minuets") });
    const argv = ["explain", "s.yaml", "--ticket", "repair", "--at", "2026-03-06 17:55"];
    const { en, zh, locale } = await threeWays(argv, cwd);
    expect(en.stderr).toMatch(/^s\.yaml:21:27 error invalid-deadline: /);
    expect(zh.stderr).toMatch(/^s\.yaml:21:27 错误 invalid-deadline: .*\p{Script=Han}/u);
    expect(locale.stderr).toBe(zh.stderr);
    expect([en.code, zh.code, locale.code]).toEqual([1, 1, 1]);
  });

  test("the heading, every clock's lines and the next wake-up in Chinese; the same JSON but its words", async () => {
    const dir = workspace({
      "events.jsonl": [
        '{"type":"report","at":"2026-09-30 11:50"}',
        '{"type":"arrive","at":"2026-09-30 12:02"}',
        '{"type":"complete","at":"2026-09-30 16:00"}',
      ].join("\n"),
    });
    const argv = ["explain", harbour, "--ticket", "repair", "--at", "2026-09-30 11:50"];
    const { en, zh, locale } = await threeWays([...argv, "--events", join(dir, "events.jsonl")]);
    expect(en.stdout).toMatch(
      /^seed\/harbour-view · ticket repair opened 2026-09-30T11:50:00\+08:00 · state completed · /,
    );
    expect(en.stdout).toContain("\nclock callback (Repair callback) on calendar office\n");
    expect(en.stdout).toContain("  skipped Thu 2026-10-01: 2026-10-01..10-07 National Day (国庆节) holiday\n");
    expect(en.stdout).toMatch(/\nnext wake-up: 2026-10-08T18:00:00\+08:00\n$/);
    expect(zh.stdout).toMatch(
      /^seed\/harbour-view · 工单 repair（家庭维修） · 2026-09-30 11:50 建单 · 状态 completed（维修完成） · 优先级 normal（一般报修）\n\n/,
    );
    expect(zh.stdout).toContain("\n时钟 arrival（15分钟上门），日历 24x7\n");
    expect(zh.stdout).toContain("  2026-09-30 12:02  停止：已停止 — 按时\n");
    expect(zh.stdout).toContain("  不计 2026-10-01（周四）：国庆节假期\n");
    expect(zh.stdout).toContain("休息时间（如午休）\n");
    expect(zh.stdout).toContain("  2026-10-08 18:00  超时：已超过 1个工作日（待发出）\n");
    expect(zh.stdout).toMatch(/\n下次唤醒：2026-10-08 18:00\n$/);
    expect(zh.stdout).not.toMatch(/\b(clock|cycle|skipped|not counted|due|breach|escalation|next wake-up)\b/);
    expect(locale.stdout).toBe(zh.stdout);
    const opened = await yardstick([...argv, "--lang", "zh"]);
    expect(opened.stdout).toContain("\n  未开始计时\n");
    expect(opened.stdout).toMatch(/\n下次唤醒：无\n$/);

    const json = await threeWays([...argv, "--events", join(dir, "events.jsonl"), "--json"]);
    const [enJson, zhJson] = [JSON.parse(json.en.stdout), JSON.parse(json.zh.stdout)];
    const ids = (j: typeof enJson) =>
      j.clocks.map((c: { clock: string; cycles: { deadline: number; timeline: { at: number; kind: string }[] }[] }) => [
        c.clock,
        c.cycles.map((y) => [y.deadline, y.timeline.map((t) => [t.at, t.kind])]),
      ]);
    expect(ids(zhJson)).toEqual(ids(enJson));
    expect(zhJson.status).toEqual(enJson.status);
    expect(zhJson.clocks[1].cycles[0].timeline[0].reason).toBe("开始计时");
    expect(enJson.clocks[1].cycles[0].timeline[0].reason).toBe("the clock started");
  });
});

describe("yardstick tour (pnpm start)", () => {
  test(
    "the step lines, the KPI table, the files written, in Chinese; the same exit code and JSON",
    { timeout: 300_000 },
    async () => {
      const out = workspace({});
      const argv = ["tour", "--standards", "standards/seed", "--out", out];
      const { en, zh, locale } = await threeWays(argv);
      expect(en.stdout).toMatch(/^Yardstick — service standards as code\n\n✓ validated {3}\d+ files checked: /);
      expect(zh.stdout).toMatch(
        /^Yardstick — 服务标准即代码\n\n✓ 检查标准 {4}检查了 \d+ 个文件：\d+ 个有效，0 个错误，0 个警告（standards\/seed\/）\n/,
      );
      expect(zh.stdout).toMatch(
        /\n✓ 场景测试 {4}\d+ 个测试通过，0 个失败，0 个未运行（yardstick test standards\/seed）\n/,
      );
      expect(zh.stdout).toMatch(
        /\n✓ 模拟一个月 {2}海景花园物业服务标准，2026-11（种子 42）：\d+ 张工单，\d+ 个事件，\d+ 条任务记录\n/,
      );
      expect(zh.stdout).toMatch(/\n✓ 引擎回放 {4}\d+ 次超时，\d+ 次升级；例行任务 \d+ 次，漏做 \d+ 次\n/);
      expect(en.stdout).toMatch(/\n {2}KPI \(site\) +value +target +met\n[^]*\n {2}arrival-on-time +[\d.]+% +≥ /);
      expect(zh.stdout).toMatch(/\n {2}指标（全小区） +数值 +目标 +达标\n[^]*\n {2}arrival-on-time +[\d.]+% +≥ /);
      expect(zh.stdout).toContain("\n  各区得分排名：1. ");
      expect(zh.stdout).toContain("\n  report.zh.html     月度服务质量报告（可用 A4 纸打印）\n");
      expect(en.stdout).toContain("\n  report.zh.html     the monthly quality report (prints on A4)\n");
      expect(zh.stdout).toContain(`\n打开 file://`);
      // Nothing is left in English but ids, file names and the command quoted.
      for (const word of ["validated", "scenarios", "simulated", "replayed", "zones by score", "Written to", "Open "]) {
        expect(en.stdout, word).toContain(word);
        expect(zh.stdout, word).not.toContain(word);
      }
      expect(locale.stdout).toBe(zh.stdout);
      expect(zh.stdout.split("\n").length).toBe(en.stdout.split("\n").length);
      expect([en.code, zh.code, locale.code]).toEqual([0, 0, 0]);

      const json = (lang: string) => yardstick([...argv, "--json", "--lang", lang]);
      const [jsonEn, jsonZh] = [(await json("en")).stdout, (await json("zh")).stdout];
      expect(jsonZh).toBe(jsonEn);
    },
  );
});

describe("yardstick replay", () => {
  const events = readFileSync(join(import.meta.dirname, "../../../docs/reference/events-jsonl.md"), "utf8");
  // Run from the repository, so the draft's `extends` finds the seed standards.
  const dir = workspace({
    "activity.jsonl": /```jsonl\n([\s\S]*?)```/.exec(events)![1]!,
    "draft.yaml": readFileSync(join(repo, harbour), "utf8").replace(
      "target: { urgent: 15分钟, normal: 15分钟 }",
      "target: { urgent: 30分钟, normal: 15分钟 }",
    ),
  });
  const cwd = undefined;
  const standard = harbour;
  const [activity, draft, diff] = ["activity.jsonl", "draft.yaml", "diff.html"].map((f) => join(dir, f)) as [
    string,
    string,
    string,
  ];

  test("the clocks, duties, KPIs and scores in Chinese; the same exit code and JSON", async () => {
    const argv = ["replay", standard, "--events", activity];
    const { en, zh, locale } = await threeWays(argv, cwd);
    expect(en.stdout).toMatch(
      /^seed\/harbour-view@[\w.]+ · 2026-11 · 1 tickets, \d+ events, \d+ duty logs from \S+activity\.jsonl\n/,
    );
    expect(zh.stdout).toMatch(
      /^seed\/harbour-view@[\w.]+ · 2026-11 · 来自 \S+activity\.jsonl 的 1 张工单、\d+ 个事件、\d+ 条任务记录\n/,
    );
    expect(en.stdout).toMatch(
      /\nclock +cycles +on time +late +breaches +escalations\nrepair · arrival +1 +0 +1 +1 +1\n/,
    );
    expect(zh.stdout).toMatch(/\n时效时钟 +次数 +按时 +逾期 +超时 +升级\nrepair · arrival +1 +0 +1 +1 +1\n/);
    expect(en.stdout).toMatch(/\n\d+ duty occurrences: /);
    expect(zh.stdout).toMatch(/\n例行任务 \d+ 次：/);
    expect(zh.stdout).toMatch(/\n指标（全小区） +数值 +目标 +达标\n/);
    expect(en.stdout).toMatch(/\nservice-quality: \d+ findings · zones: 三区 \d+, /);
    expect(zh.stdout).toMatch(/\nservice-quality：\d+ 条考核发现 · 各区：三区 \d+，/);
    for (const word of ["clock", "cycles", "duty occurrences", "findings", "zones:", " tickets", " missed"]) {
      expect(en.stdout, word).toContain(word);
      expect(zh.stdout, word).not.toContain(word);
    }
    expect(locale.stdout).toBe(zh.stdout);
    expect(zh.stdout.split("\n").length).toBe(en.stdout.split("\n").length);
    expect([en.code, zh.code, locale.code]).toEqual([0, 0, 0]);
    const json = (lang: string) => yardstick([...argv, "--json", "--lang", lang], cwd);
    expect((await json("zh")).stdout).toBe((await json("en")).stdout);
  });

  test("--compare's table and --html page in Chinese; the same exit code and JSON", async () => {
    const argv = ["replay", standard, "--events", activity, "--compare", draft];
    const { en, zh, locale } = await threeWays([...argv, "--html", diff], cwd);
    expect(en.stdout).toMatch(
      /^now: {3}seed\/harbour-view@[\w.]+ \(.*\)\ndraft: seed\/harbour-view@[\w.]+ \(\S+draft\.yaml\)\nperiod 2026-11; the same events under both\n/,
    );
    expect(zh.stdout).toMatch(
      /^现行：seed\/harbour-view@[\w.]+（.*）\n草案：seed\/harbour-view@[\w.]+（\S+draft\.yaml）\n期间 2026-11；两者回放的是同一批事件\n/,
    );
    expect(en.stdout).toMatch(
      /\nKPI \(site\) +now +draft +change +target\n[^]*\narrival-on-time +0\.0% ✗ +100\.0% ✓ +\+100 pt +≥ 95%\n/,
    );
    expect(zh.stdout).toMatch(
      /\n指标（全小区） +现行 +草案 +变化 +目标\n[^]*\narrival-on-time +0\.0% ✗ +100\.0% ✓ +\+100 pt +≥ 95%\n/,
    );
    expect(zh.stdout).toMatch(/\n时效时钟 +逾期 +超时 +升级\n/);
    expect(zh.stdout).toMatch(/\n例行任务：.+\n考核发现：\d+ → \d+ /);
    expect(zh.stdout).toMatch(/\n得分：一区 \d+ → \d+/);
    for (const word of ["now:", "draft:", "period", "duties:", "findings:", "scores:"]) {
      expect(en.stdout, word).toContain(word);
      expect(zh.stdout, word).not.toContain(word);
    }
    expect(locale.stdout).toBe(zh.stdout);
    expect(zh.stdout.split("\n").length).toBe(en.stdout.split("\n").length);
    expect([en.code, zh.code, locale.code]).toEqual([0, 0, 0]);

    const page = readFileSync(diff, "utf8"); // the last run's: under the Chinese locale
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain("<h1>草案会带来哪些变化</h1>");
    expect(page).toMatch(
      /<h2>全小区<\/h2><table><thead><tr><th>指标<\/th><th>现行<\/th><th>草案<\/th><th>变化<\/th><th>目标<\/th>/,
    );
    expect(page).toContain("<h2>区域 一区</h2>");
    expect(page).toMatch(/<tr class="gained"><td>arrival-on-time<\/td><td>0\.0% ✗<\/td><td>100\.0% ✓<\/td>/);
    for (const word of ["What the draft", "Site", "Zone ", "Clocks", "Duties", "Scores", "Findings", "duty outcome"])
      expect(page, word).not.toContain(word);
    await yardstick([...argv, "--html", diff], cwd);
    const english = readFileSync(diff, "utf8");
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("<h1>What the draft would change</h1>");
    expect(english).toContain("<h2>Zone 一区</h2>");

    const json = (lang: string) => yardstick([...argv, "--json", "--lang", lang], cwd);
    expect((await json("zh")).stdout).toBe((await json("en")).stdout);
  });
});

describe("yardstick simulate", () => {
  test("the sentence on standard error in Chinese; the same file, exit code and JSON", async () => {
    const dir = workspace({});
    const file = join(dir, "activity.jsonl");
    const argv = ["simulate", harbour, "--month", "2026-11", "--seed", "7", "--out", file];
    const { en, zh, locale } = await threeWays(argv);
    const counts = String.raw`2026-11, (\d+) tickets with (\d+) events, (\d+) duty logs, (\d+) triggers, (\d+) records, (\d+) fact records \(seed 7\)`;
    const zhCounts = String.raw`2026-11，(\d+) 张工单（(\d+) 个事件），(\d+) 条任务记录，(\d+) 个触发事件，(\d+) 条台账记录，(\d+) 条考核事实（种子 7）`;
    const figuresEn = new RegExp(`^wrote ${file}: ${counts}\n$`).exec(en.stderr);
    const figuresZh = new RegExp(`^已写入 ${file}：${zhCounts}\n$`).exec(zh.stderr);
    expect(figuresEn, en.stderr).not.toBeNull();
    expect(figuresZh, zh.stderr).not.toBeNull();
    expect(figuresZh!.slice(1)).toEqual(figuresEn!.slice(1));
    expect(locale.stderr).toBe(zh.stderr);
    expect([en.code, zh.code, locale.code]).toEqual([0, 0, 0]);

    const piped = await yardstick(["simulate", harbour, "--month", "2026-11", "--seed", "7", "--lang", "zh"]);
    expect(piped.stderr).toMatch(new RegExp(`^已模拟：${zhCounts}\n$`));
    expect(piped.stdout).toBe(readFileSync(file, "utf8"));
    const json = (lang: string) => yardstick([...argv, "--json", "--lang", lang]);
    expect((await json("zh")).stdout).toBe((await json("en")).stdout);
  });
});

describe("yardstick plan", () => {
  test("the heading, the times and the count in Chinese; the same exit code, JSON and calendar", async () => {
    const argv = ["plan", harbour, "--from", "2026-12-01", "--to", "2026-12-08", "--zone", "一区"];
    const { en, zh, locale } = await threeWays(argv);
    expect(en.stdout).toMatch(
      /^seed\/harbour-view [\w.]+ — duties from 2026-12-01 00:00 to 2026-12-08 00:00 \(Asia\/Shanghai\)\n/,
    );
    expect(zh.stdout).toMatch(
      /^seed\/harbour-view [\w.]+ — 2026-12-01 00:00 至 2026-12-08 00:00 的例行任务（Asia\/Shanghai）\n/,
    );
    expect(en.stdout).toContain("\n  any time       garbage (垃圾清运)  #1  一区  cleaner\n");
    expect(zh.stdout).toContain("\n  全天任意时间   garbage (垃圾清运)  #1  一区  cleaner\n");
    expect(en.stdout).toContain("\n  by 18:00       corridor-sweep (下班前楼道清扫检查)  一区  cleaner\n");
    expect(zh.stdout).toContain("\n  18:00 前       corridor-sweep (下班前楼道清扫检查)  一区  cleaner\n");
    expect(en.stdout).toMatch(/\n {2}by 2026-12-31 +outsourcing-meeting /);
    expect(zh.stdout).toMatch(/\n {2}2026-12-31 前 +outsourcing-meeting /);
    const total = /\n(\d+) occurrences\n$/.exec(en.stdout)![1];
    expect(zh.stdout).toMatch(new RegExp(`\n共 ${total} 次\n$`));
    for (const word of ["duties from", "any time", "by ", "occurrences"]) {
      expect(en.stdout, word).toContain(word);
      expect(zh.stdout, word).not.toContain(word);
    }
    expect(locale.stdout).toBe(zh.stdout);
    expect(zh.stdout.split("\n").length).toBe(en.stdout.split("\n").length);
    expect([en.code, zh.code, locale.code]).toEqual([0, 0, 0]);
    for (const format of ["--json", "--ics"]) {
      const [a, b] = [await yardstick([...argv, format]), await yardstick([...argv, format, "--lang", "zh"])];
      expect(b.stdout, format).toBe(a.stdout);
    }
  });
});
