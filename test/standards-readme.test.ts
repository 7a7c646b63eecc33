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

// ── every numbered item of the seed's plans 2 and 3 is accounted for ──────────────────────────
// Plan 2 (物业品质提升方案2) numbers its items within sections (公共设施 — its first, untitled block —
// 卫生, 绿化, 交通秩序, 家庭维护, 客户服务, 物业增值服务); plan 3 (物业质量提升方案3) numbers
// 一、二、三 with items under them, and under 三 (社区管理) subsections 1–5 with lettered items
// (三.3.B). Each must be cited in the seed section of the README: as the place of a promise, of a
// gap, or in the lists of promises with no number and services with no time. Plan 1 is aims and
// ideas; the README cites its three promises and says so of the rest.

const rawSeed = readFileSync(new URL("seed/property-quality-improvement-plans.zh.txt", standardsDir), "utf8");

/** The seed's items: `2 家庭维护 3`, `3 三.3.B` (letters as the seed writes them, d lower case). */
function seedItems(): string[] {
  const lines = rawSeed.split("\n").map((l) => l.trim());
  const items: string[] = [];
  const plan2 = lines.findIndex((l) => l.startsWith("物业品质提升方案2"));
  const plan3 = lines.findIndex((l) => l.startsWith("物业质量提升方案3"));
  const heads: Record<string, string> = {
    卫生设备: "卫生",
    绿化维护: "绿化",
    交通秩序: "交通秩序",
    家庭维护: "家庭维护",
    客户服务: "客户服务",
    物业增值服务: "物业增值服务",
  };
  let section = "公共设施";
  for (const line of lines.slice(plan2, plan3)) {
    if (heads[line] !== undefined) section = heads[line];
    const m = /^(?:物业品质提升方案2 )?(\d+)[.,、，]/.exec(line);
    if (m) items.push(`2 ${section} ${Number(m[1])}`);
  }
  let top = "";
  let sub = "";
  for (const line of lines.slice(plan3 + 1)) {
    const heading = /^([一二三四五])、/.exec(line);
    if (heading) {
      top = heading[1]!;
      sub = "";
      continue;
    }
    const numbered = /^(\d)[.,、，]/.exec(line);
    if (numbered && top === "三") sub = numbered[1]!;
    else if (numbered) items.push(`3 ${top}.${numbered[1]}`);
    const lettered = /^([A-Za-z])[.、]/.exec(line);
    if (lettered) items.push(`3 ${top}.${sub}.${lettered[1]}`);
  }
  return items;
}

const SECTIONS = ["公共设施", "卫生", "绿化", "交通秩序", "家庭维护", "客户服务", "客服", "物业增值服务"];

/** Every place the README's seed section cites: the first cell of each table row, and the prose. */
function citedPlaces(): string[] {
  const out: string[] = [];
  // A table row's first cell is one place; a paragraph of prose is read as one text, its plan and
  // section carried from one reference to the next (「方案2 卫生 1–2, 5; 绿化 1–3」).
  const texts = seedSection()
    .split(/\n\s*\n/)
    .flatMap((block) =>
      block.trimStart().startsWith("|") ? block.split("\n").map((row) => row.split("|")[1] ?? "") : [block],
    );
  for (const text of texts) {
    const line = text.replace(/「[^」]*」|`[^`]*`|\([^)]*\)/g, " ").replace(/\s+/g, " ");
    let plan = "";
    let section = "";
    const token = new RegExp(
      `方案([123])|(${SECTIONS.join("|")})|([一二三四五])(?:\\.(\\d)(?:[–-](\\d))?)?(?:\\.([A-Za-z])(?:[–-]([A-Za-z]))?)?|(\\d+)(?:[–-](\\d+))?`,
      "g",
    );
    for (const m of line.matchAll(token)) {
      if (m[1]) [plan, section] = [m[1], ""];
      else if (m[2]) section = m[2] === "客服" ? "客户服务" : m[2];
      else if (m[3] && plan === "3") {
        const subs = m[4] ? range(Number(m[4]), Number(m[5] ?? m[4])).map(String) : [""];
        for (const s of subs) {
          const prefix = s ? `3 ${m[3]}.${s}` : `3 ${m[3]}`;
          if (!m[6]) out.push(prefix);
          else for (const c of letters(m[6], m[7] ?? m[6])) out.push(`${prefix}.${c}`);
        }
      } else if (m[8] && plan === "2" && section)
        for (const n of range(Number(m[8]), Number(m[9] ?? m[8]))) out.push(`2 ${section} ${n}`);
    }
  }
  return out;
}
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const letters = (a: string, b: string) =>
  range(a.toUpperCase().charCodeAt(0), b.toUpperCase().charCodeAt(0)).map((c) => String.fromCharCode(c));

describe("standards/README.md accounts for the seed", () => {
  const items = seedItems();
  const cited = citedPlaces().map((p) => p.toUpperCase());
  test("the seed's plans 2 and 3 are read item by item", () => {
    expect(items).toContain("2 公共设施 1");
    expect(items).toContain("2 客户服务 29");
    expect(items).toContain("2 物业增值服务 4");
    expect(items).toContain("3 一.1");
    expect(items).toContain("3 三.3.B");
    expect(items).toContain("3 三.5.B");
    expect(items.length).toBe(new Set(items).size);
    expect(items.length).toBeGreaterThan(90);
  });

  test.each(items)("%s is cited", (item) => {
    // A subsection or item cited whole covers what is under it (三.5 covers 三.5.A).
    const key = item.toUpperCase();
    expect(
      cited.some((c) => key === c || key.startsWith(`${c}.`)),
      `standards/README.md: cite ${item} where its promise is mapped, or list it as not measurable`,
    ).toBe(true);
  });
});
