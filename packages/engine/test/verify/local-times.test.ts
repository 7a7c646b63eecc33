/**
 * Local times in scenarios and `--at` are read in the standard's zone without looking at the host's
 * clock: the same text gives the same instant whatever `Date.now()` says. (luxon's `fromISO` with a
 * zone guesses the offset from the current time, so an ambiguous time used to depend on the season.)
 */
import { formatShort, instantFrom } from "@yardstick/engine";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

const JANUARY = Date.parse("2026-01-15T12:00:00Z");
const JULY = Date.parse("2026-07-15T12:00:00Z");

const realNow = Date.now;

function readAt(now: number, text: string, zone: string): number | undefined {
  Date.now = () => now;
  try {
    return instantFrom(text, zone);
  } finally {
    Date.now = realNow;
  }
}

describe("instantFrom reads wall-clock times by the zone's offsets alone", () => {
  test("a time that happens twice is its first occurrence, in January and in July alike", () => {
    // New York falls back 02:00 EDT → 01:00 EST on 2026-11-01: 01:30 happens at 05:30Z and 06:30Z.
    const first = Date.parse("2026-11-01T05:30:00Z");
    expect(readAt(JANUARY, "2026-11-01 01:30", "America/New_York")).toBe(first);
    expect(readAt(JULY, "2026-11-01 01:30", "America/New_York")).toBe(first);
    // Sydney falls back 03:00 AEDT → 02:00 AEST on 2026-04-05: 02:30 is first at 15:30Z the day before.
    const sydney = Date.parse("2026-04-04T15:30:00Z");
    expect(readAt(JANUARY, "2026-04-05 02:30", "Australia/Sydney")).toBe(sydney);
    expect(readAt(JULY, "2026-04-05 02:30", "Australia/Sydney")).toBe(sydney);
  });

  test("a time skipped by a clock change moves forward by the gap", () => {
    // New York springs forward 02:00 → 03:00 on 2026-03-08: 02:30 is read as 03:30 EDT.
    expect(readAt(JANUARY, "2026-03-08 02:30", "America/New_York")).toBe(Date.parse("2026-03-08T07:30:00Z"));
    expect(readAt(JULY, "2026-03-08 02:30", "America/New_York")).toBe(Date.parse("2026-03-08T07:30:00Z"));
  });

  test("what is not a time is undefined; 24:00 is the next midnight", () => {
    for (const text of ["2026-02-30 10:00", "2026-13-01", "2026-01-01 10:60", "2026-01-01 24:01", "soon"])
      expect({ text, at: instantFrom(text, "Asia/Shanghai") }).toEqual({ text, at: undefined });
    expect(instantFrom("2026-01-01 24:00", "Asia/Shanghai")).toBe(Date.parse("2026-01-02T00:00:00+08:00"));
    expect(instantFrom("2026-03-06", "Asia/Shanghai")).toBe(Date.parse("2026-03-06T00:00:00+08:00"));
    expect(instantFrom("2026-03-06T17:55:30.5", "Asia/Shanghai")).toBe(Date.parse("2026-03-06T17:55:30.500+08:00"));
  });

  test("any minute in zones with clock changes: the same instant whatever the host's clock, shown back as written", () => {
    const zones = ["America/New_York", "Europe/London", "Australia/Sydney", "America/Sao_Paulo", "Asia/Shanghai"];
    const start = Date.UTC(2019, 0, 1);
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 10 * 366 * 1440 }), (zone, minute) => {
        const text = new Date(start + minute * 60_000).toISOString().slice(0, 16).replace("T", " ");
        const winter = readAt(JANUARY, text, zone);
        const summer = readAt(JULY, text, zone);
        expect(winter).toBe(summer);
        // Shown back in the zone, a time that exists reads as written; a skipped one lands later.
        const shown = formatShort(winter!, zone);
        expect(shown >= text).toBe(true);
        if (shown !== text) expect(readAt(JANUARY, shown, zone)).toBe(winter);
      }),
      { numRuns: 500, seed: 8 },
    );
  });
});
