import { readdirSync, readFileSync } from "node:fs";
import { loadStandard, type StandardModel, type StandardResolver } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";

// standards/README.md maps the seed's promises to the YAML that carries them. These tests keep
// that map honest: every key it cites is written in the file it names, and every passage it
// quotes from the seed is in the seed.

const standardsDir = new URL("../standards/", import.meta.url);
const readme = readFileSync(new URL("README.md", standardsDir), "utf8");
// Compared after NFKC, which only folds character width: the seed writes ASCII `,` and `:` where
// the README writes the full-width ，and ：.
const seed = readFileSync(new URL("seed/property-quality-improvement-plans.zh.txt", standardsDir), "utf8").normalize(
  "NFKC",
);

const yamlFiles = (readdirSync(standardsDir, { recursive: true }) as string[])
  .map((f) => f.replaceAll("\\", "/"))
  .filter((f) => f.endsWith(".yaml"))
  .sort();

/** A standard's id names its file: `seed/group` is `standards/seed/group.yaml`. */
const resolve: StandardResolver = (id) => {
  const file = `${id}.yaml`;
  if (!yamlFiles.includes(file)) return undefined;
  return { file: `standards/${file}`, text: readFileSync(new URL(file, standardsDir), "utf8") };
};

const loaded = new Map<string, StandardModel>();
function load(file: string): StandardModel {
  const cached = loaded.get(file);
  if (cached) return cached;
  const text = readFileSync(new URL(file, standardsDir), "utf8");
  const { standard, diagnostics } = loadStandard(text, { file: `standards/${file}`, resolve });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  loaded.set(file, standard!);
  return standard!;
}

/** `file.yaml:a.b.c` citations, in the order the README makes them. */
const citations = [...readme.matchAll(/`([\w./-]+\.yaml):([\w.-]+)`/g)].map((m) => ({
  file: m[1]!,
  path: m[2]!,
}));

/** The part of the README about the seed, where every 「…」 quotes the seed. */
function seedSection(): string {
  const start = readme.indexOf("<!-- seed-promises -->");
  const end = readme.indexOf("<!-- /seed-promises -->");
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return readme.slice(start, end);
}
// A quote may wrap onto the next line of the Markdown source.
const quotes = [...seedSection().matchAll(/「([^」]+)」/g)].map((m) => m[1]!.replace(/\n\s*/g, ""));

describe("standards/README.md", () => {
  test("names every standard shipped in standards/", () => {
    expect(yamlFiles.length).toBeGreaterThan(0);
    for (const file of yamlFiles) expect(readme, file).toContain(`\`${file}\``);
  });

  test("every standard's id is its path, so `extends` finds it", () => {
    for (const file of yamlFiles) expect(load(file).id, file).toBe(file.replace(/\.yaml$/, ""));
  });

  test("cites YAML keys", () => {
    expect(citations.length).toBeGreaterThan(50);
  });

  test.each(citations.map((c) => [`${c.file}:${c.path}`, c] as const))("%s is written in that file", (_, c) => {
    expect(yamlFiles, `${c.file} is not a standard in standards/`).toContain(c.file);
    const model = load(c.file);
    const pointer = `/${c.path.split(".").join("/")}`;
    const origin = model.origins[pointer];
    expect(origin, `${pointer} is not in ${c.file} or what it extends`).toBeDefined();
    expect(origin!.file, `${pointer} is inherited, not written in ${c.file}`).toBe(`standards/${c.file}`);
    // The section and the entity it names (a ticket kind, a duty, an audit …) are in the model.
    const [section, id] = c.path.split(".");
    expect((model as unknown as Record<string, Record<string, unknown>>)[section!]?.[id!], c.path).toBeDefined();
  });

  test("quotes the seed", () => {
    expect(quotes.length).toBeGreaterThan(50);
  });

  test.each(quotes)("「%s」 is in the seed", (quote) => {
    // An ellipsis joins passages of the same sentence: each must be there, in order.
    let from = 0;
    for (const passage of quote.split("…").map((p) => p.normalize("NFKC"))) {
      const at = seed.indexOf(passage, from);
      expect(at, `「${passage}」 is not in the seed (after character ${from})`).toBeGreaterThan(-1);
      from = at + passage.length;
    }
  });
});
