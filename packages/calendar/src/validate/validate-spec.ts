/**
 * `validateCalendarSpec`: every problem in a `CalendarSpec`, as data, without throwing — the DSL
 * maps each `path` back to a YAML line and column. `createCalendar` throws the same problems.
 */
import type { CalendarProblem, CalendarSpecCode, SpecPath } from "../errors.js";
import { MAX_YEAR, MIN_YEAR, formatMinutes, parseDate, weekdayNames } from "../time/civil.js";
import { parseClock } from "../time/clock.js";
import { caseCorrectedZone, isValidTimeZone, knownTimeZones } from "../time/zone.js";
import { suggestionList } from "../suggestions.js";

/** No more than this many problems are reported; the rest are usually echoes of the first. */
export const MAX_PROBLEMS = 50;

/** A window in minutes after the owning day's midnight; `end` > 1440 when it crosses midnight. */
export interface MinuteWindow {
  start: number;
  end: number;
}

const specKeys = ["id", "title", "timezone", "hours", "adjustedWorkdayHours", "holidays", "overrides"];
const setKeys = ["id", "title", "sources", "years", "holidays", "workdays", "additions"];
const spanKeys = ["from", "to", "name"];
const workdayKeys = ["date", "name"];
const overrideKeys = ["date", "hours", "reason"];
const windowKeys = ["start", "end"];
/** The longest holiday block accepted; longer ones are typos in a year. */
export const MAX_SPAN_DAYS = 366;

