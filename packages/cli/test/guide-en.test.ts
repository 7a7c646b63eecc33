// The English authoring guide's examples run, as the Chinese guide's do (guide-zh.test.ts): its
// `<!-- validate: id -->` blocks, joined per id, are standards that validate and whose scenario
// tests pass, the summary line it quotes is what `yardstick test` prints for them, and every
// `<!-- error: {…} -->` block is what `yardstick validate` prints for the guide's standard with
// that one edit.
import { describe, expect, test } from "vitest";
import { guideExamples, standardsWorkspace as workspace, yardstick } from "./helpers.js";

const { guide, documents, errors } = guideExamples("docs/guide/authoring-standards.md");

describe("docs/guide/authoring-standards.md", () => {
  test("its standards validate with no problems", async () => {
    expect([...documents.keys()]).toEqual(["demo/garden-court", "demo/group", "demo/lakeside"]);
    const { code, stderr } = await yardstick(["validate", "standards"], workspace(documents));
    expect(stderr).toBe("3 files checked: 3 valid, 0 errors, 0 warnings\n");
    expect(code).toBe(0);
  });

  test("its scenario tests pass, and `yardstick test` prints the summary line the guide quotes", async () => {
    const [, id] = /<!-- test: (\S+) -->/.exec(guide)!;
    const { code, stdout } = await yardstick(["test", `standards/${id}.yaml`], workspace(documents));
    expect(code).toBe(0);
    const summary = stdout.trimEnd().split("\n").at(-1)!;
    expect(summary).toMatch(/^\d+ tests passed, 0 failed, 0 not run$/);
    expect(guide).toContain(`\`${summary}\``);
    expect(guide).not.toContain("coming in a later release");
    const all = await yardstick(["test", "standards"], workspace(documents));
    expect(all.code).toBe(0);
  });

  test("it shows the common mistakes", () => {
    const codes = errors.map((e) => /error ([\w-]+):/.exec(e.shown)?.[1]);
    expect(codes).toEqual([
      "unknown-calendar",
      "unknown-key",
      "invalid-deadline",
      "business-time-without-calendar",
      "invalid-deadline",
      "escalation-out-of-order",
      "impossible-schedule",
    ]);
  });

  test.each(errors.map((e) => [e.put.trim(), e] as const))(
    "with `%s`, validate prints exactly what the guide shows",
    async (_put, e) => {
      const text = documents.get(e.in)!;
      expect(text.split(e.find).length, `the guide's ${e.in} contains ${JSON.stringify(e.find)} once`).toBe(2);
      const edited = new Map([[e.in, text.replace(e.find, e.put)]]);
      const { code, stderr } = await yardstick(["validate", "standards"], workspace(edited));
      expect(code).toBe(1);
      expect(stderr.slice(0, stderr.lastIndexOf("\n\n"))).toBe(e.shown);
    },
  );
});
