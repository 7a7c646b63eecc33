import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";
import type { CodeLens, CompletionItem, Hover, PublishDiagnosticsParams } from "vscode-languageserver-protocol";

// A real client over stdio, as editors speak it: the server is the `yardstick lsp` command itself.
const root = resolve(import.meta.dirname, "../../..");
const uriOf = (file: string) => pathToFileURL(join(root, file)).href;

let server: ChildProcess;
let connection: MessageConnection;
const published: PublishDiagnosticsParams[] = [];
const waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

/** The next diagnostics published for `uri` (at `version`, when given). */
function diagnosticsFor(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
  const seen = published.find((p) => p.uri === uri && (version === undefined || p.version === version));
  if (seen) return Promise.resolve(seen);
  return nextDiagnosticsFor(uri, version);
}

/** Diagnostics published for `uri` from now on (not one published before). */
function nextDiagnosticsFor(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve) => waiters.push({ uri, version, resolve }));
}

// Every open and change gets a version never used before, so an answer to an earlier one (a
// document checked again because the language or a standard it extends changed) is never taken
// for the answer to this one.
let lastVersion = 0;

function open(file: string, text = readFileSync(join(root, file), "utf8")) {
  published.splice(0);
  const version = ++lastVersion;
  void connection.sendNotification("textDocument/didOpen", {
    textDocument: { uri: uriOf(file), languageId: "yaml", version, text },
  });
  return diagnosticsFor(uriOf(file), version);
}

function change(file: string, text: string) {
  const version = ++lastVersion;
  void connection.sendNotification("textDocument/didChange", {
    textDocument: { uri: uriOf(file), version },
    contentChanges: [{ text }],
  });
  return diagnosticsFor(uriOf(file), version);
}

const errors = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.severity === 1);
const shippedText = (file: string) => readFileSync(join(root, file), "utf8");
/** The 0-based line of `text` that `pattern` first matches. */
const lineOf = (text: string, pattern: RegExp) => {
  const line = text.split("\n").findIndex((l) => pattern.test(l));
  expect(line, String(pattern)).toBeGreaterThanOrEqual(0);
  return line;
};
const codeLenses = (file: string) =>
  connection.sendRequest<CodeLens[]>("textDocument/codeLens", { textDocument: { uri: uriOf(file) } });
const hoverAt = async (file: string, line: number, character: number) => {
  const result = await connection.sendRequest<Hover>("textDocument/hover", {
    textDocument: { uri: uriOf(file) },
    position: { line, character },
  });
  return (result.contents as { value: string }).value;
};
const setLang = (lang: "zh" | "en") =>
  connection.sendNotification("workspace/didChangeConfiguration", { settings: { yardstick: { lang } } });

// Starting the server (Node, tsx compiling the sources) takes seconds on a loaded machine: the
// startup gets its own long timeout; every assertion after it keeps the default one.
const STARTUP_MS = 120_000;

beforeAll(async () => {
  server = spawn(
    process.execPath,
    ["--conditions=@yardstick/source", "--import", "tsx", "packages/cli/src/bin.ts", "lsp"],
    { cwd: root, stdio: ["pipe", "pipe", "inherit"] },
  );
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const w of waiters.splice(0))
      if (w.uri === params.uri && (w.version === undefined || w.version === params.version)) w.resolve(params);
      else waiters.push(w);
  });
  connection.listen();
  const init = await connection.sendRequest<{ capabilities: Record<string, unknown> }>("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: "yardstick" }],
  });
  expect(init.capabilities.hoverProvider).toBe(true);
  expect(init.capabilities.codeLensProvider).toBeDefined();
  void connection.sendNotification("initialized", {});
  // The first load compiles the dsl and the engine: done here, inside the startup's timeout.
  await open("standards/seed/group.yaml");
}, STARTUP_MS);

afterAll(async () => {
  if (!connection) return;
  await connection.sendRequest("shutdown");
  void connection.sendNotification("exit");
  await new Promise((done) => server.once("exit", done));
  connection.dispose();
}, STARTUP_MS);

