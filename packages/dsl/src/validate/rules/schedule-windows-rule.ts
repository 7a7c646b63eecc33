import type { Path } from "@yardstick/calendar";
import type { RecurringSchedule } from "../../model/standard-model.js";
import type { RuleContext } from "../rule-context.js";

const DAY_MINUTES = 24 * 60;

/** Minutes after the window's start (0 … length), or undefined when `minutes` is outside it. */
function offsetInWindow(minutes: number, start: number, length: number): number | undefined {
  const offset = (minutes - start + DAY_MINUTES) % DAY_MINUTES;
  return offset <= length ? offset : undefined;
}

/**
 * A recurring duty's schedule must be able to produce occurrences that make sense: a window that
 * fits its interval, times inside its window, a tolerance shorter than its interval, days of the
 * month that exist, and one way of saying when (RRULE or the simple keys, not both).
 */
export function scheduleWindowsRule(ctx: RuleContext): void {
  for (const [id, duty] of Object.entries(ctx.model.duties)) {
    if (duty.schedule.kind !== "recurring") continue;
    const s: RecurringSchedule = duty.schedule;
    const path: Path = ["duties", id];
    const impossible = (at: Path, message: string, hint: string) =>
      ctx.report({ code: "impossible-schedule", path: at, message: message, hint: hint });
    if (
      s.rrule &&
      (s.every || s.between || s.at.length || s.monthly.length || ctx.input.duties?.[id]?.days !== undefined)
    ) {
      impossible(
        [...path, "rrule"],
        "`rrule` cannot be combined with `every`, `between`, `at`, `days` or `monthly`",
        "write the whole schedule as an RRULE, or drop `rrule`",
      );
    }
    if (s.quota && (s.every || s.at.length || s.monthly.length || s.between)) {
      impossible(
        [...path, "per"],
        "`times`/`per` say how often in a period; `every`, `at`, `between` and `monthly` say it another way",
        "keep one: `times: 2, per: day` (any time in the day) or `at: [09:00, 17:00]` (fixed times)",
      );
    }
    if (s.by && (s.every || s.at.length))
      impossible(
        [...path, "by"],
        "`by` sets a deadline in the day; `every` and `at` already fix the times",
        "use `by` with `times`/`per` or on its own (once a day, by that time)",
      );
    if (s.between && !s.every && s.at.length === 0)
      impossible(
        [...path, "between"],
        "`between` says when, but not how often",
        "add `every: 2h` (rounds within the window) or `at:` times inside it",
      );
    if (s.every && s.at.length)
      impossible(
        [...path, "at"],
        "`every` and `at` both say when the duty is due",
        "use `every` (with `between`) for rounds, or `at` for fixed times",
      );
    if (s.monthly.length && ctx.input.duties?.[id]?.days !== undefined)
      impossible(
        [...path, "monthly"],
        "`monthly` and `days` both choose days",
        "use `monthly: [1, 15]` or `days: mon`, not both",
      );
    if (s.monthly.some((d) => d > 28))
      ctx.report({
        code: "short-month",
        path: [...path, "monthly"],
        message: `day ${Math.max(...s.monthly)} does not exist in every month`,
        hint: "such months skip the duty; use a day up to 28, or an RRULE with BYMONTHDAY=-1 for the last day",
        severity: "warning",
      });
    const every = s.every?.value;
    if (s.between) {
      const range = s.between.value;
      if (every && every.kind === "duration" && every.ms > range.minutes * 60_000) {
        impossible(
          [...path, "every"],
          `every ${s.every!.text} does not fit in the window ${s.between.text} (${range.minutes} minutes)`,
          "shorten the interval or widen the window; for one round a night use `at:`",
        );
      }
      s.at.forEach((t, i) => {
        if (offsetInWindow(t.value.minutes, range.start.minutes, range.minutes) === undefined) {
          impossible(
            [...path, "at", i],
            `${t.text} is outside the window ${s.between!.text}`,
            "move the time inside the window, or widen `between`",
          );
        }
      });
    }
    if (every && every.kind !== "duration" && s.between)
      impossible(
        [...path, "every"],
        `every ${s.every!.text} is counted in days, so a daily window \`between\` cannot hold it`,
        "use hours within a window (`every: 2h`), or drop `between`",
      );
    const tolerance = duty.tolerance?.value;
    if (every && tolerance && every.kind === "duration" && tolerance.kind === "duration" && tolerance.ms >= every.ms) {
      ctx.report({
        code: "overlapping-occurrences",
        path: [...path, "tolerance"],
        message: `a tolerance of ${duty.tolerance!.text} is not shorter than the interval ${s.every!.text}`,
        hint: "a late round would overlap the next one; make the tolerance shorter than `every`",
        severity: "warning",
      });
    }
  }
}
