import { suggestionList } from "@yardstick/calendar";
import { clockCalendarOf, clockPriorities } from "../../model/clocks.js";
import type { RuleContext } from "../rule-context.js";
import { phrase } from "../../diagnostics/codes.js";

/**
 * A clock's targets must cover every priority it applies to (a target per priority, or one for
 * all); targets counted in working time need a calendar that has working time; and an amount of
 * plain hours on a calendar with working hours is counted in working time, which is said aloud
 * (`ambiguous-hours`, decision 0060) because a reader may take `24h` for a day and a night.
 */
export function clockTargetsRule(ctx: RuleContext): void {
  for (const [id, kind] of Object.entries(ctx.model.tickets)) {
    for (const [clockId, clock] of Object.entries(kind.clocks)) {
      const path = ["tickets", id, "clocks", clockId];
      // Judged by the targets written: one written but unparsable is reported as such, not as missing.
      const written = ctx.input.tickets?.[id]?.clocks?.[clockId]?.target;
      // A list of choices is one target for every priority, as a single deadline is.
      if (written !== null && typeof written === "object" && !Array.isArray(written)) {
        const missing = withoutMistyped(
          clockPriorities(kind, clock).filter((p) => !(p in written)),
          Object.keys(written).filter((key) => !kind.priorities.some((p) => p.id === key)),
        );
        if (missing.length)
          ctx.report({
            code: "missing-target",
            path: [...path, "target"],
            ...phrase("missing-target", "missing", {
              clock: clockId,
              priorities: missing.map((p) => `\`${p}\``).join(", "),
              entries: missing.map((p) => `\`${p}: …\``).join(", "),
            }),
          });
      }
      const targets = [
        ...Object.entries(clock.targets).map(([priority, target]) => ({
          priority,
          target,
          at: priority === "*" ? [...path, "target"] : [...path, "target", priority],
        })),
        ...Object.entries(clock.targetChoices ?? {}).flatMap(([priority, choices]) =>
          choices.map((choice, i) => ({
            priority,
            target: choice.target,
            at: [...(priority === "*" ? [...path, "target"] : [...path, "target", priority]), i, "target"],
          })),
        ),
      ];
      for (const { priority, target, at } of targets) {
        const calendarId = clockCalendarOf(clock, priority === "*" ? null : priority);
        const calendar = Object.hasOwn(ctx.model.calendars, calendarId) ? ctx.model.calendars[calendarId] : undefined;
        const v = target.value;
        if (calendarId === "24x7") {
          const needsCalendar =
            (v.kind === "duration" && v.business) ||
            v.kind === "workdays" ||
            v.kind === "end-of-workday" ||
            (v.kind === "at-time" && v.workdays > 0);
          if (needsCalendar)
            ctx.report({
              code: "business-time-without-calendar",
              path: at,
              ...phrase("business-time-without-calendar", "on24x7", { target: target.text, clock: clockId }),
            });
        } else if (v.kind === "duration" && !v.business && calendar !== undefined && calendar.hours !== "24x7") {
          const working =
            v.ms % 3_600_000 === 0
              ? `${v.ms / 3_600_000} working hours`
              : `${Math.round(v.ms / 60_000)} working minutes`;
          ctx.report({
            code: "ambiguous-hours",
            path: at,
            ...phrase("ambiguous-hours", "working", { target: target.text, calendar: calendarId, working }),
          });
        }
      }
    }
  }
}

/**
 * The priorities still missing once each target key that names no priority (`unknown-priority`)
 * is taken for the missing one closest to it: `{ urgnet: 15m }` is one mistake, the unknown key, not
 * also no target for `urgent`. A key close to none of them leaves the list as it is.
 */
function withoutMistyped(missing: string[], unknownKeys: string[]): string[] {
  const left = [...missing];
  for (const key of unknownKeys) {
    const [meant] = suggestionList(key, left);
    if (meant !== undefined) left.splice(left.indexOf(meant), 1);
  }
  return left;
}
