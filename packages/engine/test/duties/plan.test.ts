import { planDuties, showOccurrence, type DutyOccurrence, type PlanInput, type Program } from "@yardstick/engine";
import { describe, expect, it } from "vitest";
import { shipped } from "../helpers/compile.js";
import { dutySite } from "./fixture.js";

const program = dutySite();
const show = (p: Program, list: DutyOccurrence[]) => list.map((o) => showOccurrence(o, p.timezone));
const plan = (input: PlanInput, p: Program = program) => [...planDuties(p, input)];
const only = (duty: string, from: string, to: string, extra: Partial<PlanInput> = {}) =>
  plan({ from, to, duties: [duty], ...extra });

describe("recurring duties", () => {
  it("every 2h between 22:00-06:00: blocks across midnight, per zone, with ids from the duty, zone and local time", () => {
    const list = only("night-patrol", "2026-12-31 20:00", "2027-01-01 08:00");
    expect(list.map((o) => o.id)).toEqual([
      "night-patrol/A/20261231T2200",
      "night-patrol/B/20261231T2200",
      "night-patrol/A/20270101T0000",
      "night-patrol/B/20270101T0000",
      "night-patrol/A/20270101T0200",
      "night-patrol/B/20270101T0200",
      "night-patrol/A/20270101T0400",
      "night-patrol/B/20270101T0400",
    ]);
    const first = list[0]!;
    expect(first).toMatchObject({ duty: "night-patrol", zone: "A", roles: ["security"], allDay: false });
    expect(first.checkpoints).toEqual(["gate", "car-park", "lights"]);
    expect(first.due - first.start).toBe(2 * 3_600_000);
    // The last block ends at the window's close, 06:00.
    expect(showOccurrence({ ...list[7]!, at: list[7]!.due }, program.timezone)).toBe("2027-01-01 06:00");
  });

  it("a window that opened the evening before `from` still gives its rounds after `from`", () => {
    expect(show(program, only("night-patrol", "2026-03-07 01:00", "2026-03-07 12:00", { zones: ["A"] }))).toEqual([
      "2026-03-07 02:00",
      "2026-03-07 04:00",
    ]);
  });

  it("times per day: N occurrences in the day, numbered", () => {
    const list = only("garbage", "2026-03-06", "2026-03-08");
    expect(list.map((o) => o.id)).toEqual([
      "garbage/20260306#1",
      "garbage/20260306#2",
      "garbage/20260307#1",
      "garbage/20260307#2",
    ]);
    expect(list.every((o) => o.allDay && o.due - o.start === 86_400_000)).toBe(true);
  });

  it("fixed times", () => {
    expect(show(program, only("garbage-fixed", "2026-03-06", "2026-03-07"))).toEqual([
      "2026-03-06 09:00",
      "2026-03-06 17:00",
    ]);
  });

  it("each: one occurrence per lift per ISO week; a missing item list is reported", () => {
    const list = only("lift-disinfection", "2026-09-28", "2026-10-12", { items: { lifts: ["L1", "L2"] } });
    expect(list.map((o) => o.id)).toEqual([
      "lift-disinfection/L1/20260928",
      "lift-disinfection/L2/20260928",
      "lift-disinfection/L1/20261005",
      "lift-disinfection/L2/20261005",
    ]);
    expect(show(program, [list[0]!, { ...list[0]!, at: list[0]!.due }])).toEqual(["2026-09-28", "2026-10-05"]);
    const none = planDuties(program, { from: "2026-09-28", to: "2026-10-12", duties: ["lift-disinfection"] });
    expect([...none]).toEqual([]);
    expect(none.diagnostics.map((d) => d.code)).toEqual(["missing-items"]);
  });

  it("items per site: each site plans its own lifts", () => {
    const list = plan({
      from: "2026-09-28",
      to: "2026-10-05",
      duties: ["lift-disinfection"],
      sites: [
        { id: "north", items: { lifts: ["N1"] } },
        { id: "south", items: { lifts: ["S1", "S2"] } },
      ],
    });
    expect(list.map((o) => o.id)).toEqual([
      "lift-disinfection/north/N1/20260928",
      "lift-disinfection/south/S1/20260928",
      "lift-disinfection/south/S2/20260928",
    ]);
  });

  it("working days per calendar: National Day 2025 off, the Sunday worked before it (调休) on", () => {
    expect(show(program, only("office-check", "2025-09-26", "2025-10-13"))).toEqual([
      "2025-09-26 09:00",
      "2025-09-28 09:00",
      "2025-09-29 09:00",
      "2025-09-30 09:00",
      "2025-10-09 09:00",
      "2025-10-10 09:00",
      "2025-10-11 09:00",
    ]);
  });

  it("every 6h at any hour, every 14 days, monthly days skipping short months, quarters by a time", () => {
    expect(show(program, only("hourly-round", "2026-03-06", "2026-03-07"))).toEqual([
      "2026-03-06 00:00",
      "2026-03-06 06:00",
      "2026-03-06 12:00",
      "2026-03-06 18:00",
    ]);
    const fortnights = only("fortnightly", "2026-01-01", "2026-03-01");
    // Counted in fortnights from a fixed Monday (1970-01-05), so any window gives the same days.
    expect(fortnights.map((o) => (o.at - fortnights[0]!.at) / 86_400_000)).toEqual([0, 14, 28, 42]);
    expect(new Date(fortnights[0]!.at + 8 * 3_600_000).getUTCDay()).toBe(1);
    expect(only("fortnightly", "2026-01-19", "2026-02-20").map((o) => o.id)).toEqual(
      fortnights
        .filter((o) => o.at >= Date.parse("2026-01-19T00:00+08:00") && o.at < Date.parse("2026-02-20T00:00+08:00"))
        .map((o) => o.id),
    );
    expect(show(program, only("meter-reading", "2026-01-01", "2026-04-01"))).toEqual([
      "2026-01-01",
      "2026-01-31",
      "2026-02-01",
      "2026-03-01",
      "2026-03-31",
    ]);
    // Planned at the due time on the quarter's last day.
    expect(show(program, only("quarterly-report", "2026-01-01", "2027-01-01"))).toEqual([
      "2026-03-31 17:00",
      "2026-06-30 17:00",
      "2026-09-30 17:00",
      "2026-12-31 17:00",
    ]);
  });

  it("RRULE through the rrule library, at the rule's hour", () => {
    expect(show(program, only("second-saturday", "2026-01-01", "2026-04-01"))).toEqual([
      "2026-01-10 10:00",
      "2026-02-14 10:00",
      "2026-03-14 10:00",
    ]);
  });
});

