/**
 * Writes the standard's validator as plain JavaScript ahead of time (ajv's standalone code), so a
 * fresh process neither loads ajv nor compiles the schema: that compile was most of the first
 * `loadStandard`'s second. Run by `pnpm schema`; a test fails when the committed file drifts.
 *
 * The schema repeats itself (a Label, a Matcher, a condition appear dozens of times), and ajv
 * writes code for every copy: 2.5 MB in one function, which V8 takes hundreds of milliseconds to
 * compile. Repeated subtrees are therefore hoisted into `definitions` and reached by `$ref`, each
 * compiled once as its own function. ajv reports an error inside a `$ref` with a schema path from the
 * definition's root (`#/type`); `$ref` is replaced here by a copy that rebases those paths onto the place of use,
 * so every error reads exactly as it did from the inline schema (check-schema groups union
 * branches by schema path).
 */
import { Ajv, type AnySchemaObject, type CodeKeywordDefinition, type KeywordCxt } from "ajv";
import { SchemaEnv, resolveRef } from "ajv/dist/compile/index.js";
import { _, nil, stringify } from "ajv/dist/compile/codegen/index.js";
import { _Code } from "ajv/dist/compile/codegen/code.js";
import namesModule from "ajv/dist/compile/names.js";
import { callValidateCode } from "ajv/dist/vocabularies/code.js";
import { getValidate } from "ajv/dist/vocabularies/core/ref.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import { StandardInput } from "../src/schema/standard-schema.js";

// ajv's CommonJS modules: Node's loader hands over `module.exports` (whose `default` is the
// export), vitest's the export itself.
const cjsDefault = <T extends { default: unknown }>(m: T): T["default"] => (m.default ?? m) as T["default"];
const names = cjsDefault(namesModule);
const standaloneCode = cjsDefault(standaloneModule);

/** The options check-schema relies on: every error, with its schema and data. */
export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
};

/** Subtrees shorter than this (as JSON) stay inline: a call costs more than a few checks. */
const HOIST_MIN_CHARS = 100;
/** Annotation keywords kept beside a `$ref`, so check-schema still reads a property's description. */
const ANNOTATIONS = ["description", "title"];
/** Keywords whose value maps names to schemas: the map itself is not a schema. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions"]);
/** Keywords whose value is data, not schemas. */
const DATA_KEYWORDS = new Set(["const", "enum", "default", "examples", "required"]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The inline schema with every subtree that occurs twice or more moved into `definitions`. */
export function hoistRepeatedSubtrees(schema: JsonObject): JsonObject {
  const counts = new Map<string, number>();
  forEachSchema(schema, (node) => {
    const key = JSON.stringify(node);
    if (key.length >= HOIST_MIN_CHARS) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const definitions: JsonObject = {};
  const names = new Map<string, string>();
  const rewrite = (node: JsonObject, isRoot: boolean): JsonObject => {
    const key = JSON.stringify(node);
    if (!isRoot && (counts.get(key) ?? 0) > 1) {
      let name = names.get(key);
      if (name === undefined) {
        name = `s${names.size}`;
        names.set(key, name);
        definitions[name] = rewrite(node, true);
      }
      const ref: JsonObject = { $ref: `#/definitions/${name}` };
      for (const a of ANNOTATIONS) if (node[a] !== undefined) ref[a] = node[a];
      return ref;
    }
    return mapSchemas(node, (child) => rewrite(child, false));
  };
  const hoisted = rewrite(schema, true);
  return {
    ...hoisted,
    definitions: Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

function mapSchemas(node: JsonObject, f: (child: JsonObject) => JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (DATA_KEYWORDS.has(k) || v === null || typeof v !== "object") out[k] = v;
    else if (Array.isArray(v)) out[k] = v.map((item) => (isObject(item) ? f(item) : item));
    else if (SCHEMA_MAPS.has(k))
      out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, isObject(s) ? f(s) : s]));
    else out[k] = f(v);
  }
  return out;
}

function forEachSchema(node: JsonObject, visit: (node: JsonObject) => void): void {
  visit(node);
  mapSchemas(node, (child) => (forEachSchema(child, visit), child));
}

function isObject(value: Json): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Moves the errors a definition's function reported onto the schema path where it was used
 * (written as source: it goes into the generated file as it stands).
 */
const REBASE_ERRORS =
  "function rebaseErrors(errors, to) { for (const e of errors) e.schemaPath = to + e.schemaPath.slice(1); return errors; }";
const rebaseErrors = new Function(`return ${REBASE_ERRORS}`)() as (
  errors: unknown[],
  from: string,
  to: string,
) => unknown[];

/** ajv's `$ref` for a definition in this schema, with the errors' schema paths rebased. */
const rebasingRef: CodeKeywordDefinition = {
  keyword: "$ref",
  schemaType: "string",
  code(cxt: KeywordCxt): void {
    const { gen, schema: $ref, it } = cxt;
    const env = resolveRef.call(it.self, it.schemaEnv.root, it.baseId, $ref as string);
    if (!(env instanceof SchemaEnv)) throw new Error(`${$ref} must be compiled as its own function`);
    const validate = getValidate(cxt, env);
    const rebase = gen.scopeValue("func", { ref: rebaseErrors, code: new _Code(REBASE_ERRORS) });
    const to = stringify(it.errSchemaPath);
    cxt.result(
      callValidateCode(cxt, validate, nil),
      () => undefined,
      () => {
        const errors = _`${rebase}(${validate}.errors, ${to})`;
        gen.assign(names.vErrors, _`${names.vErrors} === null ? ${errors} : ${names.vErrors}.concat(${errors})`);
        gen.assign(names.errors, _`${names.vErrors}.length`);
      },
    );
  },
};

/** ajv's runtime helper, inlined so the generated file imports nothing. */
const UCS2_LENGTH = "function ucs2length(text) { let n = 0; for (const _ of text) n++; return n; }";

/** The standalone validator module's source. */
export function validatorSource(): string {
  return `// Generated by \`pnpm schema\` from src/schema/standard-schema.ts (scripts/standalone-validator.ts): do not edit.\n${standaloneSource()}\n`;
}

function standaloneSource(): string {
  const schema = hoistRepeatedSubtrees(JSON.parse(JSON.stringify(StandardInput)) as JsonObject);
  const ajv = new Ajv({ ...AJV_OPTIONS, inlineRefs: false, code: { source: true, esm: true, lines: false } });
  ajv.removeKeyword("$ref");
  ajv.addKeyword(rebasingRef);
  const validate = ajv.compile(schema as AnySchemaObject);
  const code = standaloneCode(ajv, validate).replace(
    'require("ajv/dist/runtime/ucs2length").default',
    `(${UCS2_LENGTH})`,
  );
  if (/\brequire\(/.test(code)) throw new Error("the standalone validator still requires a module");
  return code;
}
