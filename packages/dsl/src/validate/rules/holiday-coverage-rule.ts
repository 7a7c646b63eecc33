import type { Path } from "@yardstick/calendar";
import { phrase } from "../../diagnostics/codes.js";
import type { Words } from "../../diagnostics/words.js";
import type { ClockModel, StandardModel } from "../../model/standard-model.js";
import type { RuleContext } from "../rule-context.js";

/** `2025–2026`, `2024, 2027`: a run of years as a range, others listed. */
function yearsText(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Each holiday set (not local additions) of the calendars named, with the calendars that use it. */
function setsOf(model: StandardModel, calendars: Iterable<string>) {
  const bySet = new Map<string, { years: number[]; calendars: string[] }>();
  for (const id of new Set(calendars)) {
    for (const set of model.calendars[id]?.holidays ?? []) {
      if (set.additions === true) continue;
      const entry = bySet.get(set.id) ?? { years: set.years, calendars: [] };
      entry.calendars.push(`\`${id}\``);
      bySet.set(set.id, entry);
    }
  }
  return bySet;
}

const clockCalendars = (clock: ClockModel) => [clock.calendar, ...Object.values(clock.calendars ?? {})];

/**
 * Decision 0085: where the standard writes the dates it is used on — its `effective` window, a
 * clock's, its tests' instants — every year they reach must be one the holiday data of the
 * calendars they count on lists; otherwise deadlines there silently lose holidays and 调休.
 */
export function holidayCoverageRule(ctx: RuleContext): void {
  const model = ctx.model;
  const clocks = Object.values(model.tickets).flatMap((k) => Object.values(k.clocks));
  const everyCalendar = [
    ...clocks.flatMap(clockCalendars),
    ...Object.values(model.duties).flatMap((d) => (d.calendar !== undefined ? [d.calendar] : [])),
  ];
  const window = (effective: { from?: string; until?: string }, path: Path, calendars: string[], what: Words): void => {
    for (const [set, { years, calendars: names }] of setsOf(model, calendars)) {
      if (years.length === 0) continue;
      const lo = effective.from !== undefined ? yearOf(effective.from) : Math.min(...years);
      // Without an end, as far as the later of the start and the data: the years of use are not written.
      const hi = effective.until !== undefined ? yearOf(effective.until) : Math.max(lo, Math.max(...years));
      const missing: number[] = [];
      for (let y = lo; y <= hi; y++) if (!years.includes(y)) missing.push(y);
      if (missing.length === 0) continue;
      const late = missing[missing.length - 1]! > Math.max(...years);
      const key = late && effective.until !== undefined ? "until" : effective.from !== undefined ? "from" : "until";
      ctx.report({
        code: "holiday-data-ends",
        path: [...path, key],
        ...phrase("holiday-data-ends", "window", {
          what,
          missing: yearsText(missing),
          set,
          calendars: names.join(", "),
          covered: yearsText(years),
        }),
      });
    }
  };
  if (model.effective !== undefined)
    window(model.effective, ["effective"], everyCalendar, phrase("holiday-data-ends", "theStandard", {}).message);
  for (const [kindId, kind] of Object.entries(model.tickets))
    for (const [clockId, clock] of Object.entries(kind.clocks))
      if (clock.effective !== undefined)
        window(
          clock.effective,
          ["tickets", kindId, "clocks", clockId, "effective"],
          clockCalendars(clock),
          phrase("holiday-data-ends", "theClock", { clock: clockId }).message,
        );
  for (const [testId, test] of Object.entries(model.tests)) {
    const subject = test.subject;
    const calendars =
      subject.kind === "ticket"
        ? Object.values(model.tickets[subject.ticket]?.clocks ?? {}).flatMap(clockCalendars)
        : [model.duties[subject.duty]?.calendar].filter((c): c is string => c !== undefined);
    const dates: [string, Path][] = test.steps.map((step, i) => [step.at, ["tests", testId, "steps", i, "at"]]);
    test.expect.forEach((e, i) => {
      if (e.at !== undefined) dates.push([e.at, ["tests", testId, "expect", i, "at"]]);
    });
    if (subject.kind === "duty") {
      if (subject.from !== undefined) dates.push([subject.from, ["tests", testId, "from"]]);
      if (subject.to !== undefined) dates.push([subject.to, ["tests", testId, "to"]]);
    }
    for (const [set, { years, calendars: names }] of setsOf(model, calendars)) {
      if (years.length === 0) continue;
      // Once per test and set, at the first date outside the data.
      const outside = dates.find(([at]) => /^\d{4}-/.test(at) && !years.includes(yearOf(at)));
      if (outside === undefined) continue;
      ctx.report({
        code: "holiday-data-ends",
        path: outside[1],
        ...phrase("holiday-data-ends", "test", {
          test: testId,
          missing: String(yearOf(outside[0])),
          set,
          calendars: names.join(", "),
          covered: yearsText(years),
        }),
      });
    }
  }
}
