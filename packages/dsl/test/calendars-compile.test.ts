import { readFileSync } from "node:fs";
import { createCalendar, deadlineFrom, formatInstant } from "@yardstick/calendar";
import { loadStandard, type StandardResolver } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { minimalStandard } from "./helpers/minimal-standard.js";
import { yaml } from "./helpers/yaml.js";

const standards = new URL("../../../standards/", import.meta.url);
const read = (id: string) => ({
  file: `standards/${id}.yaml`,
  text: readFileSync(new URL(`${id}.yaml`, standards), "utf8"),
});
const resolve: StandardResolver = (id) => read(id);

describe("the DSL's calendars compile to @yardstick/calendar", () => {
  test.each(["seed/group", "seed/harbour-view"])("every calendar of %s builds and counts time", (id) => {
    const { standard, diagnostics } = loadStandard(read(id).text, { file: read(id).file, resolve });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    for (const spec of Object.values(standard!.calendars)) {
      const calendar = createCalendar(spec);
      expect(calendar.nextWorkingInstant("2026-03-06T10:00:00+08:00")).toBeGreaterThan(0);
    }
  });

  test("the seed's callback — one working day, on the office calendar with cn-mainland — skips National Day", () => {
    const { standard } = loadStandard(read("seed/group").text, { file: "group.yaml", resolve });
    const clock = standard!.tickets.repair!.clocks.callback!;
    const calendar = createCalendar(standard!.calendars[clock.calendar]!);
    const target = clock.targets["*"]!.value;
    expect(target).toEqual({ kind: "workdays", workdays: 1 });
    // Completed on the last working day before the 2026 National Day block (10-01..10-07).
    const due = deadlineFrom(calendar, "2026-09-30T15:00:00+08:00", target);
    expect(formatInstant(calendar, due)).toBe("2026-10-08T18:00:00+08:00");
  });

  test("local closures and adjusted working days written in YAML reach the calendar", () => {
    const source = minimalStandard(yaml`
      calendars:
        office:
          hours: { mon-fri: 09:00-17:00 }
          closed: [2026-06-01]
          workdays: [{ dates: 2026-06-06, name: { en: Make-up day } }]
    `);
    const { standard, diagnostics } = loadStandard(source, { file: "site.yaml" });
    expect(diagnostics).toEqual([]);
    const calendar = createCalendar(standard!.calendars.office!);
    expect(calendar.isWorkday("2026-06-01")).toBe(false); // a Monday, closed
    expect(calendar.isWorkday("2026-06-06")).toBe(true); // a Saturday, worked
    expect(formatInstant(calendar, calendar.nextWorkingInstant("2026-06-05T18:00:00+08:00"))).toBe(
      "2026-06-06T09:00:00+08:00",
    );
  });
});
