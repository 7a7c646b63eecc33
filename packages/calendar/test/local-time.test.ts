import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CalendarError, instantFromLocal } from "@yardstick/calendar";
import { describe, expect, test } from "vitest";

const reference = readFileSync(fileURLToPath(new URL("../../../docs/reference/calendar.md", import.meta.url)), "utf8");

describe("instantFromLocal", () => {
  test("every example in the reference gives the instant its comment says", () => {
    const examples = [
      ...reference.matchAll(/^instantFromLocal\("([^"]+)", "([^"]+)"\); \/\/ Date\.parse\("([^"]+)"\)/gm),
    ];
    expect(examples.length).toBe(3);
    for (const [, local, zone, iso] of examples) expect(instantFromLocal(local!, zone!), local).toBe(Date.parse(iso!));
  });

  test("the forms people write: a space or T, seconds, milliseconds, a date alone, 24:00", () => {
    const at = (iso: string) => Date.parse(iso);
    expect(instantFromLocal("2026-03-06T17:55", "Asia/Shanghai")).toBe(at("2026-03-06T17:55:00+08:00"));
    expect(instantFromLocal(" 2026-03-06 17:55:30.250 ", "Asia/Shanghai")).toBe(at("2026-03-06T17:55:30.250+08:00"));
    expect(instantFromLocal("2026-03-06", "Asia/Shanghai")).toBe(at("2026-03-06T00:00:00+08:00"));
    expect(instantFromLocal("2026-03-06 24:00", "Asia/Shanghai")).toBe(at("2026-03-07T00:00:00+08:00"));
    expect(instantFromLocal("2026-07-01 12:00", "America/New_York")).toBe(at("2026-07-01T12:00:00-04:00"));
  });

  test("not a local time, or not a zone: a CalendarError with its code", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof CalendarError ? error.code : "not a CalendarError";
      }
      return "no error";
    };
    for (const bad of ["2026-02-30 09:00", "2026-03-06 25:00", "2026-03-06 24:01", "tomorrow", "2026-03-06 9:00"])
      expect(
        code(() => instantFromLocal(bad, "Asia/Shanghai")),
        bad,
      ).toBe("invalid-instant");
    expect(code(() => instantFromLocal("2026-03-06 09:00", "Asia/Shangai"))).toBe("invalid-timezone");
  });
});
