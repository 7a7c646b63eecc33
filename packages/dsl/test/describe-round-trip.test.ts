import { type Deadline, describeDeadline } from "@yardstick/calendar";
import { parseDeadline } from "@yardstick/dsl";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

const n = fc.integer({ min: 0, max: 40 });
const positive = fc.integer({ min: 1, max: 40 });
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => ({ time: `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`, minutes: h * 60 + m }));

/** Every deadline the calendar counts, as the standards language can write it. */
const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  // Elapsed time in whole seconds; working time in quarter hours (the language counts it in hours).
  fc.integer({ min: 1, max: 100_000 }).map((s): Deadline => ({ kind: "duration", ms: s * 1000, business: false })),
  fc.integer({ min: 1, max: 400 }).map((q): Deadline => ({ kind: "duration", ms: q * 900_000, business: true })),
  positive.map((days): Deadline => ({ kind: "calendar-days", days })),
  positive.map((months): Deadline => ({ kind: "calendar-months", months })),
  positive.map((workdays): Deadline => ({ kind: "workdays", workdays })),
  n.map((days): Deadline => ({ kind: "end-of-day", days })),
  n.map((workdays): Deadline => ({ kind: "end-of-workday", workdays })),
  fc.tuple(time, n).map(([t, days]): Deadline => ({ kind: "at-time", ...t, days, workdays: 0 })),
  fc.tuple(time, positive).map(([t, workdays]): Deadline => ({ kind: "at-time", ...t, days: 0, workdays })),
);

describe("describeDeadline", () => {
  test("what it writes, the language reads back as the same deadline", () => {
    fc.assert(
      fc.property(deadline, (d) => {
        const text = describeDeadline(d);
        expect(parseDeadline(text), text).toEqual({ ok: true, value: d });
      }),
      { numRuns: 2000 },
    );
  });

  test("ordinals are English ordinals", () => {
    expect(describeDeadline({ kind: "end-of-workday", workdays: 2 })).toBe("end of the 2nd workday after");
    expect(describeDeadline({ kind: "end-of-workday", workdays: 3 })).toBe("end of the 3rd workday after");
    expect(describeDeadline({ kind: "end-of-day", days: 11 })).toBe("end of the 11th day after");
    expect(describeDeadline({ kind: "end-of-day", days: 21 })).toBe("end of the 21st day after");
    expect(describeDeadline({ kind: "at-time", time: "16:00", minutes: 960, days: 0, workdays: 2 })).toBe(
      "2nd workday after by 16:00",
    );
    expect(describeDeadline({ kind: "calendar-months", months: 1 })).toBe("1 month");
  });
});
