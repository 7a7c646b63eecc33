import { readdirSync } from "node:fs";
import { runScenarios } from "@yardstick/engine";
import { describe, expect, it } from "vitest";
import { shipped } from "../helpers/compile.js";

const standards = new URL("../../../../standards/", import.meta.url);
const ids = readdirSync(standards, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/, "").replace(/\\/g, "/"))
  .sort();

describe("the shipped standards' duty scenarios", () => {
  it("there are standards with duty scenarios", () => {
    expect(ids).toContain("seed/group");
  });
  for (const id of ids) {
    it(`${id}: every duty scenario runs and passes`, () => {
      const report = runScenarios(shipped(id));
      const failing = report.results
        .filter((r) => r.subject.startsWith("duty ") && r.outcome !== "passed")
        .map((r) => ({ id: r.id, message: r.message, checks: r.checks.filter((c) => !c.ok) }));
      expect(failing).toEqual([]);
    });
  }
});
