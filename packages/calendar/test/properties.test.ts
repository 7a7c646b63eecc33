// Property tests over random calendars, zones (with clock changes) and instants: the arithmetic of
// business time holds exactly, and agrees with a minute-by-minute reference built on luxon alone.
import {
  type Calendar,
  type CalendarSpec,
  type ClockWindow,
  type HolidaySet,
  createCalendar,
  getBuiltinHolidaySet,
  validateCalendarSpec,
} from "@yardstick/calendar";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import { HOUR, MINUTE } from "./support.js";

const zones = [
  "Asia/Shanghai",
  "Europe/London",
  "America/New_York",
  "Australia/Lord_Howe",
  "America/Santiago",
  "UTC",
  "Asia/Kolkata",
] as const;
const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const FROM = Date.UTC(2024, 5, 1);
const TO = Date.UTC(2026, 5, 1);

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** 0–3 windows on a 15-minute grid; sometimes the last one crosses midnight. */
const windowsArb: fc.Arbitrary<ClockWindow[]> = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 }),
    fc.boolean(),
    fc.integer({ min: 1, max: 40 }),
  )
  .map(([points, cross, crossEnd]) => {
    const sorted = [...points].sort((a, b) => a - b);
    const windows: ClockWindow[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2)
      windows.push({ start: hhmm(sorted[i]! * 15), end: hhmm(sorted[i + 1]! * 15) });
    const last = windows[windows.length - 1];
    if (cross && last !== undefined && last.end !== "24:00" && crossEnd * 15 < Number(last.start.slice(0, 2)) * 60)
      last.end = hhmm(crossEnd * 15);
    return windows;
  });

const dateArb = fc
  .integer({ min: Date.UTC(2024, 4, 1) / 86_400_000, max: Date.UTC(2026, 6, 1) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

const holidaySetArb: fc.Arbitrary<HolidaySet> = fc
  .tuple(
    fc.array(fc.tuple(dateArb, fc.integer({ min: 0, max: 9 })), { maxLength: 6 }),
    fc.array(dateArb, { maxLength: 4 }),
  )
  .map(([spans, workdays]) => {
    const holidays = spans.map(([from, length]) => ({
      from,
      to: new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10),
      name: { en: "random" },
    }));
    const taken = (d: string): boolean => holidays.some((h) => d >= h.from && d <= h.to);
    return {
      id: "random",
      years: [2024, 2025, 2026, 2027],
      holidays,
      workdays: [...new Set(workdays)].filter((d) => !taken(d)).map((date) => ({ date })),
    };
  });

const specArb: fc.Arbitrary<CalendarSpec> = fc
  .record({
    timezone: fc.constantFrom(...zones),
    hours: fc.oneof(
      { weight: 1, arbitrary: fc.constant("24x7" as const) },
      { weight: 6, arbitrary: fc.tuple(...weekdays.map(() => windowsArb)) },
    ),
    holidays: fc.oneof<fc.Arbitrary<HolidaySet[]>[]>(
      fc.constant([]),
      holidaySetArb.map((s) => [s]),
      fc.constant([getBuiltinHolidaySet("cn-mainland")!]),
    ),
    overrides: fc.uniqueArray(fc.tuple(dateArb, fc.oneof(fc.constant("closed" as const), windowsArb)), {
      maxLength: 4,
      selector: ([d]) => d,
    }),
    adjusted: fc.option(
      windowsArb.filter((w) => w.length > 0),
      { nil: undefined },
    ),
  })
  .map(({ timezone, hours, holidays, overrides, adjusted }) => {
    const spec: CalendarSpec = {
      timezone,
      hours:
        hours === "24x7"
          ? "24x7"
          : Object.fromEntries(
              weekdays.map((d, i) => [d, hours[i]!]).filter(([, w]) => (w as ClockWindow[]).length > 0),
            ),
      holidays,
      overrides: overrides.map(([date, h]) => ({ date, hours: h === "closed" || h.length > 0 ? h : "closed" })),
    };
    if (adjusted !== undefined) spec.adjustedWorkdayHours = adjusted;
    return spec;
  })
  // Keep specs the calendar accepts (windows of neighbouring days may overlap) that have weekly working time.
  .filter(
    (spec) => validateCalendarSpec(spec).length === 0 && (spec.hours === "24x7" || Object.keys(spec.hours).length > 0),
  );

const calendarArb: fc.Arbitrary<Calendar> = specArb.map((spec) => createCalendar(spec));
const instantArb = fc.integer({ min: FROM, max: TO });
/** Up to three weeks of working time, to the millisecond. */
const durationArb = fc.oneof(
  fc.integer({ min: 0, max: 21 * 24 * HOUR }),
  fc.integer({ min: 0, max: 40 * 60 }).map((m) => m * MINUTE),
);

const runs = { numRuns: 300 };

describe("addWorkingTime and workingTimeBetween", () => {
  test("workingTimeBetween(t, addWorkingTime(t, d)) == d", () => {
    fc.assert(
      fc.property(calendarArb, instantArb, durationArb, (cal, t, d) => {
        expect(cal.workingTimeBetween(t, cal.addWorkingTime(t, d))).toBe(d);
      }),
      runs,
    );
  });

  test("addWorkingTime is monotonic in the start and in the amount", () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, durationArb, durationArb, (cal, t1, t2, d1, d2) => {
        const [a, b] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const [x, y] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(cal.addWorkingTime(a, x)).toBeLessThanOrEqual(cal.addWorkingTime(b, x));
        expect(cal.addWorkingTime(a, x)).toBeLessThanOrEqual(cal.addWorkingTime(a, y));
        expect(cal.addWorkingTime(a, x)).toBeGreaterThanOrEqual(a);
      }),
      runs,
    );
  });

  test("adding a then b equals adding a + b", () => {
    fc.assert(
      fc.property(calendarArb, instantArb, durationArb, durationArb, (cal, t, a, b) => {
        expect(cal.addWorkingTime(cal.addWorkingTime(t, a), b)).toBe(cal.addWorkingTime(t, a + b));
      }),
      runs,
    );
  });

  test("a result lands in working time or on a window's end", () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        durationArb.filter((d) => d > 0),
        (cal, t, d) => {
          const r = cal.addWorkingTime(t, d);
          // The millisecond before the result was counted, so the result is inside a window or is its end.
          expect(cal.isWorkingTime(r - 1)).toBe(true);
          if (!cal.isWorkingTime(r)) expect(cal.nextWorkingInstant(r)).toBeGreaterThan(r);
        },
      ),
      runs,
    );
  });

  test("workingTimeBetween is additive over a midpoint, and nextWorkingInstant is working time", () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, instantArb, (cal, ...ts) => {
        const [a, m, b] = ts.sort((x, y) => x - y) as [number, number, number];
        expect(cal.workingTimeBetween(a, m) + cal.workingTimeBetween(m, b)).toBe(cal.workingTimeBetween(a, b));
        const next = cal.nextWorkingInstant(a);
        expect(cal.isWorkingTime(next)).toBe(true);
        expect(cal.workingTimeBetween(a, next)).toBe(0);
      }),
      runs,
    );
  });
});

