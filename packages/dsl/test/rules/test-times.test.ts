import { knownReferencesRule, testTimesRule } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { HEADER_LINES, minimalStandard, repairTicket } from "../helpers/minimal-standard.js";
import { ruleDiagnostics } from "../helpers/rule-harness.js";
import { yaml } from "../helpers/yaml.js";

const line = (n: number) => HEADER_LINES + n;
const withTests = (tests: string) => minimalStandard(`${repairTicket()}\n${yaml`${tests}`}`);
/** `repairTicket()` takes these lines of the body, before `tests:`. */
const TICKET_LINES = 12;

describe("test-times", () => {
  test("a time that is not a time is reported where it is written", () => {
    const text = withTests(`
      tests:
        evening:
          ticket: repair
          steps:
            - { at: "2026-03-06 17:55", event: dispatch }
          expect:
            - { at: "2026-03-06 25:00", state: dispatched }
            - { due: tomorrow }
    `);
    expect(ruleDiagnostics(testTimesRule, text)).toEqual([
      {
        code: "invalid-datetime",
        severity: "error",
        line: line(TICKET_LINES + 7),
        column: 15,
        message: "`2026-03-06 25:00` is not a local time like `2026-03-06 17:55` (or ISO with an offset)",
      },
      {
        code: "invalid-datetime",
        severity: "error",
        line: line(TICKET_LINES + 8),
        column: 16,
        message: "`tomorrow` is not a local time like `2026-03-06 17:55` (or ISO with an offset)",
      },
    ]);
  });

  test("a duty test's window may be dates; a date that does not exist is not one", () => {
    const text = minimalStandard(yaml`
      duties:
        garbage: { title: { en: Garbage }, at: [09:00, 17:00] }
      tests:
        week:
          duty: garbage
          from: 2026-03-02
          to: 2026-02-30
          expect:
            - { occurrences: ["2026-03-02 09:00", "2026-03-02"] }
    `);
    expect(ruleDiagnostics(testTimesRule, text)).toMatchObject([
      {
        code: "invalid-datetime",
        line: line(7),
        message: "`2026-02-30` is not a date or a local time like `2026-03-06 17:55`",
      },
    ]);
  });

  test("near miss: seconds, an offset and ISO's T are times; the rule alone reports no unknown names", () => {
    const text = withTests(`
      tests:
        evening:
          ticket: repair
          steps:
            - { at: "2026-03-06T17:55:30+08:00", event: no_such_event }
          expect:
            - { at: "2026-03-06 18:00:00", due: "2026-03-06T18:10Z" }
    `);
    expect(ruleDiagnostics(testTimesRule, text)).toEqual([]);
    // Run with the references rule, the unknown event is reported: the harness ran one rule only.
    expect(ruleDiagnostics(knownReferencesRule, text).map((d) => d.code)).toEqual(["unknown-event"]);
  });
});
