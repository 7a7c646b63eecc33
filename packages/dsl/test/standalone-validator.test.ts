import { readdirSync, readFileSync } from "node:fs";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { AJV_OPTIONS, hoistRepeatedSubtrees, validatorSource } from "../scripts/standalone-validator.js";
import { StandardInput } from "../src/schema/standard-schema.js";
import validate from "../src/schema/standard-validator.js";

const committed = readFileSync(new URL("../src/schema/standard-validator.js", import.meta.url), "utf8");
const inlineSchema = JSON.parse(JSON.stringify(StandardInput)) as Record<string, never>;
const inline = new Ajv(AJV_OPTIONS).compile(inlineSchema);
const { definitions } = hoistRepeatedSubtrees(inlineSchema) as { definitions: Record<string, unknown> };

/** A schema fragment with the hoisted `$ref`s put back inline, as the inline schema has it. */
function deref(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(deref);
  if (node === null || typeof node !== "object") return node;
  const ref = (node as { $ref?: string }).$ref;
  if (ref !== undefined) return deref(definitions[ref.replace("#/definitions/", "")]);
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => k !== "definitions")
      .map(([k, v]) => [k, deref(v)]),
  );
}

/** Every YAML the project ships or tests: the conformance inputs (valid and invalid) and the seed. */
function documents(): unknown[] {
  const out: unknown[] = [];
  const conformance = new URL("./conformance/", import.meta.url);
  for (const group of ["valid", "invalid"])
    for (const name of readdirSync(new URL(`${group}/`, conformance)))
      for (const file of readdirSync(new URL(`${group}/${name}/`, conformance)).filter((f) => f.endsWith(".yaml")))
        out.push(readFileSync(new URL(`${group}/${name}/${file}`, conformance), "utf8"));
  const seed = new URL("../../../standards/seed/", import.meta.url);
  for (const file of readdirSync(seed)) out.push(readFileSync(new URL(file, seed), "utf8"));
  return out.flatMap((text) => {
    try {
      return [parse(text as string, { logLevel: "silent" })];
    } catch {
      return [];
    }
  });
}

/** What check-schema reads of each error. */
function errorsOf(
  check: (value: unknown) => boolean,
  errors: () => unknown[] | null | undefined,
  value: unknown,
  fragment: (node: unknown) => unknown,
) {
  if (check(value)) return [];
  return (errors() ?? []).map((e) => {
    const { instancePath, schemaPath, keyword, params, message, data, parentSchema, schema } = e as Record<
      string,
      unknown
    >;
    return {
      instancePath,
      schemaPath,
      keyword,
      params,
      message,
      data,
      parentSchema: fragment(parentSchema),
      schema: fragment(schema),
    };
  });
}

const precompiled = (value: unknown) => errorsOf(validate, () => validate.errors, value, deref);
const compiled = (value: unknown) =>
  errorsOf(
    inline,
    () => inline.errors,
    value,
    (node) => node,
  );

describe("the precompiled validator (src/schema/standard-validator.js)", () => {
  test("is what `pnpm schema` generates from the TypeBox definitions", () => {
    expect(committed).toBe(validatorSource());
  });

  test("imports nothing: it runs in a browser and does not load ajv", () => {
    expect(committed).not.toMatch(/\brequire\(|^import /m);
  });

  const docs = documents();
  test("reports exactly what ajv reports from the inline schema, on every shipped and conformance document", () => {
    expect(docs.length).toBeGreaterThan(90);
    let invalid = 0;
    for (const doc of docs) {
      const errors = precompiled(doc);
      if (errors.length > 0) invalid++;
      expect(errors).toEqual(compiled(doc));
    }
    expect(invalid).toBeGreaterThan(20);
  });

  test("and on those documents with a value swapped for a wrong one anywhere", () => {
    const wrong = fc.constantFrom<unknown>(42, "x", "", [], {}, null, true, ["x"], { x: 1 }, "Bad Id", -1);
    fc.assert(
      fc.property(fc.constantFrom(...docs), fc.nat(), wrong, (doc, pick, value) => {
        const mutated = swapValue(doc, pick, value);
        expect(precompiled(mutated)).toEqual(compiled(mutated));
      }),
      { numRuns: 400, seed: 17 },
    );
  });
});

/** A copy of `doc` with its `pick`-th value (in document order, modulo the count) replaced. */
function swapValue(doc: unknown, pick: number, value: unknown): unknown {
  const copy = structuredClone(doc);
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node)) {
      slots.push([node as Record<string, unknown>, Array.isArray(node) ? Number(k) : k]);
      walk(v);
    }
  };
  walk(copy);
  if (slots.length === 0) return value;
  const [parent, key] = slots[pick % slots.length]!;
  (parent as Record<string | number, unknown>)[key] = value;
  return copy;
}
