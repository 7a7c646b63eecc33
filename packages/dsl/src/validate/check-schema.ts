import type { ErrorObject } from "ajv";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import type { DocumentSet } from "../load/document-set.js";
import { fromPointer } from "../parse/source-map.js";
import {
  CALENDAR_REF_PATTERN,
  DATE_PATTERN,
  DATES_PATTERN,
  DAY_SELECTOR_PATTERN,
  ANCHOR_PATTERN,
  ID_PATTERN,
  STANDARD_ID_PATTERN,
  type StandardInput,
} from "../schema/standard-schema.js";
import validate from "../schema/standard-validator.js";

/**
 * Checks a parsed document against the standard's JSON Schema and reports each problem at its
 * line and column. Union types make ajv report every branch's failure; those are reduced to the
 * branch the author evidently meant, or to one "expected …" message (see `reduceUnions`).
 */
export function checkSchema(value: unknown, documents: DocumentSet): value is StandardInput {
  // Precompiled by `pnpm schema` (ajv standalone code): compiling the schema at run time cost
  // most of a fresh process's first load.
  if (validate(value)) return true;
  for (const error of reduceUnions(validate.errors ?? [])) reportError(error, documents, value);
  return false;
}

const SHAPE_KEYWORDS = new Set(["type", "const", "enum"]);

/**
 * Keeps, for each `anyOf`, only the errors of the branch that matched the value's shape. A union
 * weighs only the errors of its own value: two bad calendars are two unions, so one calendar's
 * errors never change the branch chosen for the other. Errors are indexed by each pointer at or
 * above their value, so a union finds its own without reading every error (near-linear).
 */
export function reduceUnions(errors: ErrorObject[]): ErrorObject[] {
  const removed = new Set<ErrorObject>();
  const within = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    for (let pointer = e.instancePath; ; pointer = pointer.slice(0, pointer.lastIndexOf("/"))) {
      const list = within.get(pointer);
      if (list) list.push(e);
      else within.set(pointer, [e]);
      if (pointer === "") break;
    }
  }
  const unions = errors.filter((e) => e.keyword === "anyOf").sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const union of unions) {
    if (removed.has(union)) continue;
    const prefix = `${union.schemaPath}/`;
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of within.get(union.instancePath) ?? []) {
      if (e === union || removed.has(e) || !e.schemaPath.startsWith(prefix)) continue;
      const rest = e.schemaPath.slice(prefix.length);
      const slash = rest.indexOf("/");
      const branch = slash === -1 ? rest : rest.slice(0, slash);
      const list = byBranch.get(branch);
      if (list) list.push(e);
      else byBranch.set(branch, [e]);
    }
    const plausible = [...byBranch.values()].filter((branchErrors) =>
      branchErrors.every((e) => e.instancePath.length > union.instancePath.length || !SHAPE_KEYWORDS.has(e.keyword)),
    );
    const best = plausible.sort((a, b) => a.length - b.length)[0];
    for (const branchErrors of byBranch.values())
      if (branchErrors !== best) for (const e of branchErrors) removed.add(e);
    if (best) removed.add(union);
  }
  return errors.filter((e) => !removed.has(e));
}

type Schema = Record<string, unknown> & {
  description?: string;
  anyOf?: Schema[];
  const?: unknown;
  properties?: Record<string, unknown>;
};

function reportError(error: ErrorObject, documents: DocumentSet, document: unknown): void {
  const path = pathOf(document, fromPointer(error.instancePath));
  const where = path.length ? ` in \`${path.join(".")}\`` : "";
  const schema = (error.parentSchema ?? {}) as Schema;
  const reporter = documents;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const keyPath = [...path, key];
      // An id map (`Type.Record`) has only a key pattern; an object with named keys may also have
      // one (`x-` keys at the root), and there an unlisted key is unknown, not a bad id.
      const pattern = Object.keys((schema.patternProperties as object | undefined) ?? {})[0];
      if (pattern && !schema.properties) {
        reporter.report({ code: "invalid-id", ...idProblem(key, pattern), path: keyPath, prefer: "key" });
        return;
      }
      const allowed = Object.keys(schema.properties ?? {});
      reporter.report({
        code: "unknown-key",
        message: `unknown key \`${key}\`${where}`,
        hint:
          didYouMean(key, allowed) ??
          `allowed keys here: ${allowed.map((k) => `\`${k}\``).join(", ")}${pattern === "^x-" ? "; keys of your own start with `x-`" : ""}`,
        path: keyPath,
        prefer: "key",
      });
      return;
    }
    case "required": {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const property = (schema.properties?.[key] ?? {}) as Schema;
      reporter.report({
        code: "missing-key",
        message: `missing required key \`${key}\`${where}`,
        hint: property.description ? `add \`${key}:\` — ${property.description}` : `add \`${key}:\``,
        path,
        prefer: "key",
      });
      return;
    }
    case "anyOf": {
      const options = (schema.anyOf ?? []).filter((s) => "const" in s).map((s) => String(s.const));
      const got = describeValue(error.data);
      if (options.length > 0 && options.length === (schema.anyOf ?? []).length) {
        reporter.report({
          code: "invalid-value",
          message: `${got} is not one of ${options.map((o) => `\`${o}\``).join(", ")}${where}`,
          hint:
            (typeof error.data === "string" && didYouMean(error.data, options)) ||
            `write one of: ${options.join(", ")}`,
          path,
        });
        return;
      }
      reporter.report({
        code: "invalid-value",
        message: `unexpected ${got}${where}`,
        hint: schema.description
          ? `expected ${lowerFirst(schema.description)}`
          : "see docs/reference/dsl.md for the forms allowed here",
        path,
      });
      return;
    }
    case "type": {
      const expected = String((error.params as { type: string }).type).replace(",", " or ");
      reporter.report({
        code: "invalid-type",
        message: `expected ${article(expected)}, got ${describeValue(error.data)}${where}`,
        hint: schema.description ? lowerFirst(schema.description) : `write ${article(expected)} here`,
        path,
      });
      return;
    }
    case "const": {
      const expected = String((error.params as { allowedValue: unknown }).allowedValue);
      reporter.report({
        code: "invalid-value",
        message: `expected \`${expected}\`, got ${describeValue(error.data)}${where}`,
        hint: `write \`${expected}\``,
        path,
      });
      return;
    }
    case "pattern": {
      const pattern = String((error.params as { pattern: string }).pattern);
      reporter.report({ code: "invalid-format", ...formatProblem(String(error.data), pattern), path });
      return;
    }
    case "minItems":
    case "minProperties":
    case "minLength":
      reporter.report({
        code: "empty-value",
        message: `\`${path.join(".") || "the document"}\` must not be empty`,
        hint: schema.description ? lowerFirst(schema.description) : "give at least one entry",
        path,
      });
      return;
    default:
      reporter.report({
        code: "invalid-value",
        message: `${describeValue(error.data)}${where} ${error.message ?? "is not allowed"}`,
        hint: schema.description ? lowerFirst(schema.description) : "see docs/reference/dsl.md",
        path,
      });
  }
}

