/**
 * Reads an activity file (JSON Lines) into records, checking each line's shape. A line that is
 * not a record is reported with its number, a code and a hint, and left out; the rest is read.
 */
import type { DutyDiagnosticCode, RuntimeErrorCode } from "@yardstick/engine";
import { RECORD_TYPES, type ActivityRecord } from "./records.js";

/** Problems the file itself has; the engine's runtime and duty codes come through as they are. */
export type LineCode =
  | "invalid-json"
  | "not-a-record"
  | "unknown-record-type"
  | "missing-field"
  | "invalid-field"
  | "invalid-instant"
  | "header-not-first"
  | "unknown-ticket"
  | "duplicate-ticket";

export interface LineProblem {
  /** 1-based line of the file. */
  line: number;
  code: LineCode | RuntimeErrorCode | DutyDiagnosticCode;
  severity: "error" | "warning" | "info";
  message: string;
  hint: string;
}

export interface ReadRecord {
  line: number;
  record: ActivityRecord;
}

type Check = "string" | "instant" | "data" | "object" | "strings" | "by" | "number";

/** Required and optional fields of each record type, and what each must be. */
const FIELDS: Record<ActivityRecord["type"], { required: Record<string, Check>; optional: Record<string, Check> }> = {
  header: {
    required: { format: "number", from: "instant", to: "instant" },
    optional: { standard: "string", period: "string", items: "object", source: "string" },
  },
  open: { required: { at: "instant", ticket: "string", kind: "string" }, optional: { data: "data", by: "string" } },
  event: {
    required: { at: "instant", ticket: "string", event: "string" },
    optional: { data: "data", by: "string", id: "string" },
  },
  trigger: { required: { at: "instant", event: "string" }, optional: { zone: "string", item: "string", id: "string" } },
  log: {
    required: { at: "instant", duty: "string" },
    optional: {
      zone: "string",
      item: "string",
      by: "by",
      checkpoints: "strings",
      occurrence: "string",
      id: "string",
      ref: "string",
    },
  },
  excuse: { required: { occurrence: "string", reason: "string" }, optional: {} },
  subject: { required: { id: "string", data: "object" }, optional: { zone: "string" } },
  facts: { required: { facts: "object" }, optional: { period: "string", zone: "string", staff: "string" } },
};

const INSTANT = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function fits(value: unknown, check: Check): boolean {
  switch (check) {
    case "string":
      return typeof value === "string" && value !== "";
    case "number":
      return typeof value === "number" && Number.isInteger(value);
    case "instant":
      return (
        (typeof value === "number" && Number.isInteger(value)) || (typeof value === "string" && INSTANT.test(value))
      );
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "data":
      return (
        fits(value, "object") &&
        Object.values(value as object).every((v) => ["string", "number", "boolean"].includes(typeof v))
      );
    case "strings":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "by":
      return fits(value, "string") || fits(value, "strings");
  }
}

const WHAT: Record<Check, string> = {
  string: "a non-empty string",
  number: "a whole number",
  instant:
    'an instant: ISO 8601 with an offset ("2026-11-03T08:12:00+08:00"), a local time ("2026-11-03 08:12") or epoch ms',
  object: "an object",
  data: "an object of strings, numbers and booleans",
  strings: "a list of strings",
  by: "a staff id or a list of them",
};

/** Every record of `text`, and a problem for each line that is not one. Blank lines are skipped. */
export function readRecords(text: string): { records: ReadRecord[]; problems: LineProblem[] } {
  const records: ReadRecord[] = [];
  const problems: LineProblem[] = [];
  const lines = text.split("\n");
  const report = (line: number, code: LineCode, message: string, hint: string) =>
    problems.push({ line, code, severity: "error", message, hint });
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i]!.trim();
    const line = i + 1;
    if (source === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      report(
        line,
        "invalid-json",
        `not JSON: ${(error as Error).message}`,
        'each line is one JSON object, e.g. {"type":"open",…}',
      );
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      report(line, "not-a-record", "a line must be a JSON object with a `type`", `types: ${RECORD_TYPES.join(", ")}`);
      continue;
    }
    const type = (value as { type?: unknown }).type;
    const fields = typeof type === "string" ? FIELDS[type as ActivityRecord["type"]] : undefined;
    if (fields === undefined) {
      report(
        line,
        "unknown-record-type",
        `unknown record type ${JSON.stringify(type ?? null)}`,
        `types: ${RECORD_TYPES.join(", ")} (docs/reference/events-jsonl.md)`,
      );
      continue;
    }
    let ok = true;
    for (const [field, check] of Object.entries(fields.required)) {
      const v = (value as Record<string, unknown>)[field];
      if (v === undefined) {
        report(line, "missing-field", `a \`${type}\` record needs \`${field}\``, `\`${field}\` is ${WHAT[check]}`);
        ok = false;
      } else if (!fits(v, check)) {
        report(
          line,
          check === "instant" ? "invalid-instant" : "invalid-field",
          `\`${field}\` is not ${WHAT[check]}`,
          `got ${JSON.stringify(v)}`,
        );
        ok = false;
      }
    }
    for (const [field, check] of Object.entries(fields.optional)) {
      const v = (value as Record<string, unknown>)[field];
      if (v !== undefined && !fits(v, check)) {
        report(line, "invalid-field", `\`${field}\` is not ${WHAT[check]}`, `got ${JSON.stringify(v)}`);
        ok = false;
      }
    }
    if (type === "header" && records.length > 0) {
      report(
        line,
        "header-not-first",
        "the header must be the first record",
        "move it to the top, or leave it out and pass --period",
      );
      ok = false;
    }
    if (ok) records.push({ line, record: value as ActivityRecord });
  }
  return { records, problems };
}