describe("yardstick lsp over stdio", () => {
  test.each(["standards/seed/group.yaml", "standards/seed/harbour-view.yaml", "standards/cn-2004/level-1.yaml"])(
    "a shipped standard, %s, shows no errors (extends resolved from the workspace)",
    async (file) => {
      const result = await open(file);
      expect(errors(result)).toEqual([]);
    },
  );

  test("a misspelt calendar gives `unknown-calendar` with its hint on its line, and fixing it clears it", async () => {
    const file = "standards/seed/group.yaml";
    const text = readFileSync(join(root, file), "utf8");
    await open(file, text);
    const lines = text.split("\n");
    const line = lines.findIndex((l) => /^\s+calendar: office\s*$/.test(l));
    expect(line).toBeGreaterThan(0);
    const broken = lines.map((l, i) => (i === line ? l.replace("office", "ofice") : l)).join("\n");
    const result = await change(file, broken);
    const found = result.diagnostics.find((d) => d.code === "unknown-calendar");
    expect(found, JSON.stringify(result.diagnostics)).toBeDefined();
    expect(found!.severity).toBe(1);
    expect(found!.range.start.line).toBe(line);
    expect(found!.range.start.character).toBe(lines[line]!.indexOf("office"));
    expect(found!.message).toMatch(/hint: .*office/);
    expect((found!.data as { hint?: string }).hint).toMatch(/office/);
    const fixed = await change(file, text);
    expect(errors(fixed)).toEqual([]);
  });

  test("completion after `calendar: ` lists the calendars and 24x7, with their titles", async () => {
    const file = "standards/seed/group.yaml";
    const text = readFileSync(join(root, file), "utf8");
    await open(file, text);
    const lines = text.split("\n");
    const line = lines.findIndex((l) => /^\s+calendar: office\s*$/.test(l));
    const character = lines[line]!.indexOf("office");
    const items = await connection.sendRequest<CompletionItem[]>("textDocument/completion", {
      textDocument: { uri: uriOf(file) },
      position: { line, character },
    });
    const office = items.find((i) => i.label === "office");
    expect(office?.detail).toContain("客服中心办公时间");
    expect(office?.detail).toContain("Service centre office hours");
    expect(items.map((i) => i.label)).toContain("24x7");
    expect(items.map((i) => i.label)).not.toContain("technician");
  });

  test("completion after `stop: ` offers the kind's states and events; after `notify: [` the roles", async () => {
    const file = "standards/seed/group.yaml";
    const text = readFileSync(join(root, file), "utf8");
    await open(file, text);
    const lines = text.split("\n");
    const stop = lines.findIndex((l) => /^\s+stop: on_site\s*$/.test(l));
    const states = await connection.sendRequest<CompletionItem[]>("textDocument/completion", {
      textDocument: { uri: uriOf(file) },
      position: { line: stop, character: lines[stop]!.indexOf("on_site") },
    });
    expect(states.map((i) => i.label)).toEqual(expect.arrayContaining(["reported", "on_site", "completed"]));
    const notify = lines.findIndex((l) => /notify: cs-supervisor/.test(l));
    const at = lines[notify]!.indexOf("cs-supervisor") + "cs-".length;
    const roles = await connection.sendRequest<CompletionItem[]>("textDocument/completion", {
      textDocument: { uri: uriOf(file) },
      position: { line: notify, character: at },
    });
    expect(roles.map((i) => i.label)).toEqual(["cs-supervisor"]);
  });

  test("hover on a role id shows its title in Chinese and English", async () => {
    const file = "standards/seed/group.yaml";
    const text = readFileSync(join(root, file), "utf8");
    await open(file, text);
    const lines = text.split("\n");
    const line = lines.findIndex((l) => /^\s+supervisor: \{/.test(l));
    const result = await connection.sendRequest<Hover>("textDocument/hover", {
      textDocument: { uri: uriOf(file) },
      position: { line, character: lines[line]!.indexOf("supervisor") + 2 },
    });
    const value = (result.contents as { value: string }).value;
    expect(value).toContain("主管");
    expect(value).toContain("Supervisor");
    expect(value).toContain("role");
  });

  test("hover on a clock's key says what it promises, in the handbook's words", async () => {
    const file = "standards/seed/group.yaml";
    const text = shippedText(file);
    await open(file, text);
    const line = lineOf(text, /^\s+arrival:\s*$/);
    const value = await hoverAt(file, line, text.split("\n")[line]!.indexOf("arrival") + 1);
    expect(value).toContain("上门");
    expect(value).toContain("- Urgent: within 30 minutes (written `30分钟`)");
    expect(value).toContain("- Starts when the ticket enters “Reported”");
    expect(value).toContain("a warning at 80% of the time");
    expect(value).toMatch(/Level 1: at the breach, tell Repair technician\./);
  });

  test("hover on a clock counted on a calendar per priority gives each priority its own calendar", async () => {
    const file = "packages/cli/test/real-standards/uk-awaabs-law-2025.yaml";
    const text = shippedText(file);
    await open(file, text);
    const line = lineOf(text, /^\s+investigation:\s*$/);
    const value = await hoverAt(file, line, text.split("\n")[line]!.indexOf("investigation") + 1);
    expect(value).toContain("- Emergency hazard: within 1 day (round the clock) (written `24 elapsed hours`)");
    expect(value).toContain(
      "- Potential significant hazard (damp and mould): within 10 working days (written `10 workdays`)",
    );
    expect(value).toContain("Counted in Working days.");
  });

  test("a code lens above each clock says what it promises, where the file writes the clock", async () => {
    const file = "standards/seed/group.yaml";
    const text = shippedText(file);
    await open(file, text);
    const lenses = await codeLenses(file);
    const arrival = lenses.find((l) => (l.data as { clock: string }).clock === "arrival");
    expect(arrival?.range.start.line).toBe(lineOf(text, /^\s+arrival:\s*$/));
    expect(arrival?.command?.title).toBe(
      "⏱ On site: Urgent: within 30 minutes · Normal: within 3 days · Starts when the ticket enters “Reported” · " +
        "tells Repair technician, Foreman, Supervisor, Manager when late",
    );
    // A clock that starts later in the workflow says when.
    const callback = lenses.find((l) => (l.data as { clock: string }).clock === "callback");
    expect(callback?.command?.title).toContain("Starts when the ticket enters “Repair completed”");
    expect(callback?.command?.title).toContain("on Service centre office hours");

    // A community standard: only the clocks it writes, with the promise merged from the group.
    const child = "standards/seed/harbour-view.yaml";
    const childText = shippedText(child);
    await open(child, childText);
    const childLenses = await codeLenses(child);
    expect(childLenses.map((l) => (l.data as { clock: string }).clock)).toContain("arrival");
    const childArrival = childLenses.find((l) => (l.data as { clock: string }).clock === "arrival")!;
    expect(childArrival.range.start.line).toBe(lineOf(childText, /^\s+arrival:\s*$/));
    expect(childArrival.command?.title).toContain("Urgent: within 15 minutes");
    expect(childLenses.map((l) => (l.data as { clock: string }).clock)).not.toContain("callback");
  });

  test("the language follows the editor's settings: diagnostics, hover and lenses in Chinese, and back", async () => {
    const file = "standards/seed/group.yaml";
    const text = shippedText(file);
    await open(file, text);
    const next = nextDiagnosticsFor(uriOf(file));
    void setLang("zh");
    await next; // checked again in Chinese
    try {
      const line = lineOf(text, /^\s+calendar: office\s*$/);
      const broken = text
        .split("\n")
        .map((l, i) => (i === line ? l.replace("office", "ofice") : l))
        .join("\n");
      const result = await change(file, broken);
      const found = result.diagnostics.find((d) => d.code === "unknown-calendar");
      expect(found?.message).toMatch(/未知的日历|日历/);
      await change(file, text);
      const lenses = await codeLenses(file);
      const arrival = lenses.find((l) => (l.data as { clock: string }).clock === "arrival");
      expect(arrival?.command?.title).toContain("⏱ 上门：急修：30 分钟内");
      expect(arrival?.command?.title).toContain("超时逐级通知维修员工、领班、主管、经理");
      const at = lineOf(text, /^\s+arrival:\s*$/);
      const value = await hoverAt(file, at, text.split("\n")[at]!.indexOf("arrival") + 1);
      expect(value).toContain("- 急修：30 分钟内（写作 `30分钟`）");
      expect(value).toContain("第 1 级：超时时，通知维修员工。");
    } finally {
      const back = nextDiagnosticsFor(uriOf(file));
      void setLang("en");
      await back;
    }
  });
});

describe("broken copies of the shipped standards, over stdio", () => {
  const child = "standards/seed/harbour-view.yaml";

  test("an unknown role in a community standard: `unknown-role` at its line, with the did-you-mean", async () => {
    const text = shippedText(child);
    const line = lineOf(text, /^\s+role: technician\s*$/);
    const broken = text
      .split("\n")
      .map((l, i) => (i === line ? l.replace("technician", "technicain") : l))
      .join("\n");
    const result = await open(child, broken);
    const found = result.diagnostics.find((d) => d.code === "unknown-role");
    expect(found, JSON.stringify(result.diagnostics)).toBeDefined();
    expect(found!.range.start.line).toBe(line);
    expect((found!.data as { hint?: string }).hint).toContain("technician");
    expect(errors(result)).toHaveLength(1);
    expect(errors(await change(child, text))).toEqual([]);
  });

  test("`15 minuts` as a target: `invalid-deadline` at the value, hint `minutes`", async () => {
    const text = shippedText(child);
    const line = lineOf(text, /target: \{ urgent: 15分钟, normal: 15分钟 \}/);
    const broken = text.replace("urgent: 15分钟,", "urgent: 15 minuts,");
    const result = await open(child, broken);
    const found = result.diagnostics.find((d) => d.code === "invalid-deadline");
    expect(found, JSON.stringify(result.diagnostics)).toBeDefined();
    expect(found!.range.start.line).toBe(line);
    expect(found!.range.start.character).toBe(broken.split("\n")[line]!.indexOf("15 minuts"));
    expect((found!.data as { hint?: string }).hint).toContain("minutes");
    expect(errors(await change(child, text))).toEqual([]);
  });

  test("a new community standard, not yet saved, extending the group: no false errors, and its lens", async () => {
    const file = "standards/seed/a-new-community.yaml";
    const text = [
      "standard: seed/a-new-community",
      'version: "2026.1"',
      "title: { zh: 新社区, en: A new community }",
      "extends: seed/group",
      "tickets:",
      "  repair:",
      "    clocks:",
      "      arrival:",
      "        target: { urgent: 20m, normal: 1 day }",
      "",
    ].join("\n");
    const result = await open(file, text);
    expect(errors(result)).toEqual([]);
    const lenses = await codeLenses(file);
    expect(lenses).toHaveLength(1);
    expect(lenses[0]!.range.start.line).toBe(7);
    expect(lenses[0]!.command?.title).toContain("Urgent: within 20 minutes");
    // An unknown calendar in it is its own error, at its line.
    const broken = text.replace("      arrival:\n", "      arrival:\n        calendar: ofice\n");
    const bad = await change(file, broken);
    expect(errors(bad).map((d) => [d.code, d.range.start.line])).toEqual([["unknown-calendar", 8]]);
  });

  test("an unsaved edit of the group is seen by the open community standard that extends it", async () => {
    const group = "standards/seed/group.yaml";
    const groupText = shippedText(group);
    await open(group, groupText);
    const childText = shippedText(child);
    await open(child, childText);
    // The group renames the technician role: the child's `role: technician` is now unknown.
    const renamed = groupText.replace(/^ {2}technician:/m, "  technicien:");
    const childAgain = nextDiagnosticsFor(uriOf(child));
    await change(group, renamed);
    const seen = await childAgain;
    expect(
      seen.diagnostics.some((d) => d.code === "unknown-role"),
      JSON.stringify(seen.diagnostics),
    ).toBe(true);
    // Put back: the child is clean again.
    const cleanAgain = nextDiagnosticsFor(uriOf(child));
    await change(group, groupText);
    expect(errors(await cleanAgain)).toEqual([]);
  });
});

describe("yardstick lsp speed", () => {
  test("latency from an edit to diagnostics for the group standard (loose bound; the target is in pnpm bench)", async () => {
    const file = "standards/seed/group.yaml";
    const text = readFileSync(join(root, file), "utf8");
    await open(file, text);
    const times: number[] = [];
    for (let version = 2; version < 7; version++) {
      const started = performance.now();
      await change(file, `${text}\n# edit ${version}\n`);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(5000);
  });
});