/** ajv's pointer segments are strings; list indices become numbers, as in every other diagnostic's path. */
function pathOf(document: unknown, segments: string[]): (string | number)[] {
  let node = document;
  return segments.map((segment) => {
    const inList = Array.isArray(node);
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
    return inList ? Number(segment) : segment;
  });
}

function idProblem(key: string, pattern: string): { message: string; hint: string } {
  if (pattern === DAY_SELECTOR_PATTERN) {
    return {
      message: `\`${key}\` is not a day selector`,
      hint:
        (didYouMean(key, [
          "mon",
          "tue",
          "wed",
          "thu",
          "fri",
          "sat",
          "sun",
          "mon-fri",
          "sat-sun",
          "daily",
          "weekdays",
          "weekends",
        ]) ?? "") +
        " write days as `mon`…`sun`, ranges as `mon-fri`, lists as `sat,sun`, or `daily`, `weekdays`, `weekends`",
    };
  }
  if (pattern === DATE_PATTERN)
    return { message: `\`${key}\` is not a date`, hint: "write dates as `YYYY-MM-DD`, e.g. `2026-10-01`" };
  if (pattern === ID_PATTERN) {
    const fixed = key
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^[^a-z]+|-+$/g, "");
    return {
      message: `\`${key}\` is not a valid id`,
      hint: `ids use lowercase letters, digits, \`-\` and \`_\`, and start with a letter${fixed ? ` — e.g. \`${fixed}\`` : ""}`,
    };
  }
  return {
    message: `\`${key}\` is not a valid field name`,
    hint: "field names are letters, digits and `_`, joined by `.`: `unit.warrantyEnd`",
  };
}

function formatProblem(value: string, pattern: string): { message: string; hint: string } {
  if (pattern === ID_PATTERN) return idProblem(value, pattern);
  if (pattern === CALENDAR_REF_PATTERN)
    return {
      message: `\`${value}\` is not a calendar name`,
      hint: "name a calendar declared under `calendars:`, or the built-in `24x7`",
    };
  if (pattern === STANDARD_ID_PATTERN)
    return {
      message: `\`${value}\` is not a valid standard id`,
      hint: "use lowercase words joined by `-`, with `/` between parts: `cpmi-2004/level-1`",
    };
  if (pattern === DATES_PATTERN || pattern === DATE_PATTERN)
    return { message: `\`${value}\` is not a date`, hint: "write `YYYY-MM-DD`, or a range `2026-10-01..2026-10-07`" };
  if (pattern === DAY_SELECTOR_PATTERN) return idProblem(value, pattern);
  if (pattern === ANCHOR_PATTERN)
    return {
      message: `\`${value}\` is not a field, \`holidays\` or a duty`,
      hint: "name a field of the host's record (`unit.warrantyEnd`), `holidays`, or another duty's id",
    };
  if (pattern.startsWith("^(RRULE:)?"))
    return {
      message: `\`${value}\` is not an RRULE`,
      hint: "an RFC 5545 rule starts with `FREQ=`, e.g. `FREQ=WEEKLY;BYDAY=MO`",
    };
  return { message: `\`${value}\` has the wrong format`, hint: `it must match ${pattern}` };
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return `\`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\``;
  return `\`${String(value)}\``;
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: "a map",
    array: "a list",
    string: "text",
    number: "a number",
    integer: "a whole number",
    boolean: "`true` or `false`",
  };
  return type
    .split(" or ")
    .map((t) => names[t] ?? t)
    .join(" or ");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
