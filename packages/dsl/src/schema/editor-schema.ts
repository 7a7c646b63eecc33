import { EXAMPLES, PATTERN_MESSAGES, TITLES } from "./editor-text.js";
import { ZH_DESCRIPTIONS } from "./editor-text-zh.js";
import { StandardInput } from "./standard-schema.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

/** Keys every file writes itself: never inherited, never removed with `null`. */
const HEADER_KEYS = ["standard", "version", "title", "description", "extends"];

/**
 * The JSON Schema shipped as `@yardstick/dsl/schema.json` for editors (yaml-language-server,
 * which knows draft-07 only), from the same TypeBox definitions ajv checks:
 *
 * - two forms: a standard that `extends` another is checked as a community's file, where every
 *   key below the header may be inherited (nothing is required) and any entry may be `null` to
 *   remove the parent's; any other standard must be complete (draft-07 `if`/`then`/`else`);
 * - for hover and completion: a title per section and entry, `markdownDescription` in English
 *   and Chinese, `enum` for a choice of words, `examples`, and `patternErrorMessage` (read by
 *   yaml-language-server) instead of a raw regular expression.
 */
export function editorSchema(): Record<string, unknown> {
  const full = annotate(JSON.parse(JSON.stringify(StandardInput)) as Schema, []);
  const { $id, title, description, markdownDescription, ...standard } = full;
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id,
    title,
    description,
    markdownDescription,
    definitions: { standard, community: communityForm(standard) },
    if: { type: "object", required: ["extends"] },
    then: { $ref: "#/definitions/community" },
    else: { $ref: "#/definitions/standard" },
  };
}

/** Adds the editor's annotations to a schema node at `path` and below. */
function annotate(node: Schema, path: string[], branch = false): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" && isSchema(value))
      out[key] = mapValues(value, (child, name) => annotate(child, [...path, name]));
    else if (key === "patternProperties" && isSchema(value))
      out[key] = mapValues(value, (child) => annotate(child, [...path, "*"]));
    else if (key === "items" && isSchema(value)) out[key] = annotate(value, [...path, "[]"]);
    else if ((key === "anyOf" || key === "oneOf" || key === "allOf") && Array.isArray(value))
      out[key] = value.map((child) => (isSchema(child) ? annotate(child, path, true) : child));
    else out[key] = value;
  }
  const choice = asEnum(out);
  if (branch) return withPatternMessage(choice);
  const joined = path.join("/");
  const title = TITLES[joined] ?? (isLabel(choice) ? "Text · 文字 (zh/en)" : undefined);
  const examples = examplesFor(path);
  return withPatternMessage({
    ...(title ? { title } : {}),
    ...choice,
    ...(typeof choice.description === "string" ? { markdownDescription: bilingual(choice.description) } : {}),
    ...(examples ? { examples: [...examples] as Json[] } : {}),
  });
}

/** `anyOf` of `const`s becomes one `enum`, which editors offer as a list to pick from. */
function asEnum(node: Schema): Schema {
  const branches = node.anyOf;
  if (!Array.isArray(branches) || branches.length === 0) return node;
  if (!branches.every((b) => isSchema(b) && "const" in b && Object.keys(b).every((k) => k === "const" || k === "type")))
    return node;
  const types = [...new Set(branches.map((b) => (b as Schema).type))];
  const { anyOf: _anyOf, ...rest } = node;
  return {
    ...rest,
    ...(types.length === 1 && typeof types[0] === "string" ? { type: types[0] } : {}),
    enum: branches.map((b) => (b as Schema).const!),
  };
}

function withPatternMessage(node: Schema): Schema {
  const message = typeof node.pattern === "string" ? PATTERN_MESSAGES[node.pattern] : undefined;
  return message ? { ...node, patternErrorMessage: message } : node;
}

function bilingual(description: string): string {
  const zh = ZH_DESCRIPTIONS[description];
  return zh ? `${description}\n\n${zh}` : description;
}

function examplesFor(path: string[]): readonly unknown[] | undefined {
  for (let start = 0; start < path.length; start++) {
    const found = EXAMPLES[path.slice(start).join("/")];
    if (found) return found;
  }
  return undefined;
}

/**
 * The form of a standard that `extends` another: the header as in any standard; below it nothing
 * is required (a key may come from the parent) and every entry may be `null`, which removes the
 * parent's (docs/guide/authoring-standards.md, "extends").
 */
function communityForm(standard: Schema): Schema {
  const relax = (node: Schema): Schema => {
    const out: Schema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "required") continue;
      // "a target or a dueAt" is `anyOf` of required lists: either may be inherited.
      if (
        key === "anyOf" &&
        Array.isArray(value) &&
        value.every((b) => isSchema(b) && Object.keys(b).join() === "required")
      )
        continue;
      if ((key === "properties" || key === "patternProperties") && isSchema(value))
        out[key] = mapValues(value, (child) => orNull(relax(child)));
      else if (key === "items" && isSchema(value)) out[key] = relax(value);
      else if ((key === "anyOf" || key === "oneOf") && Array.isArray(value))
        out[key] = value.map((child) => (isSchema(child) ? relax(child) : child));
      else out[key] = value;
    }
    return out;
  };
  const properties = standard.properties as Schema;
  return {
    ...standard,
    properties: mapValues(properties, (child, name) => (HEADER_KEYS.includes(name) ? child : orNull(relax(child)))),
  };
}

/** The same schema, or `null`. */
function orNull(node: Schema): Schema {
  if (Array.isArray(node.anyOf)) return { ...node, anyOf: [...node.anyOf, { type: "null" }] };
  if (Array.isArray(node.enum)) {
    const type: Schema = typeof node.type === "string" ? { type: [node.type, "null"] } : {};
    return { ...node, ...type, enum: [...node.enum, null] };
  }
  if (typeof node.type === "string") return { ...node, type: [node.type, "null"] };
  return node;
}

function isLabel(node: Schema): boolean {
  const properties = node.properties;
  return isSchema(properties) && Object.keys(properties).sort().join() === "en,zh";
}

function isSchema(value: Json | undefined): value is Schema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function mapValues(record: Schema, f: (value: Schema, key: string) => Schema): Schema {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, isSchema(v) ? f(v, k) : v]));
}
