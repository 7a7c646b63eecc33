import { readFileSync } from "node:fs";
import { editorSchema } from "@yardstick/dsl";
import { ZH_DESCRIPTIONS } from "../src/schema/editor-text-zh.js";
import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";

const committed = JSON.parse(readFileSync(new URL("../schema.json", import.meta.url), "utf8")) as unknown;

/** Every keyword draft-07 defines (validation, applicators, annotations, core). */
const DRAFT_07 = new Set([
  "$schema",
  "$id",
  "$ref",
  "$comment",
  "title",
  "description",
  "default",
  "examples",
  "readOnly",
  "writeOnly",
  "type",
  "enum",
  "const",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "format",
  "items",
  "additionalItems",
  "maxItems",
  "minItems",
  "uniqueItems",
  "contains",
  "maxProperties",
  "minProperties",
  "required",
  "properties",
  "patternProperties",
  "additionalProperties",
  "dependencies",
  "propertyNames",
  "if",
  "then",
  "else",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "definitions",
  "contentMediaType",
  "contentEncoding",
]);
/**
 * Annotations yaml-language-server reads beyond draft-07 (as VS Code's JSON support does); a
 * draft-07 validator ignores them.
 */
const EDITOR_ANNOTATIONS = ["markdownDescription", "patternErrorMessage"];

/** Keywords whose value is a map of names to schemas (the names are not keywords). */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "dependencies"]);

function keywordsOf(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => keywordsOf(s, out));
  else if (schema !== null && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      out.add(key);
      if (SCHEMA_MAPS.has(key)) Object.values(value as object).forEach((s) => keywordsOf(s, out));
      else if (key !== "const" && key !== "enum" && key !== "default" && key !== "examples") keywordsOf(value, out);
    }
  }
  return out;
}

describe("schema.json", () => {
  test("is what the TypeBox definitions generate (run `pnpm schema` after changing the language)", () => {
    expect(committed).toEqual(editorSchema());
  });

  test("uses draft-07 keywords only, so yaml-language-server understands all of it", () => {
    const unknown = [...keywordsOf(committed)].filter((k) => !DRAFT_07.has(k) && !EDITOR_ANNOTATIONS.includes(k));
    expect(unknown).toEqual([]);
  });

  test("compiles under ajv's strict mode", () => {
    const { $schema: _draft, ...schema } = committed as Record<string, unknown>;
    const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true });
    for (const keyword of EDITOR_ANNOTATIONS) ajv.addKeyword({ keyword, schemaType: "string" });
    expect(() => ajv.compile(schema)).not.toThrow();
  });
});

describe("the editor's text", () => {
  const descriptions = new Set<string>();
  const markdown: string[] = [];
  (function collect(node: unknown): void {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node !== null && typeof node === "object") {
      const { description, markdownDescription } = node as { description?: unknown; markdownDescription?: unknown };
      if (typeof description === "string") descriptions.add(description);
      if (typeof markdownDescription === "string") markdown.push(markdownDescription);
      for (const [k, v] of Object.entries(node)) if (k !== "const" && k !== "enum" && k !== "examples") collect(v);
    }
  })(committed);

  test("every description has its Chinese, and every Chinese text still has its description", () => {
    expect([...descriptions].filter((d) => ZH_DESCRIPTIONS[d] === undefined)).toEqual([]);
    expect(Object.keys(ZH_DESCRIPTIONS).filter((d) => !descriptions.has(d))).toEqual([]);
  });

  test("hover text is English then Chinese", () => {
    expect(markdown.length).toBeGreaterThan(100);
    for (const text of markdown) expect(text).toMatch(/^[^\n]+\n\n[^\n]+$/);
  });

  test("a choice of words is an enum, not an anyOf of consts", () => {
    const unions: unknown[] = [];
    (function find(node: unknown): void {
      if (Array.isArray(node)) node.forEach(find);
      else if (node !== null && typeof node === "object") {
        const anyOf = (node as { anyOf?: unknown[] }).anyOf;
        if (anyOf?.every((b) => typeof b === "object" && b !== null && "const" in b)) unions.push(node);
        Object.values(node).forEach(find);
      }
    })(committed);
    expect(unions).toEqual([]);
  });
});
