import type { Path } from "@yardstick/calendar";
import { phrase } from "../diagnostics/codes.js";
import { wordsOf } from "../time/result.js";

/** The codes a time expression that does not parse is reported with. */
type TimeCode =
  | "invalid-deadline"
  | "invalid-duration"
  | "invalid-time"
  | "invalid-clock-range"
  | "invalid-percent"
  | "invalid-escalation-time"
  | "invalid-months"
  | "invalid-year-date";
import type { Report } from "../diagnostics/report.js";
import type { DocumentSet } from "../load/document-set.js";
import type { Label, Matcher, MatchOperator, MatchTest, Timed } from "../model/standard-model.js";
import type { MatcherInput } from "../schema/standard-schema.js";
import type { ParseResult } from "../time/index.js";

/** What every model builder needs: where to report, and how to parse a time expression in place. */
export class BuildContext {
  readonly report: Report;

  constructor(readonly documents: DocumentSet) {
    this.report = documents.report;
  }

  /**
   * Parses a time expression; on failure reports `code` at `path` (with the parser's message and
   * hint) and returns undefined, so the build goes on and every bad expression is reported.
   */
  timed<T>(
    path: Path,
    raw: string | number,
    parse: (input: string | number) => ParseResult<T>,
    code: TimeCode,
  ): Timed<T> | undefined {
    const result = parse(raw);
    if (result.ok) return { text: String(raw), value: result.value };
    const { message, hint } = wordsOf(result);
    this.report({ code, path, ...phrase(code, "parser", { detail: message, help: hint }) });
    return undefined;
  }
}

export function label(input: { zh?: string; en?: string } | undefined): Label | undefined {
  if (!input) return undefined;
  const out: Label = {};
  if (input.zh !== undefined) out.zh = input.zh;
  if (input.en !== undefined) out.en = input.en;
  return out;
}

/** Drops `undefined` members so the model stays plain JSON with a stable shape. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

export function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** `{ category: [a, b], floor: { gte: 10 } }` → ordered tests (all must hold). */
export function buildMatcher(input: MatcherInput | undefined): Matcher {
  const tests: MatchTest[] = [];
  for (const [field, spec] of Object.entries(input ?? {})) {
    if (Array.isArray(spec)) tests.push({ field, op: "in", value: spec });
    else if (spec !== null && typeof spec === "object") {
      for (const [op, value] of Object.entries(spec))
        if (value !== undefined) tests.push({ field, op: op as MatchOperator, value: value as MatchTest["value"] });
    } else tests.push({ field, op: "eq", value: spec });
  }
  return tests;
}
