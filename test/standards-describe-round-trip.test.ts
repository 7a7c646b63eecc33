import { readdirSync, readFileSync } from "node:fs";
import { describeDeadline } from "@yardstick/calendar";
import { loadStandard, parseDeadline, type StandardResolver, type Timed } from "@yardstick/dsl";
import type { Deadline } from "@yardstick/calendar";
import { describe, expect, test } from "vitest";

// Issue 7: every target a shipped standard writes, described in words (the handbook's, explain's),
// reads back as the same deadline (packages/dsl/test/describe-round-trip.test.ts checks every kind).

const standardsDir = new URL("../standards/", import.meta.url);
const files = (readdirSync(standardsDir, { recursive: true }) as string[])
  .map((f) => f.replaceAll("\\", "/"))
  .filter((f) => f.endsWith(".yaml"))
  .sort();

const resolve: StandardResolver = (id) =>
  files.includes(`${id}.yaml`)
    ? { file: `standards/${id}.yaml`, text: readFileSync(new URL(`${id}.yaml`, standardsDir), "utf8") }
    : undefined;

describe.each(files)("standards/%s", (file) => {
  test("every target's description parses back to the same deadline", () => {
    const text = readFileSync(new URL(file, standardsDir), "utf8");
    const { standard, diagnostics } = loadStandard(text, { file: `standards/${file}`, resolve });
    expect(diagnostics).toEqual([]);
    const targets: { where: string; target: Timed<Deadline> }[] = [];
    for (const [kind, ticket] of Object.entries(standard!.tickets))
      for (const [id, clock] of Object.entries(ticket.clocks)) {
        for (const [priority, target] of Object.entries(clock.targets))
          targets.push({ where: `${kind}.${id}[${priority}]`, target });
        for (const [priority, choices] of Object.entries(clock.targetChoices ?? {}))
          for (const choice of choices)
            targets.push({ where: `${kind}.${id}[${priority}] choice`, target: choice.target });
      }
    // A standard whose clocks are all due at an agreed time (cn-2004 level 3) has nothing to describe.
    if (Object.values(standard!.tickets).some((t) => Object.values(t.clocks).some((c) => c.dueAt === undefined)))
      expect(targets.length).toBeGreaterThan(0);
    for (const { where, target } of targets) {
      const words = describeDeadline(target.value);
      expect(parseDeadline(words), `${where}: ${target.text} → ${words}`).toEqual({ ok: true, value: target.value });
    }
  });
});