class Problems {
  readonly list: CalendarProblem<CalendarSpecCode>[] = [];
  add(
    code: CalendarSpecCode,
    path: SpecPath,
    message: string,
    hint: string,
    suggestions: string[] = [],
    args?: CalendarProblem["args"],
  ): void {
    if (this.list.length >= MAX_PROBLEMS) return;
    this.list.push({
      code,
      message,
      hint,
      path,
      ...(suggestions.length > 0 ? { suggestions } : {}),
      ...(args ? { args } : {}),
    });
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const show = (value: unknown): string =>
  typeof value === "string" ? `"${value}"` : (JSON.stringify(value) ?? String(value));

function checkKeys(
  problems: Problems,
  value: Record<string, unknown>,
  allowed: readonly string[],
  path: SpecPath,
  what: string,
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      problems.add(
        "invalid-spec",
        [...path, key],
        `unknown key \`${key}\` in ${what}`,
        `${what} takes ${allowed.map((k) => `\`${k}\``).join(", ")}`,
        suggestionList(key, allowed),
      );
    }
  }
}

/** Parses and checks a list of windows; returns them in minutes, sorted, or `undefined` if any is bad. */
function checkWindows(problems: Problems, value: unknown, path: SpecPath): MinuteWindow[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(
      "invalid-hours",
      path,
      `working hours must be a list of windows like [{ start: "08:30", end: "12:00" }], got ${show(value)}`,
      "write a list of { start, end } windows; leave a weekday out to make it a rest day",
    );
    return undefined;
  }
  const windows: (MinuteWindow & { index: number })[] = [];
  let ok = true;
  value.forEach((item: unknown, index) => {
    const at = [...path, index];
    if (!isRecord(item)) {
      problems.add(
        "invalid-hours",
        at,
        `a working window must be { start: "HH:MM", end: "HH:MM" }, got ${show(item)}`,
        'write a window like { start: "08:30", end: "12:00" }',
      );
      ok = false;
      return;
    }
    checkKeys(problems, item, windowKeys, at, "a working window");
    const start = parseClock(item["start"], false);
    const end = parseClock(item["end"], true);
    if (start === undefined) {
      problems.add(
        "invalid-time",
        [...at, "start"],
        `window start ${show(item["start"])} is not a time of day HH:MM from 00:00 to 23:59`,
        'write two-digit hours and minutes, e.g. "08:30"',
      );
    }
    if (end === undefined) {
      problems.add(
        "invalid-time",
        [...at, "end"],
        `window end ${show(item["end"])} is not a time of day HH:MM from 00:00 to 24:00`,
        'write two-digit hours and minutes, e.g. "17:30", or "24:00" for midnight at the end of the day',
      );
    }
    if (start === undefined || end === undefined) {
      ok = false;
      return;
    }
    if (start === end) {
      problems.add(
        "empty-window",
        at,
        `window ${formatMinutes(start)}-${formatMinutes(end)} has the same start and end`,
        "write 00:00-24:00 for a whole day, or a window whose end differs from its start (an end before the start crosses midnight)",
      );
      ok = false;
      return;
    }
    windows.push({ start, end: end > start ? end : end + 1440, index });
  });
  if (!ok) return undefined;
  windows.sort((a, b) => a.start - b.start);
  for (let i = 1; i < windows.length; i++) {
    const previous = windows[i - 1] as MinuteWindow & { index: number };
    const current = windows[i] as MinuteWindow & { index: number };
    if (current.start < previous.end) {
      problems.add(
        "overlapping-windows",
        [...path, current.index],
        `window ${formatMinutes(current.start)}-${formatMinutes(current.end % 1440)} overlaps ${formatMinutes(previous.start)}-${formatMinutes(previous.end % 1440)}`,
        "working windows of a day must not overlap; merge them into one window or fix the times",
        [],
        {
          window: `${formatMinutes(current.start)}-${formatMinutes(current.end % 1440)}`,
          other: `${formatMinutes(previous.start)}-${formatMinutes(previous.end % 1440)}`,
        },
      );
      return undefined;
    }
  }
  return windows.map(({ start, end }) => ({ start, end }));
}

function checkDate(problems: Problems, value: unknown, path: SpecPath): number | undefined {
  const day = parseDate(value);
  if (day === undefined) {
    problems.add(
      "invalid-date",
      path,
      `${show(value)} is not a date YYYY-MM-DD that exists`,
      'write a real calendar date such as "2025-10-01"',
      [],
      { date: show(value) },
    );
  }
  return day;
}

function checkLabel(problems: Problems, value: unknown, path: SpecPath): void {
  if (value === undefined) return;
  if (!isRecord(value) || Object.values(value).some((v) => typeof v !== "string")) {
    problems.add(
      "invalid-spec",
      path,
      `a name must be { zh?: string, en?: string }, got ${show(value)}`,
      "write e.g. { zh: 国庆节, en: National Day }",
    );
    return;
  }
  checkKeys(problems, value, ["zh", "en"], path, "a name");
}

function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

function checkHolidaySet(problems: Problems, set: unknown, path: SpecPath): void {
  if (!isRecord(set)) {
    problems.add(
      "invalid-holiday-set",
      path,
      `a holiday set must be an object with id, years, holidays and workdays, got ${show(set)}`,
      'use getBuiltinHolidaySet("cn-mainland") or write { id, years, holidays: [], workdays: [] }',
    );
    return;
  }
  checkKeys(problems, set, setKeys, path, "a holiday set");
  const id = set["id"];
  if (typeof id !== "string" || id.length === 0) {
    problems.add(
      "invalid-holiday-set",
      [...path, "id"],
      "a holiday set needs an `id`",
      'give it a short name such as "cn-mainland" or "harbour-view-closures"',
    );
  }
  const additions = set["additions"] === true;
  if (set["additions"] !== undefined && typeof set["additions"] !== "boolean") {
    problems.add(
      "invalid-holiday-set",
      [...path, "additions"],
      "`additions` must be true or false",
      "set additions: true for a set of local closures that does not claim to list a whole year",
    );
  }
  const years = set["years"];
  const yearList: number[] = [];
  if (!Array.isArray(years) || (!additions && years.length === 0)) {
    problems.add(
      "invalid-holiday-set",
      [...path, "years"],
      "a holiday set must list the `years` its data covers",
      "write e.g. years: [2025, 2026]; calendars warn for any other year instead of guessing",
    );
  } else {
    years.forEach((year: unknown, i) => {
      if (typeof year !== "number" || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
        problems.add(
          "invalid-holiday-set",
          [...path, "years", i],
          `${show(year)} is not a year`,
          "write whole years such as 2026",
        );
      } else yearList.push(year);
    });
  }
  const inYears = (day: number, at: SpecPath, value: string): void => {
    if (!additions && yearList.length > 0 && !yearList.includes(yearOf(day))) {
      problems.add(
        "date-outside-years",
        at,
        `${value} is outside the years the set covers (${yearList.join(", ")})`,
        `add ${yearOf(day)} to \`years\`, or fix the date`,
        [],
        { date: value, years: yearList.join(", "), year: yearOf(day) },
      );
    }
  };
  const holidayDays = new Set<number>();
  const holidays = set["holidays"];
  if (!Array.isArray(holidays)) {
    problems.add(
      "invalid-holiday-set",
      [...path, "holidays"],
      "a holiday set needs a `holidays` list (it may be empty)",
      'write holidays: [{ from: "2025-10-01", to: "2025-10-08", name: { zh: 国庆节 } }]',
    );
  } else {
    holidays.forEach((span: unknown, i) => {
      const at = [...path, "holidays", i];
      if (!isRecord(span)) {
        problems.add(
          "invalid-date-span",
          at,
          `a holiday must be { from, to, name? }, got ${show(span)}`,
          'write { from: "2025-10-01", to: "2025-10-08" }; a single day has from = to',
        );
        return;
      }
      checkKeys(problems, span, spanKeys, at, "a holiday");
      checkLabel(problems, span["name"], [...at, "name"]);
      const from = checkDate(problems, span["from"], [...at, "from"]);
      const to = checkDate(problems, span["to"], [...at, "to"]);
      if (from === undefined || to === undefined) return;
      if (to < from) {
        problems.add(
          "invalid-date-span",
          at,
          `holiday ${span["from"] as string}..${span["to"] as string} ends before it starts`,
          "swap `from` and `to`",
        );
        return;
      }
      if (to - from + 1 > MAX_SPAN_DAYS) {
        problems.add(
          "invalid-date-span",
          at,
          `holiday ${span["from"] as string}..${span["to"] as string} is longer than a year`,
          "check the years in `from` and `to`",
        );
        return;
      }
      inYears(from, [...at, "from"], span["from"] as string);
      inYears(to, [...at, "to"], span["to"] as string);
      for (let d = from; d <= to; d++) holidayDays.add(d);
    });
  }
  const workdays = set["workdays"];
  if (!Array.isArray(workdays)) {
    problems.add(
      "invalid-holiday-set",
      [...path, "workdays"],
      "a holiday set needs a `workdays` list of adjusted working days (it may be empty)",
      'write workdays: [{ date: "2025-09-28" }], or workdays: []',
    );
  } else {
    workdays.forEach((item: unknown, i) => {
      const at = [...path, "workdays", i];
      if (!isRecord(item)) {
        problems.add(
          "invalid-date",
          at,
          `an adjusted working day must be { date, name? }, got ${show(item)}`,
          'write { date: "2025-09-28" }',
        );
        return;
      }
      checkKeys(problems, item, workdayKeys, at, "an adjusted working day");
      checkLabel(problems, item["name"], [...at, "name"]);
      const day = checkDate(problems, item["date"], [...at, "date"]);
      if (day === undefined) return;
      inYears(day, [...at, "date"], item["date"] as string);
      if (holidayDays.has(day)) {
        problems.add(
          "holiday-and-workday",
          [...at, "date"],
          `${item["date"] as string} is both a holiday and an adjusted working day in set \`${String(id)}\``,
          "a date is one or the other; check the notice and remove the wrong entry",
          [],
          { date: item["date"] as string, set: String(id) },
        );
      }
    });
  }
}

