// The duty forms added for issue 9's "the language, where duties need more": seasons, a weekday
// deadline, N times within hours, dates of the year, holiday- and duty-anchored dates, a crew.
import { planDuties, reconcile, showOccurrence, type PlanInput, type Program } from "@yardstick/engine";
import { describe, expect, it } from "vitest";
import { compileText } from "../helpers/compile.js";

const program = compileText(`
standard: duty-language
version: "1"
title: { en: Duty language }
timezone: Asia/Shanghai
holidaySets:
  statutory:
    title: { zh: 法定节假日, en: Statutory holidays }
    years: [2026]
    holidays:
      - { dates: 2026-01-01, name: { en: New Year } }
      - { dates: 2026-10-01..2026-10-07, name: { en: National Day } }
calendars:
  office: { hours: { mon-fri: 08:30-17:30 }, holidays: statutory }
roles:
  security: { title: { en: Security } }
  cleaner: { title: { en: Cleaner } }
  service-desk: { title: { en: Service desk } }
duties:
  pool-check:
    title: { zh: 泳池巡查, en: Pool check }
    every: 2h
    between: 10:00-20:00
    months: jun-sep
  supervisor-check:
    title: { en: Engineering supervisor's check }
    by: fri
  supervisor-check-office:
    title: { en: Supervisor check on working days }
    per: week
    by: fri 17:00
    calendar: office
  corridor-sweep:
    title: { en: Corridors swept }
    times: 3
    per: day
    between: 07:00-19:00
  year-end-greeting:
    title: { en: Year-end greeting }
    yearly: 12-31
    at: 10:00
  holiday-eve-greeting:
    title: { zh: 节前问候, en: Holiday eve greeting }
    before: 1 day
    of: holidays
    calendar: office
  move-out-inspection:
    title: { en: Move-out inspection }
    after: 1 day
    of: lease.end
  move-out-reminder:
    title: { en: Move-out reminder }
    before: 30 days
    of: move-out-inspection
  night-round-crew:
    title: { en: Night round by two officers }
    role: security
    times: 1
    per: day
    between: 22:00-06:00
    crew: 2
    checkpoints: [gate, car-park]
`);

const plan = (input: PlanInput, p: Program = program) => [...planDuties(p, input)];
const show = (input: PlanInput) => plan(input).map((o) => showOccurrence(o, program.timezone));

describe("seasons", () => {
  it("every 2 hours between 10:00 and 20:00 from June to September: nothing in May, five rounds a day in June", () => {
    expect(show({ from: "2026-05-30", to: "2026-06-02", duties: ["pool-check"] })).toEqual([
      "2026-06-01 10:00",
      "2026-06-01 12:00",
      "2026-06-01 14:00",
      "2026-06-01 16:00",
      "2026-06-01 18:00",
    ]);
    expect(plan({ from: "2026-09-30", to: "2026-10-02", duties: ["pool-check"] })).toHaveLength(5);
  });

  it("a season is months, not days of the month: every day of June is planned, not 6 to 9", () => {
    const june = plan({ from: "2026-06-01", to: "2026-07-01", duties: ["pool-check"] });
    expect(new Set(june.map((o) => showOccurrence(o, program.timezone).slice(0, 10))).size).toBe(30);
  });
});

describe("weekly, by Friday", () => {
  it("`by: fri`: once a week, due at the end of Friday, open from Monday", () => {
    const [o, ...rest] = plan({ from: "2026-03-02", to: "2026-03-09", duties: ["supervisor-check"] });
    expect(rest).toEqual([]);
    expect(showOccurrence({ ...o!, at: o!.start }, program.timezone)).toBe("2026-03-02 00:00");
    expect(showOccurrence({ ...o!, at: o!.due }, program.timezone)).toBe("2026-03-07 00:00");
  });

  it("a Friday that is a holiday moves the deadline to the working day before it", () => {
    // Friday 2026-10-02 is in National Day (10-01..10-07): that week is due on Wednesday 09-30.
    const list = plan({ from: "2026-09-28", to: "2026-10-12", duties: ["supervisor-check-office"] });
    expect(list.map((o) => showOccurrence(o, program.timezone))).toEqual(["2026-09-30 17:00", "2026-10-09 17:00"]);
  });
});

describe("N times within hours of the day", () => {
  it("`times: 3, per: day, between: 07:00-19:00`: three numbered occurrences, each open 07:00-19:00", () => {
    const list = plan({ from: "2026-03-06", to: "2026-03-07", duties: ["corridor-sweep"] });
    expect(list.map((o) => o.id)).toEqual([
      "corridor-sweep/20260306T0700#1",
      "corridor-sweep/20260306T0700#2",
      "corridor-sweep/20260306T0700#3",
    ]);
    for (const o of list) {
      expect(showOccurrence({ ...o, at: o.start }, program.timezone)).toBe("2026-03-06 07:00");
      expect(showOccurrence({ ...o, at: o.due }, program.timezone)).toBe("2026-03-06 19:00");
    }
  });
});

