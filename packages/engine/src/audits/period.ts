/**
 * Audit periods: a label (`2026-11`, `2026-Q4`, `2026-W45`, `2026-11-05`, `2026`) ↔ the half-open
 * interval [start, end) of local time in the standard's zone. Weeks are ISO weeks (Monday first),
 * as `per: week` counts them in the language.
 */
import { DateTime } from "luxon";
import type { AuditModel } from "@yardstick/dsl";
import { EngineError } from "../errors/engine-error.js";

export type PeriodKind = AuditModel["period"];

export interface Period {
  kind: PeriodKind;
  label: string;
  /** First instant of the period (epoch ms). */
  start: number;
  /** First instant after it. */
  end: number;
}

const FORMS: Record<PeriodKind, { re: RegExp; example: string }> = {
  day: { re: /^(\d{4})-(\d{2})-(\d{2})$/, example: "2026-11-05" },
  week: { re: /^(\d{4})-W(\d{2})$/, example: "2026-W45" },
  month: { re: /^(\d{4})-(\d{2})$/, example: "2026-11" },
  quarter: { re: /^(\d{4})-Q([1-4])$/, example: "2026-Q4" },
  year: { re: /^(\d{4})$/, example: "2026" },
};

const UNIT = { day: "days", week: "weeks", month: "months", quarter: "quarters", year: "years" } as const;

function startOf(kind: PeriodKind, m: RegExpExecArray, zone: string): DateTime {
  const y = Number(m[1]);
  switch (kind) {
    case "day":
      return DateTime.fromObject({ year: y, month: Number(m[2]), day: Number(m[3]) }, { zone });
    case "week":
      return DateTime.fromObject({ weekYear: y, weekNumber: Number(m[2]), weekday: 1 }, { zone });
    case "month":
      return DateTime.fromObject({ year: y, month: Number(m[2]), day: 1 }, { zone });
    case "quarter":
      return DateTime.fromObject({ year: y, month: (Number(m[2]) - 1) * 3 + 1, day: 1 }, { zone });
    case "year":
      return DateTime.fromObject({ year: y, month: 1, day: 1 }, { zone });
  }
}

function labelOf(kind: PeriodKind, d: DateTime): string {
  switch (kind) {
    case "day":
      return d.toFormat("yyyy-MM-dd");
    case "week":
      return `${d.weekYear}-W${String(d.weekNumber).padStart(2, "0")}`;
    case "month":
      return d.toFormat("yyyy-MM");
    case "quarter":
      return `${d.year}-Q${d.quarter}`;
    case "year":
      return String(d.year);
  }
}

/**
 * The period a label names, in `timezone`.
 * @example periodOf("month", "2026-11", "Asia/Shanghai") // { start: 2026-11-01T00:00+08:00, end: 2026-12-01T00:00+08:00, … }
 */
export function periodOf(kind: PeriodKind, label: string, timezone: string): Period {
  const form = FORMS[kind];
  const m = form.re.exec(label.trim());
  const start = m === null ? undefined : startOf(kind, m, timezone);
  if (m === null || start === undefined || !start.isValid || labelOf(kind, start) !== label.trim()) {
    throw new EngineError("invalid-period", `\`${label}\` is not a ${kind} period`, {
      hint: `this audit covers a ${kind}: write it like \`${form.example}\``,
      path: ["period"],
    });
  }
  const end = start.plus({ [UNIT[kind]]: 1 });
  return { kind, label: labelOf(kind, start), start: start.toMillis(), end: end.toMillis() };
}

/** The `count` periods ending with `last`, oldest first (for trends). */
export function periodsUpTo(last: Period, count: number, timezone: string): Period[] {
  const out: Period[] = [];
  const first = DateTime.fromMillis(last.start, { zone: timezone });
  for (let i = count - 1; i >= 0; i--) {
    const d = first.minus({ [UNIT[last.kind]]: i });
    out.push(periodOf(last.kind, labelOf(last.kind, d), timezone));
  }
  return out;
}

/** Whether an instant falls in the period. */
export function inPeriod(p: Period, t: number): boolean {
  return t >= p.start && t < p.end;
}
