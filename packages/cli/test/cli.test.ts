import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main, run } from "@yardstick/cli";
import { describe, expect, test } from "vitest";

const standard = (body: string) => `standard: harbour-view
version: "2026.1"
title: { zh: 海景花园, en: Harbour View }
timezone: Asia/Shanghai
${body}`;

const good = standard(`calendars:
  office: { hours: { mon-fri: [08:30-12:00, 13:30-17:30] } }
roles:
  technician: { title: { zh: 维修技师, en: Technician } }
tickets:
  repair:
    title: { zh: 家庭维修, en: Home repair }
    states:
      reported: { on: { arrive: on_site } }
      on_site: { on: { complete: completed } }
      completed: {}
    clocks:
      arrival:
        title: { zh: 上门, en: On site }
        start: reported
        stop: on_site
        target: 15工作分钟
        calendar: office
`);

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "yardstick-cli-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function yardstick(argv: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd, env, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("yardstick validate", () => {
  test("a valid standard exits 0 and says so", async () => {
    const cwd = workspace({ "standards/harbour.yaml": good });
    const { code, stderr } = await yardstick(["validate", "standards"], cwd);
    expect(stderr).toBe("1 file checked: 1 valid, 0 errors, 0 warnings\n");
    expect(code).toBe(0);
  });

  test("a typo in a calendar name prints file:line:col, the code and did-you-mean, and exits 1", async () => {
    const cwd = workspace({ "standards/harbour.yaml": good.replace("calendar: office", "calendar: ofice") });
    const { code, stderr } = await yardstick(["validate", "standards/harbour.yaml"], cwd);
    expect(code).toBe(1);
    expect(stderr).toContain("standards/harbour.yaml:22:19 error unknown-calendar: unknown calendar `ofice`");
    expect(stderr).toContain("   22 |         calendar: ofice\n      |                   ^^^^^");
    expect(stderr).toContain("hint: did you mean `office`?");
    expect(stderr).toContain("1 file checked: 0 valid, 1 error, 0 warnings");
  });

  test("--json prints machine-readable results", async () => {
    const cwd = workspace({ "a.yaml": good, "b.yaml": good.replace("harbour-view", "Bad Id") });
    const { code, stdout } = await yardstick(["validate", ".", "--json"], cwd);
    const result = JSON.parse(stdout) as {
      files: { file: string; standard?: { id: string }; diagnostics: { code: string; line: number }[] }[];
      errors: number;
    };
    expect(code).toBe(1);
    expect(result.errors).toBe(1);
    expect(result.files.map((f) => f.file)).toEqual(["a.yaml", "b.yaml"]);
    expect(result.files[0]!.standard?.id).toBe("harbour-view");
    expect(result.files[1]!.diagnostics.map((d) => [d.code, d.line])).toEqual([["invalid-format", 1]]);
  });

  test("extends resolves among the folders given, by the id a file declares", async () => {
    const parent = good.replace("harbour-view", "group/base");
    const child = standard("extends: group/base\n").replace("harbour-view", "group/site");
    const cwd = workspace({ "std/group/base.yaml": parent, "std/site.yaml": child });
    const { code, stderr } = await yardstick(["validate", "std/site.yaml"], cwd);
    expect(stderr).toBe("1 file checked: 1 valid, 0 errors, 0 warnings\n");
    expect(code).toBe(0);
  });

  test("a problem in a parent prints the parent's line, whatever folder the process runs in", async () => {
    // The workspace is not the process's working folder: the parent must not be read from there.
    const parent = good.replace("harbour-view", "group/base").replace("calendar: office", "calendar: ofice");
    const child = standard("extends: group/base\n").replace("harbour-view", "group/site");
    const cwd = workspace({ "std/group/base.yaml": parent, "std/site.yaml": child });
    expect(process.cwd()).not.toBe(cwd);
    const { code, stderr } = await yardstick(["validate", "std/site.yaml"], cwd);
    expect(code).toBe(1);
    expect(stderr).toContain("std/group/base.yaml:22:19 error unknown-calendar: unknown calendar `ofice`");
    expect(stderr).toContain("   22 |         calendar: ofice\n      |                   ^^^^^");
  });

  test("two files given together that declare one id are an error, on the later file", async () => {
    const copy = good.replace('version: "2026.1"', 'version: "2026.2"');
    const cwd = workspace({ "standards/a.yaml": good, "standards/b.yaml": copy });
    const { code, stderr } = await yardstick(["validate", "standards"], cwd);
    expect(code).toBe(1);
    expect(stderr).toContain(
      "standards/b.yaml:1:11 error duplicate-standard: `standards/b.yaml` and `standards/a.yaml` both declare `standard: harbour-view`",
    );
    expect(stderr).toContain("note: standards/a.yaml:1:11");
    expect(stderr).toContain("2 files checked: 1 valid, 1 error");
  });

  test("a file validated from its own folder finds the parent it extends in the standards folder", async () => {
    const header = `# ${"说明".repeat(1500)}\n`.repeat(2); // a comment header far longer than 4 KiB
    const parent = `${header}${standard("calendars:\n  office: { hours: { mon-fri: 08:30-17:30 } }\n").replace("standard: harbour-view", "standard: acme/group")}`;
    const cwd = workspace({
      "standards/acme/group.yaml": parent,
      "standards/sites/harbour.yaml": `standard: harbour-view\nversion: "1"\ntitle: { en: Harbour }\nextends: acme/group\n`,
    });
    expect(Buffer.byteLength(header)).toBeGreaterThan(4096);
    const { code, stderr } = await yardstick(["validate", "harbour.yaml"], join(cwd, "standards/sites"));
    expect(stderr).toBe("1 file checked: 1 valid, 0 errors, 0 warnings\n");
    expect(code).toBe(0);
  });

  test("--summary prints what each standard promises", async () => {
    const cwd = workspace({ "s.yaml": good });
    const { stdout } = await yardstick(["validate", "s.yaml", "--summary"], cwd);
    expect(stdout).toContain("海景花园 · Harbour View");
    expect(stdout).toContain("上门 · On site: 15工作分钟 on office");
  });

  const perPriority = `standard: sum
version: 1
title: { en: Summary }
timezone: Asia/Shanghai
effective: { from: 2026-01-01 }
calendars:
  office: { hours: { mon-fri: 08:30-17:30 }, holidays: cn-mainland }
tickets:
  repair:
    title: { en: Repair }
    priorities:
      emergency: { when: { category: [gas] } }
      routine: {}
    states:
      reported: { on: { arrive: on_site } }
      on_site: {}
    events:
      owner_called: {}
    clocks:
      attend:
        title: { en: Attend }
        start: reported
        stop: on_site
        target: { emergency: 24 elapsed hours, routine: 3 workdays }
        calendar: office
      heating:
        title: { en: Heating }
        start: reported
        stop: on_site
        calendar: office
        target:
          - { months: nov-apr, target: 1 workday }
          - { months: [may, jun, jul-oct], target: 3 workdays }
      call:
        title: { en: Call }
        start: reported
        stop: on_site
        target:
          emergency: [{ outside: office, target: next day by 09:00 }, { target: 1h }]
          routine: 2h
      safe:
        title: { en: Make safe }
        priorities: [emergency]
        effective: { from: 2026-07-01 }
        start: reported
        stop: on_site
        target: 4h
      owner-call:
        title: { en: Owner call }
        start: { breach: attend }
        stop: { event: owner_called }
        target: 15m
`;
  test("--summary says which calendar each priority counts on, the targets chosen by the start, scopes and follow-ons", async () => {
    const cwd = workspace({ "s.yaml": perPriority });
    const { stdout } = await yardstick(["validate", "s.yaml", "--summary"], cwd);
    expect(stdout).toContain("· in force from 2026-01-01");
    expect(stdout).toContain("Attend: emergency 24 elapsed hours on 24x7, routine 3 workdays on office\n");
    expect(stdout).toContain("Heating: [nov-apr → 1 workday; may-oct → 3 workdays] on office\n");
    expect(stdout).toContain("Call: emergency [outside office → next day by 09:00; otherwise → 1h], routine 2h\n");
    expect(stdout).toContain("Make safe: 4h\n      only for emergency\n      in force from 2026-07-01\n");
    expect(stdout).toContain("Owner call: 15m\n      starts when `attend` breaches\n");
  });

  test("--summary writes a strict bound (`inclusive: false`) as < or >, an inclusive one as ≤ or ≥", async () => {
    const audit = (inclusive: boolean) => `audits:
  monthly:
    title: { en: Monthly }
    period: month
    per: site
    kpis:
      complaints:
        title: { en: Complaints }
        measure: fact
        fact: complaints
        target: { min: 1, max: 2 }
        inclusive: ${inclusive}
`;
    const strict = workspace({ "s.yaml": good + audit(false) });
    expect((await yardstick(["validate", "s.yaml", "--summary"], strict)).stdout).toContain("> 1 and < 2");
    const inclusive = workspace({ "s.yaml": good + audit(true) });
    expect((await yardstick(["validate", "s.yaml", "--summary"], inclusive)).stdout).toContain("≥ 1 and ≤ 2");
  });

  test("--lang zh, or a Chinese locale, prints messages and hints in Chinese; the JSON keeps the code", async () => {
    const cwd = workspace({ "standards/harbour.yaml": good.replace("calendar: office", "calendar: ofice") });
    const zh = await yardstick(["validate", "standards", "--lang", "zh"], cwd);
    expect(zh.stderr).toContain("standards/harbour.yaml:22:19 错误 unknown-calendar: 未声明的日历 `ofice`");
    expect(zh.stderr).toContain("建议: 是不是要写 `office`？");
    expect(zh.stderr).toContain("检查了 1 个文件：0 个有效，1 个错误，0 个警告");
    const locale = await yardstick(["validate", "standards"], cwd, { LANG: "zh_CN.UTF-8" });
    expect(locale.stderr).toBe(zh.stderr);
    const english = await yardstick(["validate", "standards", "--lang", "en"], cwd, { LANG: "zh_CN.UTF-8" });
    expect(english.stderr).toContain("error unknown-calendar: unknown calendar `ofice`");
    const json = JSON.parse((await yardstick(["validate", "standards", "--json", "--lang", "zh"], cwd)).stdout) as {
      files: { diagnostics: { code: string; message: string }[] }[];
    };
    expect(json.files[0]!.diagnostics[0]).toMatchObject({ code: "unknown-calendar", message: "未声明的日历 `ofice`" });
    const wrong = await yardstick(["validate", "standards", "--lang", "fr"], cwd);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--lang must be zh or en");
  });

  test("usage mistakes exit 2 with a hint", async () => {
    const cwd = workspace({});
    expect((await yardstick(["validate"], cwd)).code).toBe(2);
    const missing = await yardstick(["validate", "nope"], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file or folder: nope");
    const flag = await yardstick(["validate", "--jsn", "x"], cwd);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain(
      "error unknown-option: unknown option `--jsn`\n  hint: did you mean `--json`? See `yardstick validate --help`",
    );
    const unknown = await yardstick(["valdate"], cwd);
    expect(unknown.stderr).toContain("unknown command `valdate`");
  });
});

