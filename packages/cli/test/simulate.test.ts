import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { repo, yardstick } from "./helpers.js";

const harbour = "standards/seed/harbour-view.yaml";
const scratch = () => mkdtempSync(join(tmpdir(), "yardstick-simulate-"));

async function simulate(seed: number): Promise<string> {
  const { code, stdout, stderr } = await yardstick(["simulate", harbour, "--month", "2026-11", "--seed", String(seed)]);
  expect(code, stderr).toBe(0);
  return stdout;
}

describe("yardstick simulate", () => {
  test("the same seed gives the same bytes; another seed another month", async () => {
    const a = await simulate(42);
    expect(await simulate(42)).toBe(a);
    expect(await simulate(43)).not.toBe(a);
  });

  test("a month of every ticket kind, with the rhythm of a day, replayed without a refused line", async () => {
    const dir = scratch();
    const file = join(dir, "activity.jsonl");
    const written = await yardstick(["simulate", harbour, "--month", "2026-11", "--seed", "42", "--out", file]);
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(
      new RegExp(`^wrote ${file}: 2026-11, \\d+ tickets with \\d+ events, \\d+ duty logs`),
    );
    const lines = readFileSync(file, "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({
      type: "header",
      format: 1,
      period: "2026-11",
      standard: "seed/harbour-view@2026.1",
    });
    const opens = lines.filter((l) => l.type === "open");
    // Every kind the standard defines, the first (repairs) the busiest.
    const kinds = new Map<string, number>();
    for (const o of opens) kinds.set(o.kind as string, (kinds.get(o.kind as string) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual(["complaint", "facility-repair", "legacy-issue", "repair"]);
    expect(kinds.get("repair")!).toBeGreaterThan(kinds.get("complaint")!);
    // Urgent and normal repairs (the standard's categories), in every zone it names.
    const categories = new Set(
      opens.filter((o) => o.kind === "repair").map((o) => (o.data as { category: string }).category),
    );
    expect(categories).toContain("water_leak");
    expect(categories).toContain("fixture");
    expect(new Set(opens.map((o) => (o.data as { zone?: string }).zone).filter(Boolean))).toEqual(
      new Set(["一区", "二区", "三区"]),
    );
    // Mornings are busier than small hours.
    const hour = (o: Record<string, unknown>) => Number((o.at as string).slice(11, 13));
    const mornings = opens.filter((o) => hour(o) >= 8 && hour(o) < 11).length;
    const nights = opens.filter((o) => hour(o) >= 2 && hour(o) < 5).length;
    expect(mornings).toBeGreaterThan(4 * nights);
    // Some owners are out (the arrival clock pauses), and lines are in time order.
    expect(lines.some((l) => l.event === "owner_absent")).toBe(true);
    const instants = lines.filter((l) => typeof l.at === "string").map((l) => Date.parse(l.at as string));
    expect(instants).toEqual([...instants].sort((x, y) => x - y));

    const replayed = await yardstick(["replay", harbour, "--events", file, "--json"]);
    expect(replayed.stderr).toBe("");
    expect(replayed.code).toBe(0);
    const result = JSON.parse(replayed.stdout) as {
      counts: { tickets: number; logs: number };
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
      problems: { severity: string }[];
    };
    expect(result.counts.tickets).toBe(opens.length);
    expect(result.counts.logs).toBe(lines.filter((l) => l.type === "log").length);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    const arrival = result.clocks.find((c) => c.kind === "repair" && c.clock === "arrival")!;
    // Mostly on time; some late, breaching and climbing the pyramid.
    expect(arrival.met).toBeGreaterThan(arrival.late * 3);
    expect(arrival.breaches).toBeGreaterThan(0);
    expect(arrival.escalations).toBeGreaterThan(arrival.breaches);
    expect(result.duties.done).toBeGreaterThan(10 * result.duties.missed!);
    expect(result.duties.missed).toBeGreaterThan(0);
    expect(result.duties.partial).toBeGreaterThan(0);
  });

  test("usage mistakes exit 2 with a hint", async () => {
    const none = await yardstick(["simulate", harbour]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--month is required");
    const bad = await yardstick(["simulate", harbour, "--month", "2026-13"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--month must be a month like 2026-11, got `2026-13`");
    expect((await yardstick(["simulate", harbour, "--month", "2026-11", "--seed", "x"])).stderr).toContain(
      "--seed must be a whole number",
    );
    expect((await yardstick(["simulate", "--month", "2026-11"])).code).toBe(2);
  });

  test("the progress bar is drawn on a terminal only, never with NO_COLOR", async () => {
    const args = [
      "simulate",
      join(repo, "standards/examples/riverside.yaml"),
      "--month",
      "2026-02",
      "--out",
      join(scratch(), "a.jsonl"),
    ];
    const draw = async (isTTY: boolean, noColor: boolean) => {
      let stderr = "";
      const { run } = await import("@yardstick/cli");
      await run(args, { cwd: repo, isTTY, noColor, stdout: () => {}, stderr: (t) => (stderr += t) });
      return stderr;
    };
    expect(await draw(true, false)).toContain("100%");
    expect(await draw(false, false)).not.toContain("%");
    expect(await draw(true, true)).not.toContain("%");
  });
});
