/**
 * Audit periods: a label (`2026-11`, `2026-Q4`, `2026-W45`, `2026-11-05`, `2026`) ↔ the half-open
 * interval [start, end) of local time in the standard's zone. Weeks are ISO weeks (Monday first),
 * as `per: week` counts them in the language. Years and quarters may start in another month
 * (`starts: 04-01`, a fiscal year from 1 April): the label names the year the period starts in,
 * so fiscal `2026` is 2026-04-01 up to 2027-04-01 and its `2026-Q1` is April to June 2026.
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
  /** The month (1–12) a year or quarter starts in, when not January. */
  startMonth?: number;
}

const FORMS: Record<PeriodKind, { re: RegExp; example: string }> = {
  day: { re: /^(\d{4})-(\d{2})-(\d{2})$/, example: "2026-11-05" },
  week: { re: /^(\d{4})-W(\d{2})$/, example: "2026-W45" },
  month: { re: /^(\d{4})-(\d{2})$/, example: "2026-11" },
  quarter: { re: /^(\d{4})-Q([1-4])$/, example: "2026-Q4" },
  year: { re: /^(\d{4})$/, example: "2026" },
};

const UNIT = { day: "days", week: "weeks", month: "months", quarter: "quarters", year: "years" } as const;

function startOf(kind: PeriodKind, m: RegExpExecArray, zone: string, startMonth: number): DateTime {
  const y = Number(m[1]);
  switch (kind) {
    case "day":
      return DateTime.fromObject({ year: y, month: Number(m[2]), day: Number(m[3]) }, { zone });
    case "week":
      return DateTime.fromObject({ weekYear: y, weekNumber: Number(m[2]), weekday: 1 }, { zone });
    case "month":
      return DateTime.fromObject({ year: y, month: Number(m[2]), day: 1 }, { zone });
    case "quarter":
      return DateTime.fromObject({ year: y, month: startMonth, day: 1 }, { zone }).plus({
        months: (Number(m[2]) - 1) * 3,
      });
    case "year":
      return DateTime.fromObject({ year: y, month: startMonth, day: 1 }, { zone });
  }
}

function labelOf(kind: PeriodKind, d: DateTime, startMonth: number): string {
  // Months since the start of the (fiscal) year 0: its year and quarter.
  const months = d.year * 12 + d.month - startMonth;
  const year = Math.floor(months / 12);
  switch (kind) {
    case "day":
      return d.toFormat("yyyy-MM-dd");
    case "week":
      return `${d.weekYear}-W${String(d.weekNumber).padStart(2, "0")}`;
    case "month":
      return d.toFormat("yyyy-MM");
    case "quarter":
      return `${year}-Q${Math.floor((months - year * 12) / 3) + 1}`;
    case "year":
      return String(year);
  }
}

/**
 * The period a label names, in `timezone`; `startMonth` is the month a year or quarter starts in.
 * @example periodOf("month", "2026-11", "Asia/Shanghai") // { start: 2026-11-01T00:00+08:00, end: 2026-12-01T00:00+08:00, … }
 * @example periodOf("year", "2026", "Europe/London", 4) // 2026-04-01T00:00+01:00 up to 2027-04-01T00:00+01:00
 */
export function periodOf(kind: PeriodKind, label: string, timezone: string, startMonth = 1): Period {
  const form = FORMS[kind];
  const m = form.re.exec(label.trim());
  const start = m === null ? undefined : startOf(kind, m, timezone, startMonth);
  if (m === null || start === undefined || !start.isValid || labelOf(kind, start, startMonth) !== label.trim()) {
    throw new EngineError("invalid-period", `\`${label}\` is not a ${kind} period`, {
      hint: `this audit covers a ${kind}: write it like \`${form.example}\``,
      path: ["period"],
    });
  }
  const end = start.plus({ [UNIT[kind]]: 1 });
  const fiscal = startMonth !== 1 && (kind === "year" || kind === "quarter");
  return {
    kind,
    label: labelOf(kind, start, startMonth),
    start: start.toMillis(),
    end: end.toMillis(),
    ...(fiscal ? { startMonth } : {}),
  };
}

/** The `count` periods ending with `last`, oldest first (for trends). */
export function periodsUpTo(last: Period, count: number, timezone: string): Period[] {
  const out: Period[] = [];
  const startMonth = last.startMonth ?? 1;
  const first = DateTime.fromMillis(last.start, { zone: timezone });
  for (let i = count - 1; i >= 0; i--) {
    const d = first.minus({ [UNIT[last.kind]]: i });
    out.push(periodOf(last.kind, labelOf(last.kind, d, startMonth), timezone, startMonth));
  }
  return out;
}

/** Whether an instant falls in the period. */
export function inPeriod(p: Period, t: number): boolean {
  return t >= p.start && t < p.end;
}