describe("triggered and date-relative duties", () => {
  it("an event opens an occurrence due within its window, in the event's zone only", () => {
    const result = planDuties(program, {
      from: "2026-06-15",
      to: "2026-06-16",
      duties: ["standing-water"],
      events: [
        { type: "rain_stopped", at: "2026-06-15 14:20", zone: "B", id: "rain-1" },
        { type: "rain_stopped", at: "2026-06-15 15:00", zone: "Z" },
        { type: "door_opened", at: "2026-06-15 15:00" },
      ],
    });
    const list = [...result];
    expect(list.map((o) => [o.id, showOccurrence(o, program.timezone)])).toEqual([
      ["standing-water/B/rain-1", "2026-06-15 15:20"],
    ]);
    expect(list[0]!.trigger).toEqual({
      event: "rain_stopped",
      at: Date.parse("2026-06-15T14:20:00+08:00"),
      id: "rain-1",
    });
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([["unknown-zone", ["events", 1, "zone"]]]);
  });

  it("month arithmetic ends on the last day of a shorter month, in both directions", () => {
    const subjects = [
      { id: "u1", data: { "unit.warrantyEnd": "2026-03-31" } },
      { id: "u2", data: { unit: { warrantyEnd: "2028-03-31" } } },
      { id: "u3", data: { "unit.warrantyEnd": "2026-10-15" } },
      { id: "u4", data: {} },
      { id: "u5", data: { "unit.warrantyEnd": "31/03/2026" } },
    ];
    const result = planDuties(program, {
      from: "2026-01-01",
      to: "2029-01-01",
      duties: ["warranty-reminder"],
      subjects,
    });
    expect([...result].map((o) => [o.id, showOccurrence(o, program.timezone)])).toEqual([
      ["warranty-reminder/u1/20260228", "2026-02-28"],
      ["warranty-reminder/u3/20260915", "2026-09-15"],
      ["warranty-reminder/u2/20280229", "2028-02-29"],
    ]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["missing-date", "invalid-date"]);
    const after = only("handover-check", "2026-01-01", "2026-12-31", {
      subjects: [{ id: "h", data: { handover: "2026-01-31" } }],
    });
    expect(show(program, after)).toEqual(["2026-02-28"]);
  });
});

describe("the seed's duties", () => {
  const harbour = shipped("seed/harbour-view");
  it("twice-daily garbage in three zones, a week of lifts, vacant units and the night patrol", () => {
    const list = plan(
      { from: "2026-03-06", to: "2026-03-07", items: { lifts: ["1号梯"], "vacant-units": ["6-1203"] } },
      harbour,
    );
    const count = (duty: string) => list.filter((o) => o.duty === duty).length;
    expect(count("garbage")).toBe(6);
    expect(count("night-patrol")).toBe(3 * 4);
    expect(count("lift-disinfection")).toBe(0); // planned on Mondays: 2026-03-06 is a Friday
    const week = plan(
      { from: "2026-03-02", to: "2026-03-09", items: { lifts: ["1号梯", "2号梯"], "vacant-units": ["6-1203"] } },
      harbour,
    );
    expect(week.filter((o) => o.duty === "lift-disinfection").map((o) => o.item)).toEqual(["1号梯", "2号梯"]);
    expect(week.filter((o) => o.duty === "vacant-unit-inspection").map((o) => o.checkpoints.length)).toEqual([5]);
  });

  it("yearly tree pruning plan", () => {
    const group = shipped("seed/group");
    expect(show(group, plan({ from: "2026-01-01", to: "2028-01-01", duties: ["tree-pruning-plan"] }, group))).toEqual([
      "2026-01-01",
      "2027-01-01",
    ]);
  });
});