/**
 * Every problem in a calendar spec (at most 50), each with a stable `code`, a `message`, a `hint`
 * and the `path` to the offending value. An empty list means `createCalendar` accepts the spec.
 *
 * @example
 * validateCalendarSpec({ timezone: "Asia/Shangai", hours: "24x7" });
 * // [{ code: "invalid-timezone", path: ["timezone"],
 * //    message: "unknown time zone \"Asia/Shangai\" — did you mean `Asia/Shanghai`?", hint: "…" }]
 */
export function validateCalendarSpec(spec: unknown): CalendarProblem<CalendarSpecCode>[] {
  const problems = new Problems();
  if (!isRecord(spec)) {
    problems.add(
      "invalid-spec",
      [],
      `a calendar spec must be an object, got ${show(spec)}`,
      'write { timezone: "Asia/Shanghai", hours: "24x7" } or weekly hours',
    );
    return problems.list;
  }
  checkKeys(problems, spec, specKeys, [], "a calendar spec");
  if (spec["id"] !== undefined && typeof spec["id"] !== "string") {
    problems.add("invalid-spec", ["id"], "a calendar's `id` must be a string", 'write e.g. id: "office"');
  }
  checkLabel(problems, spec["title"], ["title"]);
  const zone = spec["timezone"];
  if (typeof zone !== "string" || !isValidTimeZone(zone)) {
    const fixed = typeof zone === "string" ? caseCorrectedZone(zone) : undefined;
    problems.add(
      "invalid-timezone",
      ["timezone"],
      zone === undefined ? "a calendar needs a `timezone`" : `unknown time zone ${show(zone)}`,
      'use an IANA zone name such as "Asia/Shanghai" or "Europe/London" (an offset like +08:00 is not a zone: it has no clock changes)',
      fixed !== undefined ? [fixed] : typeof zone === "string" ? suggestionList(zone, knownTimeZones()) : [],
    );
  }
  const hours = spec["hours"];
  if (hours !== "24x7") {
    if (!isRecord(hours)) {
      problems.add(
        "invalid-hours",
        ["hours"],
        `\`hours\` must be "24x7" or windows per weekday, got ${show(hours)}`,
        'write "24x7", or { mon: [{ start: "08:30", end: "12:00" }, …], … }',
      );
    } else {
      const byDay: (MinuteWindow[] | undefined)[] = [];
      for (const key of Object.keys(hours)) {
        if (!(weekdayNames as readonly string[]).includes(key)) {
          problems.add(
            "invalid-weekday",
            ["hours", key],
            `unknown weekday \`${key}\``,
            `weekdays are ${weekdayNames.join(", ")}`,
            suggestionList(key, weekdayNames),
          );
        }
      }
      weekdayNames.forEach((name, i) => {
        byDay[i] = hours[name] === undefined ? [] : checkWindows(problems, hours[name], ["hours", name]);
      });
      // A window crossing midnight must end before the next day's first window starts.
      weekdayNames.forEach((name, i) => {
        const today = byDay[i];
        const tomorrow = byDay[(i + 1) % 7];
        const last = today?.[today.length - 1];
        const first = tomorrow?.[0];
        if (last !== undefined && first !== undefined && last.end > 1440 && first.start < last.end - 1440) {
          const next = weekdayNames[(i + 1) % 7] as string;
          problems.add(
            "overlapping-windows",
            ["hours", name],
            `${name}'s window ${formatMinutes(last.start)}-${formatMinutes(last.end - 1440)} runs past ${next}'s first window at ${formatMinutes(first.start)}`,
            `end ${name}'s night window by ${formatMinutes(first.start)}, or start ${next} later`,
          );
        }
      });
    }
  }
  if (spec["adjustedWorkdayHours"] !== undefined)
    checkWindows(problems, spec["adjustedWorkdayHours"], ["adjustedWorkdayHours"]);
  const holidays = spec["holidays"];
  if (holidays !== undefined) {
    if (!Array.isArray(holidays)) {
      problems.add(
        "invalid-holiday-set",
        ["holidays"],
        "`holidays` must be a list of holiday sets",
        'write holidays: [getBuiltinHolidaySet("cn-mainland")]',
      );
    } else {
      const seen = new Set<string>();
      holidays.forEach((set: unknown, i) => {
        checkHolidaySet(problems, set, ["holidays", i]);
        const id = isRecord(set) ? set["id"] : undefined;
        if (typeof id === "string") {
          if (seen.has(id))
            problems.add(
              "invalid-holiday-set",
              ["holidays", i, "id"],
              `holiday set \`${id}\` is listed twice`,
              "list each set once; put local additions in a set of their own",
            );
          seen.add(id);
        }
      });
    }
  }
  const overrides = spec["overrides"];
  if (overrides !== undefined) {
    if (!Array.isArray(overrides)) {
      problems.add(
        "invalid-spec",
        ["overrides"],
        "`overrides` must be a list of { date, hours }",
        'write overrides: [{ date: "2025-12-31", hours: [{ start: "08:30", end: "12:00" }] }]',
      );
    } else {
      const seen = new Set<number>();
      overrides.forEach((item: unknown, i) => {
        const at = ["overrides", i];
        if (!isRecord(item)) {
          problems.add(
            "invalid-spec",
            at,
            `an override must be { date, hours }, got ${show(item)}`,
            'write { date: "2025-12-31", hours: "closed" }',
          );
          return;
        }
        checkKeys(problems, item, overrideKeys, at, "an override");
        checkLabel(problems, item["reason"], [...at, "reason"]);
        const day = checkDate(problems, item["date"], [...at, "date"]);
        if (item["hours"] !== "closed") checkWindows(problems, item["hours"], [...at, "hours"]);
        if (Array.isArray(item["hours"]) && item["hours"].length === 0) {
          problems.add(
            "invalid-hours",
            [...at, "hours"],
            "an override with no windows is a closed day",
            'write hours: "closed"',
          );
        }
        if (day === undefined) return;
        if (seen.has(day))
          problems.add(
            "duplicate-override",
            [...at, "date"],
            `${item["date"] as string} has more than one override`,
            "keep one override per date",
          );
        seen.add(day);
      });
    }
  }
  return problems.list;
}
