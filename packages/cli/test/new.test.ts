import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { loadStandard, type StandardModel } from "@yardstick/dsl";
import { applyEvent, compileStandard, formatLocal, instantFrom, openTicket, status } from "@yardstick/engine";
import { describe, expect, test } from "vitest";
import { repo, yardstick } from "./helpers.js";

const scratch = () => mkdtempSync(join(tmpdir(), "yardstick-new-"));
const standards = new Map<string, { file: string; text: string }>();
function resolveShipped(id: string) {
  if (standards.size === 0)
    for (const f of ["seed/group", "seed/harbour-view", "cn-2004/level-1"])
      standards.set(f, { file: `standards/${f}.yaml`, text: readFileSync(join(repo, `standards/${f}.yaml`), "utf8") });
  return standards.get(id);
}

function load(text: string): StandardModel {
  const { standard, diagnostics } = loadStandard(text, { file: "child.yaml", resolve: resolveShipped });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return standard!;
}

/** Un-comments the lines `# ` + YAML (notes are `## `; the first line is the editor's $schema). */
function uncomment(text: string, keep: (line: string, index: number) => boolean = () => true): string {
  return text
    .split("\n")
    .map((line, i) => (i > 0 && line.startsWith("# ") && keep(line, i) ? line.slice(2) : line))
    .join("\n");
}

/** The promises of a model: what a community can override, without ids, hashes and origins. */
const promises = (m: StandardModel) => ({
  tickets: m.tickets,
  duties: m.duties,
  audits: m.audits,
  calendars: m.calendars,
});

