/** The handbook's dated week: the planner's occurrences of one real week, holidays and 调休 named. */
import { buildHandbook, datedWeek, formatShort, isEngineError, planDuties, renderHandbook } from "@yardstick/engine";
import { describe, expect, test } from "vitest";
import { compileShipped } from "../helpers/shipped.js";

const program = compileShipped("seed/harbour-view");

describe("datedWeek", () => {
  test("the week of 2026-10-01: Monday 09-28 to Sunday 10-04, National Day from Thursday", () => {
    const week = datedWeek(program, "2026-10-01", "zh");
    expect([week.from, week.to]).toEqual(["2026-09-28", "2026-10-04"]);
    expect(week.days.map((d) => [d.date, d.weekday, d.note?.name ?? ""])).toEqual([
      ["2026-09-28", "周一", ""],
      ["2026-09-29", "周二", ""],
      ["2026-09-30", "周三", ""],
      ["2026-10-01", "周四", "国庆节"],
      ["2026-10-02", "周五", "国庆节"],
      ["2026-10-03", "周六", "国庆节"],
      ["2026-10-04", "周日", "国庆节"],
    ]);
    expect(week.days[3]!.note!.kind).toBe("holiday");
    const row = (duty: string) => week.rows.find((r) => r.duty === duty)!;
    // Night rounds every 2 hours in three zones, through the holiday.
    expect(row("night-patrol").counts).toEqual([12, 12, 12, 12, 12, 12, 12]);
    expect(row("night-patrol").cells[3]).toBe("00:00 ×3 02:00 ×3 04:00 ×3 22:00 ×3");
    // Garbage twice a day in three zones; the festival greeting on 10-01 only; the discount day on Sunday.
    expect(row("garbage").cells).toEqual(Array(7).fill("全天 ×6"));
    expect(row("festival-greetings").counts).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(row("paid-service-discount-day").counts).toEqual([0, 0, 0, 0, 0, 0, 1]);
    // A week's duty is due by Sunday, a month's (October starts on Thursday) by the month's end.
    expect(row("lift-disinfection").cells[0]).toBe("10-04 前");
    expect(row("monthly-fee-bill").cells[3]).toBe("10-31 前");
    expect(row("peak-hour-traffic-guidance").cells[5]).toBe("07:00 17:00");
  });

  test("the week after: the holiday ends on Wednesday 10-07 and Saturday 10-10 is a working day (调休)", () => {
    const week = datedWeek(program, "2026-10-07", "en");
    expect(week.from).toBe("2026-10-05");
    expect(week.days.map((d) => [d.weekday, d.note?.kind ?? "", d.note?.name ?? ""])).toEqual([
      ["Mon", "holiday", "National Day"],
      ["Tue", "holiday", "National Day"],
      ["Wed", "holiday", "National Day"],
      ["Thu", "", ""],
      ["Fri", "", ""],
      ["Sat", "adjusted-workday", "National Day adjusted working day"],
      ["Sun", "", ""],
    ]);
    expect(week.rows.find((r) => r.duty === "garbage")!.cells[0]).toBe("any time ×6");
  });

  test("every occurrence the planner lists for the week is in a cell, on its day", () => {
    const week = datedWeek(program, "2026-11-18", "en");
    const zone = program.timezone;
    const plan = planDuties(program, {
      from: "2026-11-16T00:00:00+08:00",
      to: "2026-11-23T00:00:00+08:00",
      items: { lifts: ["lifts"], "vacant-units": ["vacant-units"] },
    });
    const byDay = new Map<string, number>();
    for (const o of plan) {
      const key = `${o.duty} ${formatShort(o.at, zone).slice(0, 10)}`;
      byDay.set(key, (byDay.get(key) ?? 0) + 1);
    }
    const cells = new Map<string, number>();
    for (const r of week.rows)
      r.counts.forEach((n, i) => {
        if (n > 0) cells.set(`${r.duty} ${week.days[i]!.date}`, n);
      });
    expect(cells).toEqual(byDay);
    expect(week.days.every((d) => d.note === undefined)).toBe(true);
  });

  test("a date that is not one is refused with a code and a hint", () => {
    for (const bad of ["2026-02-30", "2026-10", "next week"]) {
      let error: unknown;
      try {
        datedWeek(program, bad, "en");
      } catch (e) {
        error = e;
      }
      expect(isEngineError(error), bad).toBe(true);
      expect(error).toMatchObject({ code: "invalid-input", path: ["week"] });
      expect((error as Error).message).toContain(`\`${bad}\``);
    }
  });

  test("the handbook carries it with the week option, in Markdown and HTML", () => {
    const handbook = buildHandbook(program, { lang: "zh", week: "2026-10-07" });
    expect(handbook.week?.from).toBe("2026-10-05");
    expect(buildHandbook(program, { lang: "zh" }).week).toBeUndefined();
    const md = renderHandbook(handbook, { format: "md" });
    expect(md).toContain("### 2026-10-05 至 2026-10-11 这一周的例行任务");
    expect(md).toContain("| 周六 10-10 国庆节调休上班 |");
    const html = renderHandbook(handbook, { format: "html" });
    expect(html).toContain(
      '<th data-date="2026-10-10" class="adjusted-workday">周六 10-10<br><span class="day-note">国庆节调休上班</span></th>',
    );
  });
});
