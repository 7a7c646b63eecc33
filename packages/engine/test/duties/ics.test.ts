import { dutiesToIcs, planDuties } from "@yardstick/engine";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { shipped } from "../helpers/compile.js";
import { dutySite } from "./fixture.js";

/** Every instance of every VEVENT, expanded by ical.js (not our parser): `[uid, start ISO, end ISO or date]`. */
function expand(ics: string, until: string): { uid: string; summary: string; start: string; end: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const out: { uid: string; summary: string; start: string; end: string }[] = [];
  for (const vevent of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(vevent);
    const it = event.iterator();
    for (let next = it.next(); next !== null && next !== undefined; next = it.next()) {
      if (next.toString() > until) break;
      const details = event.getOccurrenceDetails(next);
      const show = (t: ICAL.Time) => (t.isDate ? t.toString() : new Date(t.toUnixTime() * 1000).toISOString());
      out.push({ uid: event.uid, summary: event.summary, start: show(details.startDate), end: show(details.endDate) });
    }
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.uid < b.uid ? -1 : 1));
}

describe(".ics export, read back by ical.js", () => {
  it("timed series (night patrol), all-day series (twice a day), triggered events: every instance intact", () => {
    const program = dutySite();
    const plan = [
      ...planDuties(program, {
        from: "2026-03-06",
        to: "2026-03-08",
        duties: ["night-patrol", "garbage", "standing-water"],
        zones: ["A"],
        events: [{ type: "rain_stopped", at: "2026-03-06 14:20", zone: "A", id: "rain-1" }],
      }),
    ];
    const ics = dutiesToIcs(program, plan);
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const events = expand(ics, "2027");
    const ours = plan
      .map((o) => ({
        start: o.allDay
          ? new Date(o.start + 8 * 3_600_000).toISOString().slice(0, 10)
          : new Date(o.start).toISOString(),
        end: o.allDay ? new Date(o.due + 8 * 3_600_000).toISOString().slice(0, 10) : new Date(o.due).toISOString(),
      }))
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    expect(events.map(({ start, end }) => ({ start, end }))).toEqual(ours);
    expect(events.length).toBe(plan.length);
    const patrol = events.filter((e) => e.uid.startsWith("night-patrol/A"));
    expect(new Set(patrol.map((e) => e.uid)).size).toBe(1);
    expect(patrol.length).toBe(8);
    expect(patrol[0]).toMatchObject({
      summary: "Night patrol",
      start: "2026-03-05T16:00:00.000Z",
      end: "2026-03-05T18:00:00.000Z",
    });
    expect(events.find((e) => e.uid.startsWith("standing-water"))).toMatchObject({
      start: "2026-03-06T06:20:00.000Z",
      end: "2026-03-06T07:20:00.000Z",
    });
  });

  it("Chinese titles and zones survive folding and escaping; the same plan gives the same file", () => {
    const program = shipped("seed/harbour-view");
    const input = { from: "2026-03-06", to: "2026-03-07", duties: ["night-patrol", "garbage"] };
    const ics = dutiesToIcs(program, planDuties(program, input));
    expect(dutiesToIcs(program, planDuties(program, input))).toBe(ics);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const summaries = calendar
      .getAllSubcomponents("vevent")
      .map((v) => [v.getFirstPropertyValue("summary"), v.getFirstPropertyValue("location")]);
    expect(summaries).toContainEqual(["夜间巡逻 · Night patrol", "一区"]);
    expect(summaries).toContainEqual(["垃圾清运 · Garbage removal", "三区"]);
  });
});
