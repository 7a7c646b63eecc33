// Deadlines computed past the holiday data (decision 0085): clock-started and deadline-changed say
// which years of which set the deadline counted without holidays and 调休.
import { applyEvent, openTicket, planDuties } from "@yardstick/engine";
import { describe, expect, test } from "vitest";
import { at, compileText } from "./helpers/compile.js";

const program = compileText(`
standard: coverage
version: 1
title: { en: Coverage }
timezone: Asia/Shanghai
calendars:
  office: { hours: { mon-fri: 08:30-17:30 }, holidays: cn-mainland }
tickets:
  repair:
    title: { en: Repair }
    priorities:
      urgent: { when: { urgent: true } }
      routine: {}
    states:
      reported: { on: { arrive: on_site } }
      on_site: {}
    clocks:
      attend:
        title: { en: Attend }
        start: reported
        stop: on_site
        target: { urgent: 1 workday, routine: 5 workdays }
        calendar: office
      elapsed:
        title: { en: Round the clock }
        start: reported
        stop: on_site
        target: 10d
duties:
  office-check:
    title: { en: Office check }
    at: 09:00
    calendar: office
`);

const started = (local: string, data = {}) =>
  openTicket(program, { id: "T-1", kind: "repair", at: at(local), data }).effects.filter(
    (e) => e.kind === "clock-started",
  );

describe("holidayDataMissing on the deadlines the engine computes", () => {
  test("a deadline inside the covered years carries nothing", () => {
    for (const e of started("2026-03-02 10:00")) expect(e).not.toHaveProperty("holidayDataMissing");
  });

  test("a deadline that runs into 2027 on 2025–2026 data names the set and the year", () => {
    const [attend, elapsed] = started("2026-12-28 10:00");
    expect(attend!.deadline).toBe(at("2027-01-04 17:30"));
    expect(attend!.holidayDataMissing).toEqual([
      expect.objectContaining({ code: "holiday-data-missing", year: 2027, set: "cn-mainland" }),
    ]);
    expect(attend!.holidayDataMissing![0]!.message).toContain("2027");
    // Round the clock has no holidays to miss.
    expect(elapsed).not.toHaveProperty("holidayDataMissing");
  });

  test("a priority change that moves the deadline past the data says so on deadline-changed", () => {
    const t = openTicket(program, { id: "T-1", kind: "repair", at: at("2026-12-28 10:00"), data: { urgent: true } });
    expect(t.effects.find((e) => e.clock === "attend")).not.toHaveProperty("holidayDataMissing");
    const r = applyEvent(program, t.ticket, { type: "arrive", at: at("2026-12-28 10:05"), data: { urgent: false } });
    const changed = r.effects.find((e) => e.kind === "deadline-changed" && e.clock === "attend");
    expect(changed?.holidayDataMissing?.map((w) => w.year)).toEqual([2027]);
  });
});

describe("a duty planned past the holiday data", () => {
  test("a plan inside 2025–2026 says nothing; one into 2027 warns, once, naming the year and the set", () => {
    expect(planDuties(program, { from: "2026-12-01", to: "2027-01-01" }).diagnostics).toEqual([]);
    const plan = planDuties(program, { from: "2026-12-28", to: "2027-01-08" });
    expect(plan.diagnostics).toEqual([
      {
        code: "holiday-data-missing",
        severity: "warning",
        message:
          "duty `office-check` is planned in 2027 on calendar `office`, but holiday set `cn-mainland` has no data for 2027",
        hint: expect.stringContaining("add the year's holiday set"),
        path: ["to"],
        subject: "office-check",
      },
    ]);
  });
});
