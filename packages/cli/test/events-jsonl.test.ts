/** docs/reference/events-jsonl.md: its example replays as it says, and bad lines are reported as it shows. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { repo, yardstick } from "./helpers.js";

const doc = readFileSync(join(repo, "docs/reference/events-jsonl.md"), "utf8");
const example = /```jsonl\n([\s\S]*?)```/.exec(doc)![1]!;
const harbour = "standards/seed/harbour-view.yaml";
const scratch = () => mkdtempSync(join(tmpdir(), "yardstick-events-"));

interface Replayed {
  counts: { tickets: number; events: number; logs: number };
  clocks: {
    kind: string;
    clock: string;
    started: number;
    met: number;
    late: number;
    breaches: number;
    escalations: number;
  }[];
  duties: Record<string, number>;
  problems: { line: number; code: string; severity: string; message: string; hint: string }[];
}

describe("the activity file", () => {
  test("the reference's example: one late urgent repair, rain cleared in time, a round logged and one excused", async () => {
    const file = join(scratch(), "activity.jsonl");
    writeFileSync(file, example);
    const { code, stdout } = await yardstick(["replay", harbour, "--events", file, "--json"]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as Replayed;
    expect(r.counts).toEqual({ tickets: 1, events: 3, logs: 2 });
    expect(r.clocks.find((c) => c.clock === "arrival")).toMatchObject({
      started: 1,
      met: 0,
      late: 1,
      breaches: 1,
      escalations: 1,
    });
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.duties.excused).toBe(1);
    expect(r.duties.done).toBeGreaterThanOrEqual(2);
  });

  test("bad lines are reported with their line, code and hint, and the rest is replayed", async () => {
    const lines = example.trimEnd().split("\n");
    // Line 3 is not JSON; line 7's event comes for a ticket never opened; line 9 names no event.
    lines.splice(2, 0, "x");
    lines.splice(6, 0, '{"type":"event","at":"2026-11-03T09:01:00+08:00","ticket":"R-9","event":"report"}');
    lines.splice(8, 0, '{"type":"event","at":"2026-11-03T09:02:00+08:00","ticket":"R-1"}');
    lines.push('{"type":"event","at":"2026-11-03T10:00:00+08:00","ticket":"R-1","event":"fly"}');
    lines.push('{"type":"log","at":"2026-11-06T10:00:00+08:00","duty":"sky-watch"}');
    lines.push('{"type":"lunch","at":"2026-11-06T12:00:00+08:00"}');
    const file = join(scratch(), "activity.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const text = await yardstick(["replay", harbour, "--events", file]);
    expect(text.code).toBe(1);
    const block = /```text\n(activity\.jsonl:3: [^\n]*\n[^\n]*)\n/.exec(doc)![1]!;
    expect(text.stderr).toContain(block.replace("activity.jsonl", file));
    expect(text.stderr).toContain(
      `${file}:7: error unknown-ticket: an event for ticket \`R-9\`, which no earlier line opens`,
    );
    expect(text.stderr).toContain(`${file}:9: error missing-field: a \`event\` record needs \`event\``);
    expect(text.stdout).toContain("1 tickets, 3 events, 3 duty logs");
    expect(text.stdout).toContain("6 lines refused");
    const json = JSON.parse((await yardstick(["replay", harbour, "--events", file, "--json"])).stdout) as Replayed;
    const codes = json.problems.filter((p) => p.severity === "error").map((p) => [p.line, p.code]);
    expect(codes).toEqual([
      [3, "invalid-json"],
      [7, "unknown-ticket"],
      [9, "missing-field"],
      [15, "unknown-event"],
      [16, "unknown-duty"],
      [17, "unknown-record-type"],
    ]);
    // The good lines still count: the late repair and its breach.
    expect(json.clocks.find((c) => c.clock === "arrival")).toMatchObject({ breaches: 1 });
    for (const p of json.problems) expect(p.hint.length, p.code).toBeGreaterThan(0);
  });

  test("a file without a header needs --period", async () => {
    const file = join(scratch(), "activity.jsonl");
    writeFileSync(file, example.split("\n").slice(1).join("\n"));
    const none = await yardstick(["replay", harbour, "--events", file]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("hint: pass --period 2026-11");
    expect((await yardstick(["replay", harbour, "--events", file, "--period", "2026-11"])).code).toBe(0);
    expect((await yardstick(["replay", harbour, "--events", join(scratch(), "none.jsonl")])).stderr).toContain(
      "cannot read",
    );
  });
});
