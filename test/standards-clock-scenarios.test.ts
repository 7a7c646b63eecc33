import { readdirSync, readFileSync } from "node:fs";
import { loadStandard, type StandardModel, type StandardResolver } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";

// Every clock of every shipped standard has a scenario that checks its deadline and one that sees
// who is told when it is breached (test/standards-scenarios.test.ts runs them in the engine).

const standardsDir = new URL("../standards/", import.meta.url);
const files = (readdirSync(standardsDir, { recursive: true }) as string[])
  .map((f) => f.replaceAll("\\", "/"))
  .filter((f) => f.endsWith(".yaml"))
  .sort();

const resolve: StandardResolver = (id) =>
  files.includes(`${id}.yaml`)
    ? { file: `standards/${id}.yaml`, text: readFileSync(new URL(`${id}.yaml`, standardsDir), "utf8") }
    : undefined;

function load(file: string): StandardModel {
  const text = readFileSync(new URL(file, standardsDir), "utf8");
  const { standard, diagnostics } = loadStandard(text, { file: `standards/${file}`, resolve });
  expect(diagnostics).toEqual([]);
  return standard!;
}

describe.each(files)("standards/%s", (file) => {
  test("every clock has a scenario for its deadline and one for who is told at the breach", () => {
    const model = load(file);
    const expectations = Object.values(model.tests).flatMap((t) => {
      const subject = t.subject;
      return subject.kind === "ticket" ? t.expect.map((e) => ({ kind: subject.ticket, ...e })) : [];
    });
    for (const [kind, ticket] of Object.entries(model.tickets)) {
      for (const clock of Object.keys(ticket.clocks)) {
        const mine = expectations.filter((e) => e.kind === kind && e.clock === clock);
        expect(
          mine.some((e) => e.due !== undefined),
          `${kind}.${clock}: no scenario checks its deadline`,
        ).toBe(true);
        if (ticket.clocks[clock]!.escalation.length > 0)
          expect(
            mine.some((e) => e.status === "breached" && e.notified !== undefined),
            `${kind}.${clock}: no scenario checks who is told at the breach`,
          ).toBe(true);
      }
    }
  });
});
