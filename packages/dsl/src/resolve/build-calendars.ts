import type { Path } from "@yardstick/calendar";
import type { CalendarProblem, ClockWindow, DateOverride, DateSpan, HolidaySet, Weekday } from "@yardstick/calendar";
import type { Words } from "../diagnostics/words.js";
import {
  builtinHolidaySetIds,
  getBuiltinHolidaySet,
  suggestionList,
  validateCalendarSpec,
  WEEKDAYS,
} from "@yardstick/calendar";
import { datesOf, daysBetween, expandDaySelector, validDate } from "../model/days.js";
import { compareCodeUnits } from "../diagnostics/code-unit-order.js";
import type { CalendarModel } from "../model/standard-model.js";
import type { CalendarInput, HolidaySetInput } from "../schema/standard-schema.js";
import { parseClockRange } from "../time/index.js";
import { asList, type BuildContext, compact, label } from "./build-context.js";
import { ownEntry } from "../model/own-entry.js";
import { phrase, suggestion } from "../diagnostics/codes.js";

/** The calendar every clock uses unless it names another: all hours of every day. */
export const ALWAYS_CALENDAR_ID = "24x7";

/** Most days the date lists of one calendar or holiday set may cover: ten years of every day. */
export const MAX_LISTED_DAYS = 3_660;

/**
 * Counts the days a calendar's or holiday set's date lists cover, and expands ranges into days
 * until they pass {@link MAX_LISTED_DAYS}: a list of year-long ranges must not build a model of
 * millions of dates. Past the bound one `invalid-date` is reported and nothing more is expanded.
 */
function dayBudget(ctx: BuildContext, what: string) {
  let left = MAX_LISTED_DAYS;
  return {
    /** The span's dates, or none once the budget is spent. */
    expand(span: DateSpan, at: Path): string[] {
      return this.take(span, at) ? datesOf(span) : [];
    },
    /** Whether the span still fits; counts it. */
    take(span: DateSpan, at: Path): boolean {
      const days = daysBetween(span.from, span.to) + 1;
      if (left < 0) return false;
      left -= days;
      if (left >= 0) return true;
      ctx.report({
        code: "invalid-date",
        path: at,
        ...phrase("invalid-date", "tooMany", { what, max: MAX_LISTED_DAYS.toLocaleString("en") }),
      });
      return false;
    },
  };
}

export function buildHolidaySets(
  input: Record<string, HolidaySetInput> | undefined,
  ctx: BuildContext,
): Record<string, HolidaySet> {
  const sets: Record<string, HolidaySet> = {};
  for (const [id, set] of Object.entries(input ?? {})) {
    const path: Path = ["holidaySets", id];
    const budget = dayBudget(ctx, `holiday set \`${id}\``);
    sets[id] = compact({
      id,
      title: label(set.title),
      sources: set.sources,
      years: [...set.years].sort((a, b) => a - b),
      // Holidays stay ranges here, but the calendar expands them: they count as days too.
      holidays: set.holidays.flatMap((item, i) => {
        const span = dateSpan(item, [...path, "holidays", i], ctx);
        return span && budget.take(span, [...path, "holidays", i]) ? [span] : [];
      }),
      workdays: (set.workdays ?? []).flatMap((item, i) => {
        const span = dateSpan(item, [...path, "workdays", i], ctx);
        return span
          ? budget.expand(span, [...path, "workdays", i]).map((date) => compact({ date, name: span.name }))
          : [];
      }),
    });
  }
  return sets;
}

export function buildCalendars(
  input: Record<string, CalendarInput> | undefined,
  timezone: string,
  localSets: Record<string, HolidaySet>,
  ctx: BuildContext,
): Record<string, CalendarModel> {
  const calendars: Record<string, CalendarModel> = {
    [ALWAYS_CALENDAR_ID]: { id: ALWAYS_CALENDAR_ID, timezone, hours: "24x7" },
  };
  const reported = new Set<string>();
  for (const [id, calendar] of Object.entries(input ?? {})) {
    const path: Path = ["calendars", id];
    // Each time expression is parsed once, so a bad one is reported once.
    const errorsBefore = ctx.documents.errorCount;
    const hours = calendar.hours === "24x7" ? ("24x7" as const) : weeklyHours(calendar.hours, [...path, "hours"], ctx);
    const hoursFailed = ctx.documents.errorCount > errorsBefore;
    const adjustedWorkdayHours =
      calendar.adjustedWorkdayHours === undefined
        ? undefined
        : windows(calendar.adjustedWorkdayHours, [...path, "adjustedWorkdayHours"], ctx);
    const model: CalendarModel = compact({
      id,
      title: label(calendar.title),
      timezone: calendar.timezone ?? timezone,
      hours,
      adjustedWorkdayHours,
      holidays: holidaySets(calendar.holidays, localSets, [...path, "holidays"], ctx),
      overrides: overrides(calendar, path, ctx, adjustedWorkdayHours ?? workdayHours(hours)),
    });
    // A round-the-clock service does not stop on public holidays: a 24x7 calendar that did would pause silently.
    if (hours === "24x7" && calendar.holidays !== undefined)
      ctx.report({
        code: "holidays-on-24x7",
        path: [...path, "holidays"],
        ...phrase("holidays-on-24x7", "onHolidays", { calendar: id }),
      });
    // Hours that failed to parse are reported already: no day left with hours is their echo.
    if (model.hours !== "24x7" && Object.keys(model.hours).length === 0 && !hoursFailed) {
      ctx.report({
        code: "no-working-time",
        path: [...path, "hours"],
        ...phrase("no-working-time", "none", { calendar: id }),
      });
    }
    for (const problem of validateCalendarSpec(model)) {
      const at = problemPath(problem.path, model, path, localSets);
      const key = `${problem.code}|${problem.message}|${at.slice(0, 3).join("/")}`;
      if (reported.has(key)) continue; // one window overlap on mon-fri is one problem, not five
      reported.add(key);
      ctx.report({ code: problem.code, path: at, ...calendarWords(problem) });
    }
    calendars[id] = model;
  }
  return calendars;
}

