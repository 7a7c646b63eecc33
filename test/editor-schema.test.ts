/**
 * The editor's view of the schema, tested with yaml-language-server itself (what the VS Code YAML
 * extension runs), driven over stdio: shipped standards show no false errors (a community's file
 * that `extends` is checked as one), a real shape error lands where `yardstick validate` puts it,
 * and hover and completion read as an author needs them, in English and Chinese.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadStandard, type StandardSource } from "@yardstick/dsl";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { YamlLanguageServer } from "./editor/language-server.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const standards = readdirSync(join(root, "standards"), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => `standards/${f}`)
  .sort();
const read = (file: string) => readFileSync(join(root, file), "utf8");
let documentCount = 0;
/** A fresh URI per document, so the server never answers with an earlier version's diagnostics. */
const uriOf = (file: string) =>
  `${pathToFileURL(join(root, file)).href}?v=${documentCount++}`.replace("?", "-") + ".yaml";

let server: YamlLanguageServer;
beforeAll(async () => {
  server = await YamlLanguageServer.start(join(root, "packages/dsl/schema.json"));
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

/** `yardstick validate`'s diagnostics for `text` standing in for `file` (extends resolved in standards/). */
function validate(file: string, text: string) {
  const resolve = (id: string): StandardSource | undefined => {
    const path = `standards/${id}.yaml`;
    return standards.includes(path) ? { file: path, text: read(path) } : undefined;
  };
  return loadStandard(text, { file, resolve }).diagnostics.filter((d) => d.severity === "error");
}

describe("schema.json in yaml-language-server", () => {
  test("the shipped standards, communities that extend included, show no errors", async () => {
    expect(standards).toContain("standards/seed/harbour-view.yaml");
    for (const file of standards) {
      const text = read(file);
      expect(validate(file, text), file).toEqual([]);
      const shown = await server.open(uriOf(file), text);
      expect(shown.map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)).toEqual(
        [],
      );
    }
  }, 120_000);

  test.each(["docs/guide/authoring-standards.md", "docs/guide/authoring-standards.zh.md"])(
    "the guide's examples (%s), its community that extends included, show no errors",
    async (path) => {
      // Blocks marked `<!-- validate: id -->` with the same id build one standard step by step.
      const guide = read(path);
      const documents = new Map<string, string>();
      for (const [, id, text] of guide.matchAll(/<!-- validate: (\S+) -->\n```yaml\n([\s\S]*?)```/g))
        documents.set(id!, (documents.get(id!) ?? "") + text);
      expect([...documents.keys()]).toEqual(expect.arrayContaining(["demo/group", "demo/lakeside"]));
      for (const [id, text] of documents) {
        const shown = await server.open(uriOf(`docs/guide/${id.replace("/", "-")}.yaml`), text);
        expect(shown.map((d) => `${id}:${d.range.start.line + 1} ${d.message}`)).toEqual([]);
      }
    },
    60_000,
  );

  const shapeErrors = [
    { file: "standards/seed/group.yaml", find: "        calendar: office\n", put: "        calendar: Office Hours\n" },
    { file: "standards/seed/group.yaml", find: "        points: 5\n", put: "        points: many\n" },
    { file: "standards/seed/group.yaml", find: "  night-patrol:\n    title:", put: "  night-patrol:\n    titel:" },
    {
      file: "standards/seed/harbour-view.yaml",
      find: "        target: { urgent: 15分钟, normal: 15分钟 }\n",
      put: "        target: { urgent: 15分钟, normal: 15分钟 }\n        targte: 2h\n",
    },
  ];
  test.each(shapeErrors)(
    "a real error ($put) lands on the line and column validate reports",
    async (c) => {
      const text = read(c.file).replace(c.find, c.put);
      expect(text).not.toBe(read(c.file));
      const expected = validate(c.file, text).filter((d) => d.file === c.file);
      expect(expected.length).toBeGreaterThan(0);
      const shown = await server.open(uriOf(c.file), text);
      const at = (line: number, column: number) => `${line}:${column}`;
      expect(shown.map((d) => at(d.range.start.line + 1, d.range.start.character + 1))).toContain(
        at(expected[0]!.line, expected[0]!.column),
      );
    },
    60_000,
  );

  test("an id that breaks the pattern is explained, not shown as a regular expression", async () => {
    const text = read("standards/seed/group.yaml").replace("        calendar: office\n", "        calendar: Office\n");
    const shown = await server.open(uriOf("standards/seed/group.yaml"), text);
    const messages = shown.map((d) => d.message).join("\n");
    expect(messages).toContain("A calendar declared under `calendars:`, or the built-in `24x7`");
    expect(messages).toContain("日历");
    expect(messages).not.toContain("^(24x7|");
  }, 60_000);

  test("hover names the section, in English and Chinese", async () => {
    const text = read("standards/seed/group.yaml");
    const uri = uriOf("standards/seed/group.yaml");
    await server.open(uri, text);
    const lines = text.split("\n");
    const calendars = lines.indexOf("calendars:");
    expect(calendars).toBeGreaterThan(0);
    const hover = await server.hover(uri, calendars, 2);
    expect(hover).toContain("Calendars · 营业日历");
    expect(hover).toContain("Business calendars");
    expect(hover).toContain("营业日历");
    const duty = lines.indexOf("  night-patrol:");
    const dutyHover = await server.hover(uri, duty + 1, 5);
    expect(dutyHover).not.toContain("Yardstick standard");
  }, 60_000);

  test("completion after `calendar:` offers 24x7, and a choice of words is offered as a list", async () => {
    const base = read("standards/seed/group.yaml");
    const text = base.replace("        calendar: office\n", "        calendar: \n");
    const uri = uriOf("standards/seed/group.yaml");
    await server.open(uri, text);
    const line = text.split("\n").indexOf("        calendar: ");
    const items = (await server.complete(uri, line, "        calendar: ".length)).map((i) => i.label);
    expect(items).toContain("24x7");

    const withPer = base.replace("  night-patrol:\n", "  night-patrol:\n    per: \n");
    const uri2 = uriOf("standards/seed/group.yaml");
    await server.open(uri2, withPer);
    const perLine = withPer.split("\n").indexOf("    per: ");
    const periods = (await server.complete(uri2, perLine, "    per: ".length)).map((i) => i.label);
    expect(periods).toEqual(expect.arrayContaining(["day", "week", "month", "quarter", "year"]));
  }, 60_000);
});
