import type { ErrorObject } from "ajv";
import { common, phrase, type Phrased, suggestion } from "../diagnostics/codes.js";
import { suggestionList } from "@yardstick/calendar";
import { listOf, type Words } from "../diagnostics/words.js";
import { ZH_DESCRIPTIONS } from "../schema/editor-text-zh.js";
import type { DocumentSet } from "../load/document-set.js";
import { fromPointer } from "../parse/source-map.js";
import {
  CALENDAR_REF_PATTERN,
  DATE_PATTERN,
  DATES_PATTERN,
  DAY_SELECTOR_PATTERN,
  ANCHOR_PATTERN,
  ID_PATTERN,
  MONTHS_PATTERN,
  STANDARD_ID_PATTERN,
  type StandardInput,
} from "../schema/standard-schema.js";
import validate from "../schema/standard-validator.js";
import { parseMonths } from "../time/index.js";

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
  const where: Words | string = path.length ? common("inPath", { path: path.join(".") }) : "";
  const schema = (error.parentSchema ?? {}) as Schema;
  const description = described(schema.description);
  const reporter = documents;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const keyPath = [...path, key];
      // An id map (`Type.Record`) has only a key pattern; an object with named keys may also have
      // one (`x-` keys at the root), and there an unlisted key is unknown, not a bad id.
      const pattern = Object.keys((schema.patternProperties as object | undefined) ?? {})[0];
      if (pattern && !schema.properties) {
        reporter.report({ code: "invalid-id", ...idProblem(key, pattern, document), path: keyPath, prefer: "key" });
        return;
      }
      const allowed = Object.keys(schema.properties ?? {});
      const own = pattern === "^x-" ? phrase("unknown-key", "ownKeys", {}).message : "";
      reporter.report({
        code: "unknown-key",
        ...phrase("unknown-key", "unknown", {
          key,
          where,
          suggestion:
            suggestion(suggestionList(key, allowed).filter((k) => !misleading(key).includes(k))) ??
            phrase("unknown-key", "allowed", { keys: allowed.map((k) => `\`${k}\``).join(", "), own }).hint,
        }),
        path: keyPath,
        prefer: "key",
      });
      return;
    }
    case "required": {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const property = (schema.properties?.[key] ?? {}) as Schema;
      const propertyDescription = described(property.description);
      reporter.report({
        code: "missing-key",
        ...phrase("missing-key", "required", {
          key,
          where,
          add: propertyDescription
            ? phrase("missing-key", "addDescribed", { key, description: propertyDescription }).hint
            : phrase("missing-key", "add", { key }).hint,
        }),
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
          ...phrase("invalid-value", "oneOf", {
            got,
            options: options.map((o) => `\`${o}\``).join(", "),
            where,
            suggestion:
              (typeof error.data === "string" ? suggestion(suggestionList(error.data, options)) : undefined) ??
              phrase("invalid-value", "writeOneOf", { options: options.join(", ") }).hint,
          }),
          path,
        });
        return;
      }
      reporter.report({
        code: "invalid-value",
        ...phrase("invalid-value", "notAllowed", {
          got: error.data === null || error.data === undefined ? { en: "an empty value", zh: "空值" } : got,
          where,
          description: description
            ? phrase("invalid-value", "expectedDescription", { description: lowerFirst(description) }).hint
            : phrase("invalid-value", "seeReference", {}).hint,
        }),
        path,
      });
      return;
    }
    case "type": {
      const expected = typeNames(String((error.params as { type: string }).type).split(","));
      reporter.report({
        code: "invalid-type",
        ...phrase("invalid-type", "expected", {
          expected,
          got: describeValue(error.data),
          where,
          description: description ? lowerFirst(description) : phrase("invalid-type", "write", { expected }).hint,
        }),
        path,
      });
      return;
    }
    case "const": {
      const expected = String((error.params as { allowedValue: unknown }).allowedValue);
      reporter.report({
        code: "invalid-value",
        ...phrase("invalid-value", "constant", { expected, got: describeValue(error.data), where }),
        path,
      });
      return;
    }
    case "pattern": {
      const pattern = String((error.params as { pattern: string }).pattern);
      reporter.report({ code: "invalid-format", ...formatProblem(String(error.data), pattern, document), path });
      return;
    }
    case "minItems":
    case "minProperties":
    case "minLength": {
      const hint = description ? lowerFirst(description) : phrase("empty-value", "atLeastOne", {}).hint;
      reporter.report({
        code: "empty-value",
        ...(path.length
          ? phrase("empty-value", "empty", { path: path.join("."), description: hint })
          : phrase("empty-value", "document", { description: hint })),
        path,
      });
      return;
    }
    default:
      reporter.report({
        code: "invalid-value",
        ...phrase("invalid-value", "other", {
          got: describeValue(error.data),
          where,
          detail: error.message ?? "is not allowed",
          description: description ? lowerFirst(description) : phrase("invalid-value", "seeReference", {}).hint,
        }),
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

/**
 * Keys spelled close to one that means something else: `month` is `months` (a season), never
 * `monthly` (days of the month), so suggesting `monthly` would lead the author somewhere wrong.
 */
const MISLEADING: Readonly<Record<string, readonly string[]>> = {
  months: ["monthly"],
  month: ["monthly"],
};

/** The author's key is any text, `toString` too: only the table's own entries count. */
const misleading = (key: string): readonly string[] => (Object.hasOwn(MISLEADING, key) ? MISLEADING[key]! : []);

/** The maps whose entries have titles, and what an entry of each is called. */
const TITLED: Readonly<Record<string, Words>> = {
  roles: { en: "role", zh: "角色" },
  priorities: { en: "priority", zh: "优先级" },
  calendars: { en: "calendar", zh: "日历" },
  states: { en: "state", zh: "状态" },
  tickets: { en: "ticket kind", zh: "工单类型" },
  duties: { en: "duty", zh: "例行任务" },
  clocks: { en: "clock", zh: "时效时钟" },
  kpis: { en: "KPI", zh: "KPI" },
};

/**
 * The entry whose title is `name` (`领班` → the role `foreman`), anywhere in the document: an
 * author who writes a title where an id belongs is helped by that id, not by a spelling rule.
 */
function titleOwner(document: unknown, name: string): { id: string; kind: Words } | undefined {
  const wanted = name.trim().toLowerCase();
  const visit = (node: unknown, depth: number): { id: string; kind: Words } | undefined => {
    if (depth > 6 || node === null || typeof node !== "object") return undefined;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      const kind = Object.hasOwn(TITLED, key) ? TITLED[key] : undefined;
      if (kind && value !== null && typeof value === "object" && !Array.isArray(value))
        for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
          const title = (entry as { title?: unknown } | null)?.title as { zh?: unknown; en?: unknown } | undefined;
          if (
            id !== name &&
            title &&
            [title.zh, title.en].some((t) => typeof t === "string" && t.trim().toLowerCase() === wanted)
          )
            return { id, kind };
        }
      const found = visit(value, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return visit(document, 0);
}

/** Weekday selectors a mistyped day selector may be close to. */
const DAY_SELECTORS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "daily", "weekdays", "weekends"];

function idProblem(key: string, pattern: string, document: unknown): Phrased {
  if (pattern === DAY_SELECTOR_PATTERN) {
    const close = daySelectorSuggestion(key);
    return phrase("invalid-id", "daySelector", {
      key,
      suggestion: close ? { en: `${close.en} `, zh: `${close.zh}` } : "",
    });
  }
  if (pattern === DATE_PATTERN) return phrase("invalid-id", "date", { key });
  if (pattern === ID_PATTERN) {
    const owner = titleOwner(document, key);
    if (owner) return phrase("invalid-id", "title", { key, kind: owner.kind, id: owner.id });
    const fixed = key
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^[^a-z]+|-+$/g, "");
    return phrase("invalid-id", "id", {
      key,
      example: fixed ? phrase("invalid-id", "example", { id: fixed }).message : "",
    });
  }
  return phrase("invalid-id", "field", { key });
}

/**
 * The selector a mistyped one meant. A range is compared end by end (`Mon-Sat` → `mon-sat`, not the
 * closest whole spelling `mon-fri`, which names other days); a single day or word by spelling.
 */
function daySelectorSuggestion(key: string): Words | undefined {
  const ends = key.split(/\s*[-–~～至到]\s*/u);
  if (ends.length === 2) {
    const [from, to] = ends.map((end) => suggestionList(end, DAY_SELECTORS.slice(0, 7))[0]);
    return from && to ? suggestion([`${from}-${to}`]) : undefined;
  }
  if (key.includes(",")) {
    const days = key.split(",").map((day) => suggestionList(day.trim(), DAY_SELECTORS.slice(0, 7))[0]);
    return days.every((d) => d !== undefined) ? suggestion([days.join(",")]) : undefined;
  }
  return suggestion(suggestionList(key, DAY_SELECTORS));
}

function formatProblem(value: string, pattern: string, document: unknown): Phrased {
  if (pattern === ID_PATTERN) return idProblem(value, pattern, document);
  if (pattern === CALENDAR_REF_PATTERN) return phrase("invalid-format", "calendar", { value });
  if (pattern === STANDARD_ID_PATTERN) return phrase("invalid-format", "standardId", { value });
  if (pattern === DATES_PATTERN || pattern === DATE_PATTERN) return phrase("invalid-format", "dates", { value });
  if (pattern === DAY_SELECTOR_PATTERN) return idProblem(value, pattern, document);
  if (pattern === ANCHOR_PATTERN) return phrase("invalid-format", "anchor", { value });
  if (pattern.startsWith("^(RRULE:)?")) return phrase("invalid-format", "rrule", { value });
  if (pattern === MONTHS_PATTERN) {
    const meant = suggestion([monthsAsWritten(value) ?? ""].filter(Boolean));
    return phrase("invalid-format", "months", { value, suggestion: meant ? { en: `${meant.en} `, zh: meant.zh } : "" });
  }
  return phrase("invalid-format", "pattern", { value, pattern });
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Months written another way (`November-April`, `June`, `sept`, `12`), as `months:` of a target
 * choice takes them: one month or one range (`nov-apr`); undefined when the text names no months
 * (`winter`) or months no single range covers.
 */
function monthsAsWritten(value: string): string | undefined {
  const parsed = parseMonths(value);
  if (!parsed.ok) return undefined;
  const months = new Set(parsed.value);
  if (months.size === 12) return "jan-dec";
  const starts = parsed.value.filter((m) => !months.has(m === 1 ? 12 : m - 1));
  if (starts.length !== 1) return undefined;
  const first = starts[0]!;
  let last = first;
  while (months.has((last % 12) + 1)) last = (last % 12) + 1;
  return last === first ? MONTH_NAMES[first - 1] : `${MONTH_NAMES[first - 1]}-${MONTH_NAMES[last - 1]}`;
}

/** The value as a message names it: a list, a map, nothing, or the value quoted. */
function describeValue(value: unknown): Words | string {
  if (value === null || value === undefined) return { en: "nothing", zh: "空值" };
  if (Array.isArray(value)) return { en: "a list", zh: "列表" };
  if (typeof value === "object") return { en: "a map", zh: "映射" };
  if (typeof value === "string") return `\`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\``;
  return `\`${String(value)}\``;
}

const TYPE_NAMES: Record<string, Words> = {
  object: { en: "a map", zh: "映射" },
  array: { en: "a list", zh: "列表" },
  string: { en: "text", zh: "文字" },
  number: { en: "a number", zh: "数字" },
  integer: { en: "a whole number", zh: "整数" },
  boolean: { en: "`true` or `false`", zh: "`true` 或 `false`" },
};

function typeNames(types: string[]): Words {
  return listOf(types.map((t) => TYPE_NAMES[t] ?? t));
}

/** A schema description in both languages (its Chinese from the editor's translations). */
function described(description: string | undefined): Words | undefined {
  if (description === undefined) return undefined;
  return { en: description, zh: ZH_DESCRIPTIONS[description] ?? description };
}

function lowerFirst(text: Words): Words {
  return { en: text.en.charAt(0).toLowerCase() + text.en.slice(1), zh: text.zh };
}
