import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { yardstick } from "./helpers.js";

const harbour = "standards/seed/harbour-view.yaml";

describe("yardstick graph", () => {
  test("prints the repair workflow as a Mermaid state diagram with its clocks", async () => {
    const { code, stdout, stderr } = await yardstick(["graph", harbour, "--ticket", "repair", "--lang", "en"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.startsWith("stateDiagram-v2\n  %% seed/harbour-view 2026.1 · ticket repair · Home repair\n")).toBe(
      true,
    );
    expect(stdout).toContain('  state "Owner not in" as waiting_for_owner\n');
    expect(stdout).toContain("  [*] --> new\n  new --> reported : Owner reports\n");
    // The community renamed the group's clock: the diagram shows what is enforced here.
    expect(stdout).toContain("  note right of reported\n    ◷ On site within 15 minutes (starts)\n  end note\n");
    expect(stdout).toContain("    ◷ On site within 15 minutes (pauses)\n");
  });

  test("--json prints the graph as data", async () => {
    const { code, stdout } = await yardstick(["graph", harbour, "--ticket", "complaint", "--json"]);
    expect(code).toBe(0);
    const graph = JSON.parse(stdout) as { ticket: string; transitions: { from: string; event: string; to: string }[] };
    expect(graph.ticket).toBe("complaint");
    expect(graph.transitions.map((t) => `${t.from} ${t.event} ${t.to}`)).toEqual([
      "new register registered",
      "registered reply replied",
      "replied resolve resolved",
      "resolved revisit closed",
    ]);
  });

  test("--out writes the file and says so on stderr, keeping stdout clean", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "yardstick-graph-")), "repair.mmd");
    const { code, stdout, stderr } = await yardstick([
      "graph",
      harbour,
      "--ticket",
      "repair",
      "--out",
      out,
      "--direction",
      "LR",
      "--lang",
      "zh",
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toBe(`wrote ${out}: 9 states, 13 transitions\n`);
    expect(readFileSync(out, "utf8")).toContain('  direction LR\n  state "新建" as new\n');
  });

  test("usage mistakes exit 2 and name what would do", async () => {
    const missing = await yardstick(["graph", harbour]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--ticket is required");
    expect(missing.stderr).toContain("this standard's ticket kinds: repair, complaint, legacy-issue, facility-repair");
    const unknown = await yardstick(["graph", harbour, "--ticket", "repiar"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("seed/harbour-view has no ticket kind `repiar`");
    expect((await yardstick(["graph", harbour, "--ticket", "repair", "--format", "svg"])).code).toBe(2);
    expect((await yardstick(["graph", harbour, "--ticket", "repair", "--lang", "fr"])).code).toBe(2);
  });

  test("a standard with errors exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "yardstick-graph-"));
    writeFileSync(join(dir, "bad.yaml"), "standard: bad\nversion: '1'\ntitle: { en: Bad }\ntimezone: Mars/Base\n");
    const { code, stderr } = await yardstick(["graph", "bad.yaml"], dir);
    expect(stderr).toContain("bad.yaml:4:11 error");
    expect(code).toBe(1);
  });
});
