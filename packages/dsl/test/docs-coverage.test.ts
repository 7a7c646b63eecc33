// The reference docs cover the language: every code of the diagnostic registry has a row (with
// its severity and stage) and a `### code` section in docs/reference/diagnostics.md, and every key of the first two levels of
// the schema is documented in docs/reference/dsl.md, in the section of its parent key.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { calendarErrorCodes } from "@yardstick/calendar";
import {
  type DiagnosticCode,
  type DiagnosticCodeEntry,
  diagnosticCodes,
  type DiagnosticStage,
  isDiagnosticCode,
  StandardInputSchema,
} from "@yardstick/dsl";
import { describe, expect, test } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));
const docs = join(here, "../../../docs/reference");

/** The reference's table: code → its severity and stage columns, as written. */
function documentedRows(): Map<string, { severity: string; stage: string }> {
  const text = readFileSync(join(docs, "diagnostics.md"), "utf8");
  const rows = new Map<string, { severity: string; stage: string }>();
  for (const m of text.matchAll(/^\| \[`([^`]+)`\]\(#[^)]+\) \| ([^|]+) \| ([^|]+) \|$/gm))
    rows.set(m[1]!, { severity: m[2]!.trim(), stage: m[3]!.trim() });
  return rows;
}

function documentedSections(): Set<string> {
  const text = readFileSync(join(docs, "diagnostics.md"), "utf8");
  return new Set([...text.matchAll(/^### (\S+)[ \t]*$/gm)].map((m) => m[1]!));
}

/** How the reference names each stage. */
const STAGE_TITLES: Record<DiagnosticStage, string> = {
  read: "reading the file",
  yaml: "YAML",
  extends: "extends",
  shape: "shape",
  values: "values",
  references: "references",
  rules: "rules",
  compile: "compile",
  any: "any",
  usage: "usage",
};

describe("docs/reference/diagnostics.md", () => {
  const registry = Object.entries(diagnosticCodes) as [DiagnosticCode, DiagnosticCodeEntry][];
  const reaching = registry.filter(([, entry]) => entry.reachesAuthors !== false);

  test("has a table row and a section for every code of the registry that reaches authors", () => {
    expect(reaching.length).toBeGreaterThan(60);
    const rows = documentedRows();
    const sections = documentedSections();
    const expected = reaching.map(([code, entry]) => [
      code,
      { severity: entry.severities.join(" or "), stage: entry.stages.map((s) => STAGE_TITLES[s]).join(", ") },
      true,
    ]);
    const documented = reaching.map(([code]) => [code, rows.get(code), sections.has(code)]);
    expect(
      documented,
      "registry (packages/dsl/src/diagnostics/codes.ts) vs the reference's table and `### code` sections",
    ).toEqual(expected);
  });

  test("documents no code the registry does not have", () => {
    const known = new Set<string>(registry.map(([code]) => code));
    const extra = [...new Set([...documentedRows().keys(), ...documentedSections()])].filter((c) => !known.has(c));
    expect(extra).toEqual([]);
  });

  test("the registry holds every spec code of the calendar, and what the language rules out is said", () => {
    const specCodes = Object.entries(calendarErrorCodes)
      .filter(([, entry]) => entry.kind === "spec")
      .map(([code]) => code);
    expect(specCodes.filter((code) => !isDiagnosticCode(code))).toEqual([]);
    // A code said not to reach authors must not be documented as if it did, nor be a language code.
    const ruledOut = registry.filter(([, entry]) => entry.reachesAuthors === false).map(([code]) => code);
    expect(ruledOut.filter((code) => !specCodes.includes(code))).toEqual([]);
  });
});

type Schema = {
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  anyOf?: Schema[];
  items?: Schema;
};

/** The keys a value of this schema may have: an object's properties, an id map's entries' properties, a union's branches'. */
function keysOf(schema: Schema): string[] {
  const keys = new Set<string>(Object.keys(schema.properties ?? {}));
  if (!schema.properties)
    for (const entry of Object.values(schema.patternProperties ?? {})) for (const key of keysOf(entry)) keys.add(key);
  for (const branch of schema.anyOf ?? []) for (const key of keysOf(branch)) keys.add(key);
  return [...keys];
}

/** The text from the first heading that names `key` (in backticks) to the next heading of the same or a higher level. */
function sectionOf(markdown: string, key: string): string | undefined {
  const lines = markdown.split("\n");
  let inCode = false;
  const headings: { index: number; level: number; text: string }[] = [];
  lines.forEach((line, index) => {
    if (line.startsWith("```")) inCode = !inCode;
    const match = inCode ? null : /^(#{1,6}) (.*)$/.exec(line);
    if (match) headings.push({ index, level: match[1]!.length, text: match[2]! });
  });
  const at = headings.findIndex((h) => h.text.includes(`\`${key}\``));
  if (at === -1) return undefined;
  const { index, level } = headings[at]!;
  const end = headings.slice(at + 1).find((h) => h.level <= level)?.index ?? lines.length;
  return lines.slice(index, end).join("\n");
}

describe("docs/reference/dsl.md", () => {
  test("documents every top-level key and the keys of each, in that key's section", () => {
    const markdown = readFileSync(join(docs, "dsl.md"), "utf8");
    const schema = StandardInputSchema as unknown as Schema;
    const topLevel = Object.keys(schema.properties ?? {});
    expect(topLevel.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const key of topLevel) {
      const section = sectionOf(markdown, key);
      if (section === undefined) {
        missing.push(`${key} (no heading naming \`${key}\`)`);
        continue;
      }
      for (const child of keysOf(schema.properties![key]!))
        if (!section.includes(`\`${child}\``)) missing.push(`${key}.${child}`);
    }
    expect(missing, "keys of the schema not documented in docs/reference/dsl.md").toEqual([]);
  });
});