describe("yardstick new", () => {
  test("writes a community standard that validates as it is and changes nothing", async () => {
    const out = join(scratch(), "east.yaml");
    const made = await yardstick([
      "new",
      "harbour/east",
      "--extends",
      "seed/group",
      "--out",
      out,
      "--title-zh",
      "东区",
    ]);
    expect(made.code).toBe(0);
    expect(made.stdout).toBe("");
    expect(made.stderr).toMatch(/^wrote .*east\.yaml: extends seed\/group, \d+ promises listed to override\n/);
    const text = readFileSync(out, "utf8");
    expect(text.split("\n")[0]).toBe(
      `# yaml-language-server: $schema=${relative(join(out, ".."), join(repo, "packages/dsl/schema.json"))}`,
    );
    expect(text).toContain(
      'standard: harbour/east\nversion: "1"\ntitle: { zh: 东区, en: harbour/east }\nextends: seed/group\n',
    );
    // The group's promises, as the group has them, each to override.
    expect(text).toContain(
      "# tickets:\n#   repair:  # 家庭维修 · Home repair\n#     priorities:  # which tickets are which priority; the first that matches wins\n#       urgent:  # 急修 · Urgent\n#         when: { category: [water_leak, power_cut] }",
    );
    expect(text).toMatch(/# {7}arrival: {2}# 上门 · On site — standards\/seed\/group\.yaml:\d+\n/);
    expect(text).toContain(
      [
        "#         target: { urgent: 30分钟, normal: 3天 }",
        "#         calendar: 24x7",
        "#         warn: 80%",
        "#         escalate:",
        "#           - { at: breach, notify: technician }",
        "#           - { at: breach + 15m, notify: foreman }",
      ].join("\n"),
    );

    expect(text).toContain("#   night-patrol:  # 夜间巡逻 · Night patrol");
    expect(text).toContain("#     every: 2h\n#     between: 22:00-06:00\n");
    expect(text).toContain("#     before: 1个月\n#     of: unit.warrantyEnd\n#     notify: owner\n");
    expect(text).toContain(
      "#       rework-high:  # 返修率超标 · Rework rate too high\n#         severity: major\n#         points: 10  # deducted from the score\n",
    );

    const check = await yardstick(["validate", out]);
    expect(check.stderr).toBe("1 file checked: 1 valid, 0 errors, 0 warnings\n");
    expect(check.code).toBe(0);
    const child = load(text);
    expect(child.extends).toEqual(["seed/group"]);
    expect(promises(child)).toEqual(promises(load(resolveShipped("seed/group")!.text)));
  });

  test("un-commenting one override changes the child's target, and the engine's deadline", async () => {
    const made = await yardstick(["new", "harbour/east", "--extends", "seed/group"]);
    expect(made.code).toBe(0);
    // The lines holding tickets.repair.clocks.arrival.target, and that line with 20分钟.
    const path = ["# tickets:", "#   repair:", "#     clocks:", "#       arrival:", "#         target:"];
    let found = 0;
    const child = uncomment(made.stdout, (line) => {
      const hit = line.startsWith(path[found] ?? "\0");
      if (hit) found++;
      return hit;
    }).replace("target: { urgent: 30分钟, normal: 3天 }", "target: { urgent: 20分钟, normal: 3天 }");
    expect(found).toBe(path.length);
    const model = load(child);
    expect(model.tickets.repair!.clocks.arrival!.targets.urgent!.text).toBe("20分钟");
    // Everything else of the clock is still the group's.
    expect(model.tickets.repair!.clocks.arrival!.escalation).toHaveLength(4);

    const program = compileStandard(model).program!;
    const at = (t: string) => instantFrom(t, program.timezone)!;
    let r = openTicket(program, {
      id: "t1",
      kind: "repair",
      at: at("2026-03-06 17:55"),
      data: { category: "water_leak" },
    });
    r = applyEvent(program, r.ticket, { type: "report", at: at("2026-03-06 17:55") });
    const arrival = status(program, r.ticket).clocks.find((c) => c.clock === "arrival")!;
    expect(formatLocal(arrival.deadline!, program.timezone)).toBe("2026-03-06T18:15:00+08:00");
  });

  test.each(["seed/group", "seed/harbour-view", "cn-2004/level-1"])(
    "every listed override of %s, un-commented at once, restates the parent exactly",
    async (parent) => {
      const made = await yardstick(["new", "child", "--extends", parent]);
      expect(made.code).toBe(0);
      const child = load(uncomment(made.stdout));
      expect(promises(child)).toEqual(promises(load(resolveShipped(parent)!.text)));
    },
  );

  test("every clock, duty, KPI and rule of the parent is listed, and each listed value is live", async () => {
    const made = await yardstick(["new", "child", "--extends", "seed/group"]);
    const parent = load(resolveShipped("seed/group")!.text);
    for (const kind of Object.values(parent.tickets))
      for (const clock of Object.keys(kind.clocks)) expect(made.stdout).toMatch(new RegExp(`^# {7}${clock}: `, "m"));
    for (const duty of Object.keys(parent.duties)) expect(made.stdout).toMatch(new RegExp(`^# {3}${duty}: `, "m"));
    const audit = parent.audits["service-quality"]!;
    for (const id of [...Object.keys(audit.kpis), ...Object.keys(audit.rules)])
      expect(made.stdout).toMatch(new RegExp(`^# {7}${id}: `, "m"));
    // Un-comment everything and add a point to every rule: each rule of the child changes.
    const child = load(uncomment(made.stdout).replace(/points: (\d+)/g, (_, n: string) => `points: ${Number(n) + 1}`));
    for (const [id, rule] of Object.entries(audit.rules))
      expect(child.audits["service-quality"]!.rules[id]!.points, id).toBe(rule.points + 1);
  });

  test("usage mistakes exit 2 with a hint; a new file that would not validate exits 1", async () => {
    const unknown = await yardstick(["new", "x", "--extends", "seed/grop"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no standard `seed/grop` in ./standards");
    expect(unknown.stderr).toContain("hint: did you mean `seed/group`?");
    expect((await yardstick(["new", "x"])).stderr).toContain("--extends is required");
    const dir = scratch();
    writeFileSync(join(dir, "taken.yaml"), "keep me\n");
    const taken = await yardstick(["new", "x", "--extends", "seed/group", "--out", join(dir, "taken.yaml")]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("hint: choose another --out, or add --force to overwrite it");
    expect(readFileSync(join(dir, "taken.yaml"), "utf8")).toBe("keep me\n");
    const bad = await yardstick(["new", "Bad Id", "--extends", "seed/group"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("the new standard would not validate");
  });
});