/**
 * Where to report a problem the calendar package found in a compiled spec: in the holiday set's
 * own entry when the set is written in this standard, else at the calendar's key it concerns.
 */
function problemPath(
  specPath: (string | number)[],
  model: CalendarModel,
  path: Path,
  localSets: Record<string, HolidaySet>,
): Path {
  const [first, index, ...rest] = specPath;
  if (first === "holidays" && typeof index === "number") {
    const set = model.holidays?.[index];
    if (set && localSets[set.id] === set) return ["holidaySets", set.id, ...rest];
  }
  return first === undefined ? path : [...path, first];
}

function weeklyHours(
  input: Exclude<CalendarInput["hours"], "24x7">,
  path: Path,
  ctx: BuildContext,
): Partial<Record<Weekday, ClockWindow[]>> {
  const hours: Partial<Record<Weekday, ClockWindow[]>> = {};
  const givenBy = new Map<Weekday, string>();
  for (const [selector, value] of Object.entries(input)) {
    const parsed = value === "closed" ? undefined : windows(value, [...path, selector], ctx);
    // Days this selector repeats, by the selector that gave them first: one report per pair.
    const repeated = new Map<string, Weekday[]>();
    for (const day of expandDaySelector(selector)) {
      const earlier = givenBy.get(day);
      if (earlier !== undefined) {
        repeated.set(earlier, [...(repeated.get(earlier) ?? []), day]);
        continue;
      }
      givenBy.set(day, selector);
      if (parsed) hours[day] = parsed;
    }
    for (const [earlier, days] of repeated) {
      const list = days.map((d) => `\`${d}\``).join(", ");
      ctx.report({
        code: "duplicate-day",
        path: [...path, selector],
        ...phrase("duplicate-day", "twice", {
          days: { en: `${list} ${days.length === 1 ? "is" : "are"}`, zh: list },
          earlier,
          selector,
        }),
        prefer: "key",
      });
    }
  }
  // Weekdays in Monday-first order, so the model is the same whatever order the YAML used.
  return Object.fromEntries(WEEKDAYS.filter((d) => hours[d]).map((d) => [d, hours[d]!]));
}

/**
 * The windows written at `path`; undefined when there are none to give (each bad one, and an
 * empty list, is reported here), so the calendar's own check does not report them again.
 */
function windows(
  value: string | number | (string | number)[],
  path: Path,
  ctx: BuildContext,
): ClockWindow[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) {
    ctx.report({
      code: "empty-value",
      path: path,
      ...phrase("empty-value", "noHours", {}),
    });
    return undefined;
  }
  const out: ClockWindow[] = [];
  list.forEach((item, i) => {
    const range = ctx.timed(Array.isArray(value) ? [...path, i] : path, item, parseClockRange, "invalid-clock-range");
    if (range) out.push({ start: range.value.start.time, end: range.value.end.time });
  });
  return out.length > 0 ? out : undefined;
}

function holidaySets(
  ids: string | string[] | undefined,
  local: Record<string, HolidaySet>,
  path: Path,
  ctx: BuildContext,
): HolidaySet[] | undefined {
  if (ids === undefined) return undefined;
  const out: HolidaySet[] = [];
  asList(ids).forEach((id, i) => {
    const set = ownEntry(local, id) ?? getBuiltinHolidaySet(id);
    if (set) out.push(set);
    else {
      const known = [...builtinHolidaySetIds, ...Object.keys(local)];
      ctx.report({
        code: "unknown-holiday-set",
        path: Array.isArray(ids) ? [...path, i] : path,
        ...phrase("unknown-holiday-set", "unknown", {
          id,
          suggestion:
            suggestion(suggestionList(id, known)) ??
            phrase("unknown-holiday-set", "known", { sets: known.join(", ") }).hint,
        }),
      });
    }
  });
  return out;
}