describe("main, as both bins call it", () => {
  function fakeProcess(argv: string[], cwd: string, isTTY: boolean) {
    const out = { stdout: "", stderr: "" };
    const proc = {
      argv: ["node", "yardstick", ...argv],
      cwd: () => cwd,
      stdout: { write: (t: string) => (out.stdout += t), isTTY },
      stderr: { write: (t: string) => (out.stderr += t), isTTY },
    };
    return { proc, out };
  }

  test("colours diagnostics when stderr is a terminal, and not otherwise", async () => {
    const cwd = workspace({ "s.yaml": good.replace("calendar: office", "calendar: ofice") });
    const terminal = fakeProcess(["validate", "s.yaml"], cwd, true);
    expect(await main(terminal.proc)).toBe(1);
    expect(terminal.out.stderr).toContain("\u001b[31merror\u001b[39m");
    const piped = fakeProcess(["validate", "s.yaml"], cwd, false);
    expect(await main(piped.proc)).toBe(1);
    expect(piped.out.stderr).not.toContain("\u001b[");
    expect(piped.out.stderr).toContain("s.yaml:22:19 error unknown-calendar");
  });

  test("NO_COLOR turns colour off on a terminal, even with --color", async () => {
    const cwd = workspace({ "s.yaml": good.replace("calendar: office", "calendar: ofice") });
    for (const argv of [
      ["validate", "s.yaml"],
      ["validate", "s.yaml", "--color"],
    ]) {
      const terminal = fakeProcess(argv, cwd, true);
      expect(await main({ ...terminal.proc, env: { NO_COLOR: "1" } })).toBe(1);
      expect(terminal.out.stderr).toContain("s.yaml:22:19 error unknown-calendar");
      expect(terminal.out.stderr).not.toContain("\u001b[");
    }
    // An empty NO_COLOR is unset (no-color.org).
    const empty = fakeProcess(["validate", "s.yaml"], cwd, true);
    expect(await main({ ...empty.proc, env: { NO_COLOR: "" } })).toBe(1);
    expect(empty.out.stderr).toContain("\u001b[31merror\u001b[39m");
  });

  /** A stream like Node's: a write that fails is reported as an `error` event on the next tick. */
  function failingStream(code: string) {
    const stream = Object.assign(new EventEmitter(), { written: "", write: (_: string): unknown => 0 });
    stream.write = (text) => {
      if (stream.written === "") process.nextTick(() => stream.emit("error", Object.assign(new Error(code), { code })));
      stream.written += text;
      return true;
    };
    return stream;
  }

  test("stdout closed by its reader (EPIPE): no error, status 141", async () => {
    const stdout = failingStream("EPIPE");
    expect(await main({ ...fakeProcess(["schema"], "/", false).proc, stdout })).toBe(141);
    expect(stdout.written).toContain('"$schema"');
  });

  test("any other failed write is not swallowed: thrown, as Node would", async () => {
    const stdout = Object.assign(new EventEmitter(), { write: () => true });
    const running = main({ ...fakeProcess(["--help"], "/", false).proc, stdout });
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    expect(() => stdout.emit("error", full)).toThrow(full);
    expect(await running).toBe(0);
  });

  test("as a process: `yardstick plan … | head -1` prints the line and exits 141, without a stack trace", async () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    const child = spawn(
      process.execPath,
      ["--conditions=@yardstick/source", "--import", "tsx", "packages/cli/src/bin.ts", "plan"]
        // A year of duties is a megabyte: far more than a pipe holds, so writes go on after the close.
        .concat(["standards/seed/harbour-view.yaml", "--from", "2026-12-01", "--to", "2027-12-01"]),
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    const firstLine = await new Promise<string>((found) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("\n")) {
          child.stdout.destroy(); // as `head -1` does after its line
          found(out.slice(0, out.indexOf("\n")));
        }
      });
    });
    expect(firstLine).toMatch(/^seed\/harbour-view 2026\.1 — duties from 2026-12-01 00:00/);
    expect(await exited).toBe(141);
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});

describe("help and schema", () => {
  test("every command has --help", async () => {
    for (const command of ["validate", "schema"]) {
      const { code, stdout } = await yardstick([command, "--help"], "/");
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: yardstick ${command}`));
    }
    const main = await yardstick(["--help"], "/");
    expect(main.stdout).toContain("Commands:");
  });

  test("schema prints the draft-07 JSON Schema", async () => {
    const { stdout } = await yardstick(["schema"], "/");
    const schema = JSON.parse(stdout) as {
      $schema: string;
      definitions: Record<"standard" | "community", { required: string[] }>;
    };
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    // A complete standard and a community's file (with `extends`) both require their own header.
    expect(schema.definitions.standard.required).toEqual(["standard", "version", "title"]);
    expect(schema.definitions.community.required).toEqual(["standard", "version", "title"]);
  });
});