describe("dates of the year and holiday-relative dates", () => {
  it("`yearly: 12-31` at 10:00: once a year, across the year end", () => {
    expect(show({ from: "2026-01-01", to: "2028-01-01", duties: ["year-end-greeting"] })).toEqual([
      "2026-12-31 10:00",
      "2027-12-31 10:00",
    ]);
  });

  it("`before: 1 day, of: holidays`: the eve of each holiday of the calendar (a week-long holiday has one eve)", () => {
    expect(show({ from: "2025-12-01", to: "2027-01-01", duties: ["holiday-eve-greeting"] })).toEqual([
      "2025-12-31",
      "2026-09-30",
    ]);
  });

  it("`of: holidays` with a host field named `holidays`: the calendar's holidays, and a warning that the field is not read", () => {
    const result = planDuties(program, {
      from: "2025-12-01",
      to: "2027-01-01",
      duties: ["holiday-eve-greeting"],
      subjects: [
        { id: "u1", data: { "lease.end": "2026-03-31" } },
        { id: "u2", data: { holidays: "2026-05-01" } },
      ],
    });
    expect([...result].map((o) => showOccurrence(o, program.timezone))).toEqual(["2025-12-31", "2026-09-30"]);
    // The set lists 2026 only: December 2025 is planned without its holidays, and said so (decision 0085).
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.subject, d.path.join(".")])).toEqual([
      ["holiday-data-missing", "warning", "holiday-eve-greeting", "from"],
      ["shadowed-field", "warning", "u2", "subjects.1.data.holidays"],
    ]);
    expect(result.diagnostics[0]!.message).toBe(
      "duty `holiday-eve-greeting` is planned in 2025 on calendar `office`, but holiday set `statutory` has no data for 2025",
    );
  });
});

describe("a duty anchored on another duty", () => {
  it("30 days before another duty: from each of its occurrences, where it is", () => {
    const list = plan({
      from: "2026-01-01",
      to: "2027-01-01",
      duties: ["move-out-reminder"],
      subjects: [
        { id: "6-1203", data: { "lease.end": "2026-03-31" } },
        { id: "2-0501", data: { "lease.end": "2027-01-15" } },
      ],
    });
    expect(list.map((o) => [o.id, showOccurrence(o, program.timezone)])).toEqual([
      ["move-out-reminder/move-out-inspection/6-1203/20260401", "2026-03-02"],
      ["move-out-reminder/move-out-inspection/2-0501/20270116", "2026-12-17"],
    ]);
  });
});

describe("a crew", () => {
  const night = () => plan({ from: "2026-03-06 12:00", to: "2026-03-07 12:00", duties: ["night-round-crew"] });

  it("at least one round in 22:00–06:00 by 2 officers: one occurrence a night, open across midnight", () => {
    const [o, ...rest] = night();
    expect(rest).toEqual([]);
    expect(showOccurrence({ ...o!, at: o!.start }, program.timezone)).toBe("2026-03-06 22:00");
    expect(showOccurrence({ ...o!, at: o!.due }, program.timezone)).toBe("2026-03-07 06:00");
  });

  it("is done when two different people logged it; one officer alone is partial, missing one", () => {
    const base = { duty: "night-round-crew", checkpoints: ["gate", "car-park"] };
    const two = reconcile(program, {
      occurrences: night(),
      logs: [
        { ...base, at: "2026-03-07 01:00", by: "wang" },
        { ...base, at: "2026-03-07 01:05", by: "li" },
      ],
      now: "2026-03-07 12:00",
    });
    expect(two.outcomes.map((o) => [o.status, o.by])).toEqual([["done", ["wang", "li"]]]);
    const one = reconcile(program, {
      occurrences: night(),
      logs: [{ ...base, at: "2026-03-07 01:00", by: "wang" }],
      now: "2026-03-07 12:00",
    });
    expect(one.outcomes.map((o) => [o.status, o.missingCrew])).toEqual([["partial", 1]]);
    const together = reconcile(program, {
      occurrences: night(),
      logs: [{ ...base, at: "2026-03-07 07:00", by: ["wang", "li"] }],
      now: "2026-03-07 12:00",
    });
    expect(together.outcomes.map((o) => o.status)).toEqual(["late"]);
  });

  it("a missed occurrence lists every checkpoint as missed", () => {
    const { outcomes } = reconcile(program, { occurrences: night(), logs: [], now: "2026-03-07 12:00" });
    expect(outcomes.map((o) => [o.status, o.missedCheckpoints])).toEqual([["missed", ["gate", "car-park"]]]);
  });
});