function overrides(
  calendar: CalendarInput,
  path: Path,
  ctx: BuildContext,
  workHours: ClockWindow[],
): DateOverride[] | undefined {
  const byDate = new Map<string, DateOverride>();
  // One report per entry that repeats dates, at its first repeated date (two overlapping ranges are one problem).
  const repeating = new Set<Path>();
  const add = (override: DateOverride, at: Path) => {
    if (byDate.has(override.date) && !repeating.has(at)) {
      repeating.add(at);
      ctx.report({
        code: "duplicate-date",
        path: at,
        ...phrase("duplicate-date", "twice", { date: override.date }),
      });
    }
    byDate.set(override.date, override);
  };
  const budget = dayBudget(ctx, `calendar \`${path[path.length - 1]}\``);
  (calendar.closed ?? []).forEach((item, i) => {
    const at = [...path, "closed", i];
    const span = dateSpan(item, at, ctx);
    if (span)
      for (const date of budget.expand(span, at))
        add(compact({ date, hours: "closed" as const, reason: span.name }), at);
  });
  (calendar.workdays ?? []).forEach((item, i) => {
    const at = [...path, "workdays", i];
    const span = dateSpan(item, at, ctx);
    // No weekday hours to work (they failed to parse, or there are none: both reported already at
    // `hours`): an adjusted working day without windows would only echo it as an empty override.
    if (span && workHours.length > 0)
      for (const date of budget.expand(span, at)) add(compact({ date, hours: workHours, reason: span.name }), at);
  });
  for (const [date, value] of Object.entries(calendar.overrides ?? {})) {
    const at = [...path, "overrides", date];
    if (!validDate(date)) {
      ctx.report({
        code: "invalid-date",
        path: at,
        ...phrase("invalid-date", "notADate", { date }),
        prefer: "key",
      });
      continue;
    }
    const hours = value === "closed" ? "closed" : windows(value, at, ctx);
    if (hours) add({ date, hours }, at);
  }
  if (byDate.size === 0) return undefined;
  // Dates are `YYYY-MM-DD`: code-unit order is date order.
  return [...byDate.values()].sort((a, b) => compareCodeUnits(a.date, b.date));
}

/** A local adjusted working day works the calendar's adjusted-day hours, else its first working weekday's. */
function workdayHours(hours: CalendarModel["hours"]): ClockWindow[] {
  if (hours === "24x7") return [{ start: "00:00", end: "24:00" }];
  const first = WEEKDAYS.find((day) => hours[day] !== undefined);
  return first === undefined ? [] : hours[first]!;
}

function dateSpan(
  item: string | { dates: string; name?: { zh?: string; en?: string } },
  path: Path,
  ctx: BuildContext,
): DateSpan | undefined {
  const text = typeof item === "string" ? item : item.dates;
  const [from, to = from] = text.split("..") as [string, string | undefined];
  const at = typeof item === "string" ? path : [...path, "dates"];
  if (!validDate(from) || !validDate(to)) {
    ctx.report({
      code: "invalid-date",
      path: at,
      ...phrase("invalid-date", "notARange", { text }),
    });
    return undefined;
  }
  if (to < from) {
    ctx.report({
      code: "invalid-date",
      path: at,
      ...phrase("invalid-date", "backwards", { text, fixed: `${to}..${from}` }),
    });
    return undefined;
  }
  if (daysBetween(from, to) > 366) {
    ctx.report({
      code: "invalid-date",
      path: at,
      ...phrase("invalid-date", "tooLong", { text }),
    });
    return undefined;
  }
  return compact({ from, to, name: typeof item === "string" ? undefined : label(item.name) });
}

/**
 * A calendar problem in the registry's words, both languages, where the calendar gave the values
 * its message names; in the calendar's own English otherwise (codes the schema rules out first).
 */
function calendarWords(problem: CalendarProblem): { message: Words | string; hint: Words | string } {
  const args = problem.args ?? {};
  const a = (name: string) => String(args[name] ?? "");
  if (problem.args) {
    const code = problem.code;
    if (code === "overlapping-windows")
      return phrase("overlapping-windows", "overlap", { window: a("window"), other: a("other") });
    if (code === "date-outside-years")
      return phrase("date-outside-years", "outside", { date: a("date"), years: a("years"), year: a("year") });
    if (code === "holiday-and-workday")
      return phrase("holiday-and-workday", "both", { date: a("date"), set: a("set") });
    if (code === "invalid-date") return phrase("invalid-date", "spec", { date: a("date") });
  }
  return { message: problem.message, hint: suggestion(problem.suggestions ?? []) ?? problem.hint };
}
