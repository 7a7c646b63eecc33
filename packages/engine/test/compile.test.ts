import { readFileSync } from "node:fs";
import { loadStandard } from "@yardstick/dsl";
import { compileStandard } from "@yardstick/engine";
import { expect, test } from "vitest";

const file = "fixtures/desk.yaml";
const text = readFileSync(new URL(file, import.meta.url), "utf8");

test("a compile problem is a diagnostic at the YAML line that caused it, with its registry severity", () => {
  const { standard } = loadStandard(text, { file });
  // The validator refuses a pause without a resume; a model that skipped it (stored, or built by a
  // tool) still meets the compile check.
  const model = structuredClone(standard!);
  model.tickets.repair!.clocks.callback!.resume = [];
  const { program, diagnostics } = compileStandard(model);
  expect(program).toBeUndefined();
  const line = text.split("\n").findIndex((l) => l.includes("pause: { event: hold }")) + 1;
  expect(diagnostics).toMatchObject([
    {
      code: "pause-without-resume",
      severity: "error",
      file,
      line,
      column: 9,
      path: ["tickets", "repair", "clocks", "callback", "pause"],
    },
  ]);
  expect(diagnostics[0]!.hint).toContain("resume:");
});
