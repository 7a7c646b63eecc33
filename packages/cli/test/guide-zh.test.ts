// The Chinese authoring guide's examples run: its `<!-- validate: id -->` blocks, joined per id,
// are standards that validate and whose scenario tests pass; every `<!-- error: {…} -->` block is
// what `yardstick validate --lang zh` prints for the guide's standard with that one edit.
import { describe, expect, test } from "vitest";
import { guideExamples, standardsWorkspace as workspace, yardstick } from "./helpers.js";

const { documents, errors } = guideExamples("docs/guide/authoring-standards.zh.md");

describe("docs/guide/authoring-standards.zh.md", () => {
  test("its standards validate with no problems, in Chinese", async () => {
    expect([...documents.keys()]).toEqual(["demo/garden-court", "demo/group", "demo/lakeside"]);
    const { code, stderr } = await yardstick(["validate", "standards", "--lang", "zh"], workspace(documents));
    expect(stderr).toBe("检查了 3 个文件：3 个有效，0 个错误，0 个警告\n");
    expect(code).toBe(0);
  });

  test("its scenario tests pass", async () => {
    const { code, stdout } = await yardstick(["test", "standards", "--lang", "zh"], workspace(documents));
    expect(stdout).toContain("garbage-twice-a-day");
    expect(code).toBe(0);
  });

  test("it shows at least the common mistakes, each in Chinese", () => {
    const codes = errors.map((e) => /错误 ([\w-]+):/.exec(e.shown)?.[1]);
    expect(codes).toEqual(
      expect.arrayContaining(["unknown-calendar", "yaml-syntax", "unknown-key", "invalid-format", "invalid-deadline"]),
    );
  });

  test.each(errors.map((e) => [e.put.trim(), e] as const))(
    "with `%s`, validate prints exactly what the guide shows",
    async (_put, e) => {
      const text = documents.get(e.in)!;
      expect(text.split(e.find).length, `the guide's ${e.in} contains ${JSON.stringify(e.find)} once`).toBe(2);
      const edited = new Map([[e.in, text.replace(e.find, e.put)]]);
      const { code, stderr } = await yardstick(["validate", "standards", "--lang", "zh"], workspace(edited));
      expect(code).toBe(1);
      expect(stderr.slice(0, stderr.lastIndexOf("\n\n"))).toBe(e.shown);
    },
  );
});
