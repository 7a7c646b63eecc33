import type { Path } from "@yardstick/calendar";
import type { RecurringSchedule } from "../../model/standard-model.js";
import type { RuleContext } from "../rule-context.js";
import { periodOf, phrase, type Phrased } from "../../diagnostics/codes.js";

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
    const impossible = (at: Path, words: Phrased) => ctx.report({ code: "impossible-schedule", path: at, ...words });
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
      impossible([...path, "rrule"], phrase("impossible-schedule", "rrule", {}));
    }
    if (s.yearly && (s.every || s.quota || s.monthly.length || ctx.input.duties?.[id]?.days !== undefined))
      impossible([...path, "yearly"], phrase("impossible-schedule", "yearly", {}));
    if (s.yearly?.includes("02-29"))
      ctx.report({
        code: "short-month",
        path: [...path, "yearly"],
        ...phrase("short-month", "leapDay", {}),
        severity: "warning",
      });
    if (s.quota && (s.every || s.at.length || s.monthly.length)) {
      impossible([...path, "per"], phrase("impossible-schedule", "quota", {}));
    }
    if (s.by && (s.every || s.at.length)) impossible([...path, "by"], phrase("impossible-schedule", "by", {}));
    if (s.between && !s.every && s.at.length === 0 && !s.quota)
      impossible([...path, "between"], phrase("impossible-schedule", "between", {}));
    if (s.by && s.between) impossible([...path, "by"], phrase("impossible-schedule", "byAndBetween", {}));
    if (s.byDay && s.quota?.per !== "week")
      impossible(
        [...path, "by"],
        phrase("impossible-schedule", "byDay", { day: s.byDay, per: periodOf(s.quota?.per ?? "day") }),
      );
    if (s.every && s.at.length) impossible([...path, "at"], phrase("impossible-schedule", "everyAndAt", {}));
    if (s.monthly.length && ctx.input.duties?.[id]?.days !== undefined)
      impossible([...path, "monthly"], phrase("impossible-schedule", "monthlyAndDays", {}));
    if (s.monthly.some((d) => d > 28))
      ctx.report({
        code: "short-month",
        path: [...path, "monthly"],
        ...phrase("short-month", "day", { day: Math.max(...s.monthly) }),
        severity: "warning",
      });
    const every = s.every?.value;
    if (s.between && !s.quota) {
      const range = s.between.value;
      if (every && every.kind === "duration" && every.ms > range.minutes * 60_000) {
        impossible(
          [...path, "every"],
          phrase("impossible-schedule", "everyTooLong", {
            every: s.every!.text,
            window: s.between.text,
            minutes: range.minutes,
          }),
        );
      }
      s.at.forEach((t, i) => {
        if (offsetInWindow(t.value.minutes, range.start.minutes, range.minutes) === undefined) {
          impossible(
            [...path, "at", i],
            phrase("impossible-schedule", "outsideWindow", { time: t.text, window: s.between!.text }),
          );
        }
      });
    }
    if (every && every.kind !== "duration" && s.between)
      impossible([...path, "every"], phrase("impossible-schedule", "daysInWindow", { every: s.every!.text }));
    const tolerance = duty.tolerance?.value;
    if (every && tolerance && every.kind === "duration" && tolerance.kind === "duration" && tolerance.ms >= every.ms) {
      ctx.report({
        code: "overlapping-occurrences",
        path: [...path, "tolerance"],
        ...phrase("overlapping-occurrences", "tolerance", { tolerance: duty.tolerance!.text, every: s.every!.text }),
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
        ...(seen.length === 1
          ? phrase("impossible-schedule", "anchoredOnItself", { duty: id })
          : phrase("impossible-schedule", "anchorCircle", { cycle: [...seen, next].join(" → ") })),
      });
      return;
    }
    seen.push(next);
    current = ctx.model.duties[next];
  }
}
