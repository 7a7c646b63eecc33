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
    if (duty.schedule.kind === "date-relative") anchorRule(ctx, id);
    if (duty.schedule.kind !== "recurring") continue;
    const s: RecurringSchedule = duty.schedule;
    const path: Path = ["duties", id];
    const impossible = (at: Path, message: string, hint: string) =>
      ctx.report({ code: "impossible-schedule", path: at, message: message, hint: hint });
    if (
      s.rrule &&
      (s.every ||
        s.between ||
        s.at.length ||
        s.monthly.length ||
        s.months ||
        s.yearly ||
        ctx.input.duties?.[id]?.days !== undefined)
    ) {
      impossible(
        [...path, "rrule"],
        "`rrule` cannot be combined with `every`, `between`, `at`, `days`, `monthly`, `months` or `yearly`",
        "write the whole schedule as an RRULE, or drop `rrule`",
      );
    }
    if (s.yearly && (s.every || s.quota || s.monthly.length || ctx.input.duties?.[id]?.days !== undefined))
      impossible(
        [...path, "yearly"],
        "`yearly` picks the dates; `every`, `times`/`per`, `days` and `monthly` say it another way",
        "keep `yearly: [12-31]` (with `at:` for a time), or drop it",
      );
    if (s.yearly?.includes("02-29"))
      ctx.report({
        code: "short-month",
        path: [...path, "yearly"],
        message: "02-29 is only in leap years",
        hint: "three years in four skip the duty; use 02-28 or 03-01",
        severity: "warning",
      });
    if (s.quota && (s.every || s.at.length || s.monthly.length)) {
      impossible(
        [...path, "per"],
        "`times`/`per` say how often in a period; `every`, `at` and `monthly` say it another way",
        "keep one: `times: 2, per: day` (any time in the day) or `at: [09:00, 17:00]` (fixed times)",
      );
    }
    if (s.by && (s.every || s.at.length))
      impossible(
        [...path, "by"],
        "`by` sets a deadline in the day; `every` and `at` already fix the times",
        "use `by` with `times`/`per` or on its own (once a day, by that time)",
      );
    if (s.between && !s.every && s.at.length === 0 && !s.quota)
      impossible(
        [...path, "between"],
        "`between` says when, but not how often",
        "add `every: 2h` (rounds within the window), `at:` times inside it, or `times: 3, per: day`",
      );
    if (s.by && s.between)
      impossible(
        [...path, "by"],
        "`by` and `between` both say when the day's work ends",
        "keep `between: 07:00-19:00` (the hours it is done in) or `by: 19:00` (a deadline), not both",
      );
    if (s.byDay && s.quota?.per !== "week")
      impossible(
        [...path, "by"],
        `\`by: ${s.byDay}\` is a day of the week, and the duty is counted per ${s.quota?.per ?? "day"}`,
        "a weekday deadline goes with `per: week` (or on its own: once a week, by that day)",
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
    if (s.between && !s.quota) {
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

/** A duty anchored on another duty: not on itself, nor round a circle of anchors. */
function anchorRule(ctx: RuleContext, id: string): void {
  const seen: string[] = [id];
  let current = ctx.model.duties[id];
  while (current?.schedule.kind === "date-relative" && current.schedule.anchor === "duty") {
    const next = current.schedule.of;
    if (seen.includes(next)) {
      ctx.report({
        code: "impossible-schedule",
        path: ["duties", id, "of"],
        message:
          seen.length === 1
            ? `duty \`${id}\` is anchored on itself`
            : `duties are anchored on each other in a circle: ${[...seen, next].join(" → ")}`,
        hint: "anchor the duty on a date of the host's record, `holidays`, or a duty with a schedule of its own",
      });
      return;
    }
    seen.push(next);
    current = ctx.model.duties[next];
  }
}
