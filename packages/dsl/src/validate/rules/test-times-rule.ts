import type { Path } from "@yardstick/calendar";
import { validDate } from "../../model/days.js";
import type { RuleContext } from "../rule-context.js";
import { phrase } from "../../diagnostics/codes.js";

/** `2026-03-06 17:55`, `2026-03-06T17:55`, with seconds or an offset; or a bare date where a day is meant. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[ T]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The times in scenario tests must be times: a test that says `due: tomorrow` can never pass,
 * and would only fail once the runner reads it. Local times are read in the standard's zone.
 */
export function testTimesRule(ctx: RuleContext): void {
  for (const [id, test] of Object.entries(ctx.model.tests)) {
    const path: Path = ["tests", id];
    const check = (value: string | undefined, at: Path, dateOnly: "allowed" | "required" | "no") => {
      if (value === undefined) return;
      const match = DATE_TIME.exec(value.trim());
      const hasTime = match?.[2] !== undefined;
      if (match && validDate(match[1]!) && (dateOnly === "allowed" || (dateOnly === "required") !== hasTime)) return;
      const form = dateOnly === "required" ? "date" : dateOnly === "allowed" ? "dateOrTime" : "time";
      ctx.report({ code: "invalid-datetime", path: at, ...phrase("invalid-datetime", form, { value }) });
    };
    if (test.subject.kind === "duty") {
      check(test.subject.from, [...path, "from"], "allowed");
      check(test.subject.to, [...path, "to"], "allowed");
    }
    test.steps.forEach((step, i) => check(step.at, [...path, "steps", i, "at"], "no"));
    test.expect.forEach((e, i) => {
      check(e.at, [...path, "expect", i, "at"], "no");
      check(e.due, [...path, "expect", i, "due"], "no");
      e.occurrences?.forEach((o, j) => check(o, [...path, "expect", i, "occurrences", j], "allowed"));
    });
  }
}