describe("working days", () => {
  test("addWorkdays ends at the close of a working day after the start, and counts n working days", () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 1, max: 12 }), (cal, t, n) => {
        const due = cal.addWorkdays(t, n);
        expect(due).toBeGreaterThan(t);
        expect(cal.isWorkingTime(due - 1)).toBe(true);
        expect(cal.addWorkdays(t, n + 1)).toBeGreaterThan(due);
        expect(cal.endOfWorkday(t, n)).toBe(due);
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * The reference: luxon only, minute by minute, straight from the spec. Wall-clock times that do not
 * exist move forward (luxon's own rule); times that happen twice take the first occurrence.
 */
function referenceWorking(spec: CalendarSpec): (t: number) => boolean {
  const zone = spec.timezone;
  const firstWeekly =
    spec.hours === "24x7"
      ? [{ start: "00:00", end: "24:00" }]
      : (weekdays
          .map((d) => (spec.hours as Record<string, ClockWindow[]>)[d])
          .find((w) => w !== undefined && w.length > 0) ?? []);
  const windowsOf = (date: string): ClockWindow[] => {
    const override = spec.overrides?.find((o) => o.date === date);
    if (override !== undefined) return override.hours === "closed" ? [] : override.hours;
    let kind: "holiday" | "workday" | undefined;
    for (const set of spec.holidays ?? []) {
      if (set.holidays.some((h) => date >= h.from && date <= h.to)) kind = "holiday";
      if (set.workdays.some((w) => w.date === date)) kind = "workday";
    }
    if (kind === "holiday") return [];
    if (kind === "workday") return spec.adjustedWorkdayHours ?? firstWeekly;
    if (spec.hours === "24x7") return [{ start: "00:00", end: "24:00" }];
    const weekday = weekdays[DateTime.fromISO(date, { zone: "UTC" }).weekday - 1]!;
    return spec.hours[weekday] ?? [];
  };
  const resolve = (date: string, clock: string, nextDay: boolean): number => {
    const [h, m] = clock.split(":").map(Number) as [number, number];
    const base = DateTime.fromISO(date, { zone }).plus({ days: nextDay || h === 24 ? 1 : 0 });
    const candidate = DateTime.fromObject(
      { year: base.year, month: base.month, day: base.day, hour: h % 24, minute: m },
      { zone },
    );
    let best = candidate.toMillis();
    for (const back of [30, 60, 120]) {
      const earlier = DateTime.fromMillis(candidate.toMillis() - back * MINUTE, { zone });
      if (earlier.hour === candidate.hour && earlier.minute === candidate.minute && earlier.day === candidate.day)
        best = Math.min(best, earlier.toMillis());
    }
    return best;
  };
  const cache = new Map<string, [number, number][]>();
  const intervals = (date: string): [number, number][] => {
    let list = cache.get(date);
    if (list === undefined) {
      list = windowsOf(date).map(
        (w) => [resolve(date, w.start, false), resolve(date, w.end, w.end <= w.start)] as [number, number],
      );
      cache.set(date, list);
    }
    return list;
  };
  return (t) => {
    const local = DateTime.fromMillis(t, { zone });
    for (const date of [local.toISODate()!, local.minus({ days: 1 }).toISODate()!]) {
      if (intervals(date).some(([s, e]) => s <= t && t < e)) return true;
    }
    return false;
  };
}

describe("agreement with a minute-stepping reference on luxon", () => {
  test("isWorkingTime, workingTimeBetween and addWorkingTime match minute by minute over 3 days", () => {
    fc.assert(
      fc.property(
        specArb,
        instantArb.map((t) => t - (t % MINUTE)),
        (spec, t0) => {
          const cal = createCalendar(spec);
          const working = referenceWorking(spec);
          let counted = 0;
          const mismatches: string[] = [];
          for (let x = t0; x < t0 + 3 * 24 * HOUR && mismatches.length === 0; x += MINUTE) {
            const at = new Date(x).toISOString();
            const isWorking = working(x);
            if (cal.isWorkingTime(x) !== isWorking) mismatches.push(`isWorkingTime at ${at}`);
            if (isWorking) {
              counted++;
              if (cal.addWorkingTime(t0, counted * MINUTE) !== x + MINUTE)
                mismatches.push(`addWorkingTime ${counted} min ending ${at}`);
            }
            if (cal.workingTimeBetween(t0, x + MINUTE) !== counted * MINUTE)
              mismatches.push(`workingTimeBetween up to ${at}`);
          }
          expect(mismatches).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  test("around every 2025 clock change of the zones", () => {
    const changes = zones.flatMap((zone) => {
      const found: number[] = [];
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += HOUR) {
        if (DateTime.fromMillis(t, { zone }).offset !== DateTime.fromMillis(t + HOUR, { zone }).offset) found.push(t);
      }
      return found.map((t) => [zone, t] as const);
    });
    expect(changes.length).toBeGreaterThanOrEqual(8);
    fc.assert(
      fc.property(
        specArb,
        fc.constantFrom(...changes),
        fc.integer({ min: -36, max: 12 }),
        (spec, [zone, change], hours) => {
          const zoned = { ...spec, timezone: zone };
          fc.pre(validateCalendarSpec(zoned).length === 0);
          const cal = createCalendar(zoned);
          const working = referenceWorking(zoned);
          const t0 = change - (change % HOUR) + hours * HOUR;
          let counted = 0;
          const mismatches: string[] = [];
          for (let x = t0; x < t0 + 48 * HOUR; x += MINUTE) {
            const isWorking = working(x);
            if (cal.isWorkingTime(x) !== isWorking) mismatches.push(`${zone} ${new Date(x).toISOString()}`);
            if (isWorking) counted++;
          }
          expect(mismatches.slice(0, 3)).toEqual([]);
          expect(cal.workingTimeBetween(t0, t0 + 48 * HOUR)).toBe(counted * MINUTE);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("a 24x7 calendar with no holidays or overrides counts working time by subtraction", () => {
  // The same hours with an empty set of local additions: the year blocks, with nothing closed.
  const empty: HolidaySet = { id: "none", years: [], holidays: [], workdays: [], additions: true };
  const instantArb = fc.integer({ min: Date.UTC(1001, 0, 1), max: Date.UTC(9990, 0, 1) });
  test("the same answers as the year blocks, in zones with clock changes, across years", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.oneof(instantArb, fc.integer({ min: FROM, max: TO })),
        fc.oneof(fc.integer({ min: 0, max: 3 * 366 * 24 * HOUR }), fc.integer({ min: 0, max: 2 * HOUR })),
        fc.integer({ min: -3 * 366 * 24 * HOUR, max: 3 * 366 * 24 * HOUR }),
        (timezone, t, ms, span) => {
          const fast = createCalendar({ timezone, hours: "24x7" });
          const blocks = createCalendar({ timezone, hours: "24x7", holidays: [empty] });
          expect(fast.addWorkingTime(t, ms)).toBe(blocks.addWorkingTime(t, ms));
          const b = Math.min(Math.max(t + span, Date.UTC(1001, 0, 1)), Date.UTC(9997, 0, 1));
          expect(fast.workingTimeBetween(t, b)).toBe(blocks.workingTimeBetween(t, b));
          expect(fast.addWorkingTime(t, ms)).toBe(t + ms);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("bad arguments and the supported years' ends are refused as before", () => {
    const fast = createCalendar({ timezone: "Asia/Shanghai", hours: "24x7" });
    expect(() => fast.addWorkingTime(FROM, -1)).toThrow(/non-negative/);
    expect(() => fast.addWorkingTime(FROM, 0.5)).toThrow(/whole/);
    expect(() => fast.workingTimeBetween(FROM, "soon")).toThrow();
    expect(() => fast.addWorkingTime(Date.UTC(9999, 11, 1), 60 * 24 * HOUR)).toThrow(/outside/);
    expect(fast.workingTimeBetween(FROM, FROM + 5 * MINUTE)).toBe(5 * MINUTE);
  });
});
