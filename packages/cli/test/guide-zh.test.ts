// The Chinese authoring guide's examples run: its `<!-- validate: id -->` blocks, joined per id,
// are standards that validate and whose scenario tests pass; every `<!-- error: {…} -->` block is
// what `yardstick validate --lang zh` prints for the guide's standard with that one edit.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { run } from "@yardstick/cli";
import { describe, expect, test } from "vitest";

const guide = readFileSync(resolve(import.meta.dirname, "../../../docs/guide/authoring-standards.zh.md"), "utf8");

const documents = new Map<string, string>();
for (const [, id, text] of guide.matchAll(/<!-- validate: (\S+) -->\n```yaml\n([\s\S]*?)```/g))
  documents.set(id!, (documents.get(id!) ?? "") + text);

const errors = [...guide.matchAll(/<!-- error: (\{.*\}) -->\n```text\n([\s\S]*?)\n```/g)].map(([, edit, shown]) => ({
  ...(JSON.parse(edit!) as { in: string; find: string; put: string }),
  shown: shown!,
}));

function workspace(files: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "yardstick-guide-zh-"));
  for (const [id, text] of files) {
    mkdirSync(join(dir, "standards", id, ".."), { recursive: true });
    writeFileSync(join(dir, "standards", `${id}.yaml`), text);
  }
  return dir;
}

async function yardstick(argv: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

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
