/**
 * Targets chosen by when the clock starts (a season, office hours or not, the clause in force),
 * and whether a clock is in force at all when it starts. Compiled once per clock into tests on
 * the start instant; a cycle's choice is fixed by its start, so a ticket follows the clause in
 * force when its clock started (decision 0061).
 */
import type { Calendar, Deadline } from "@yardstick/calendar";
import type { ClockModel, StandardModel, TargetChoiceModel, Timed } from "@yardstick/dsl";
import { DateTime } from "luxon";

export interface CompiledChoice {
  holds: (startedAt: number) => boolean;
  target: Timed<Deadline>;
}

/** The local date (`2026-03-06`), month (1–12) and minute of the day of an instant in a zone. */
function localParts(t: number, timezone: string): { date: string; month: number; minutes: number } {
  const d = DateTime.fromMillis(t, { zone: timezone });
  return { date: d.toFormat("yyyy-MM-dd"), month: d.month, minutes: d.hour * 60 + d.minute };
}

/** Whether a local date lies in an inclusive window (dates compare as text). */
function inWindow(date: string, from: string | undefined, until: string | undefined): boolean {
  return (from === undefined || date >= from) && (until === undefined || date <= until);
}

export function compileChoice(
  choice: TargetChoiceModel,
  timezone: string,
  calendars: ReadonlyMap<string, Calendar>,
): CompiledChoice {
  const outside = choice.outside === undefined ? undefined : calendars.get(choice.outside);
  const inside = choice.inside === undefined ? undefined : calendars.get(choice.inside);
  const between = choice.between?.value;
  return {
    target: choice.target,
    holds(t) {
      const local = localParts(t, timezone);
      if (choice.months !== undefined && !choice.months.includes(local.month)) return false;
      if (!inWindow(local.date, choice.from, choice.until)) return false;
      if (outside !== undefined && outside.isWorkingTime(t)) return false;
      if (inside !== undefined && !inside.isWorkingTime(t)) return false;
      if (between !== undefined) {
        const { start, end } = between;
        const m = local.minutes;
        const inRange =
          start.minutes < end.minutes ? m >= start.minutes && m < end.minutes : m >= start.minutes || m < end.minutes;
        if (!inRange) return false;
      }
      return true;
    },
  };
}

/** Whether a clock (and its standard) is in force on the local date of `t`: `effective: { from, until }`. */
export function compileInForce(
  clock: ClockModel,
  standard: StandardModel,
  timezone: string,
): ((t: number) => boolean) | undefined {
  const windows = [standard.effective, clock.effective].filter((w) => w !== undefined);
  if (windows.length === 0) return undefined;
  return (t) => {
    const { date } = localParts(t, timezone);
    return windows.every((w) => inWindow(date, w.from, w.until));
  };
}
