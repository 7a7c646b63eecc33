import { runScenarios } from "@yardstick/engine";
import { describe, expect, it } from "vitest";
import { shipped } from "../helpers/compile.js";

describe("the shipped standards' duty scenarios", () => {
  for (const id of ["seed/group", "seed/harbour-view"]) {
    it(`${id}: every duty scenario runs and passes`, () => {
      const program = shipped(id);
      const report = runScenarios(program);
      const duties = report.results.filter((r) => r.subject.startsWith("duty "));
      expect(duties.length).toBeGreaterThan(5);
      const failing = duties.filter((r) => r.outcome !== "passed");
      expect(failing.map((r) => ({ id: r.id, message: r.message, checks: r.checks.filter((c) => !c.ok) }))).toEqual([]);
    });
  }
});
