import { readFileSync } from "node:fs";
import { editorSchema } from "@yardstick/dsl";
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
    const unknown = [...keywordsOf(committed)].filter((k) => !DRAFT_07.has(k));
    expect(unknown).toEqual([]);
  });

  test("compiles under ajv's strict mode", () => {
    const { $schema: _draft, ...schema } = committed as Record<string, unknown>;
    expect(() => new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema)).not.toThrow();
  });
});
