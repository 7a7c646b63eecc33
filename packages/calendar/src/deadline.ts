/**
 * A deadline as people write it in a standard ("15m", "1 workday", "end of next workday",
 * "by 18:00"), in typed form. The DSL parses text into these; `deadlineFrom` in this package
 * turns one into an instant on a calendar. Every variant is plain JSON.
 */
export type Deadline =
  /** `15m`, `4h`, `PT15M`, `15分钟`, `半小时`: time on the clock's calendar (elapsed on 24x7). `business: true` for `8 business hours` / `8工作小时`, which needs working hours. */
  | { kind: "duration"; ms: number; business: boolean }
  /** `2d`, `1w`, `P2D`, `3天`, `1周`: the same local wall-clock time N calendar days later. */
  | { kind: "calendar-days"; days: number }
  /** `1 month`, `P1M`, `1个月`, `1 year`: N calendar months later; a missing day clamps to the month's end (民法典 art. 202). */
  | { kind: "calendar-months"; months: number }
  /** `1 workday`, `3 workdays`, `1个工作日`: by the end of the N-th working day after the day of the start. */
  | { kind: "workdays"; workdays: number }
  /** `end of day`, `当天`, `当日` (days 0); `end of tomorrow`, `次日` (days 1): 24:00 of that calendar day. */
  | { kind: "end-of-day"; days: number }
  /** `end of workday` (0), `end of next workday` (1): the close of business hours of that working day. */
  | { kind: "end-of-workday"; workdays: number }
  /**
   * `by 18:00` (days 0), `next day by 09:00` (days 1), `next workday by 16:00` (workdays 1):
   * that wall-clock time on the day chosen. `time` is `HH:MM`, `minutes` the same as minutes after midnight.
   */
  | { kind: "at-time"; time: string; minutes: number; days: number; workdays: number };

/** The kinds of `Deadline`, in the order the docs list them. */
export const deadlineKinds = [
  "duration",
  "calendar-days",
  "calendar-months",
  "workdays",
  "end-of-day",
  "end-of-workday",
  "at-time",
] as const satisfies readonly Deadline["kind"][];
