/**
 * Time expressions as quality staff write them in a standard (`15m`, `1 workday`,
 * `end of next workday`, `by 18:00`, `22:00-06:00`, `80%`, `breach + 30m`), parsed into typed
 * values. Every parser returns a {@link ParseResult}; none throws.
 */
export type { ClockRange, TimeOfDay, TimeOfDayOptions } from "./parse-clock.js";
export { parseClockRange, parseTimeOfDay } from "./parse-clock.js";
export { deadlineForms, parseDeadline } from "./parse-deadline.js";
export { parseTarget, splitElapsed } from "./parse-target.js";
export type { Duration } from "./parse-duration.js";
export { durationForms, parseDuration } from "./parse-duration.js";
export type { EscalationTrigger } from "./parse-escalation-trigger.js";
export { parseEscalationTrigger } from "./parse-escalation-trigger.js";
export type { Percent, PercentOptions } from "./parse-percent.js";
export { parsePercent } from "./parse-percent.js";
export type { ParseResult } from "./result.js";
export { parseMonths, parseYearDate } from "./parse-months.js";
export { checkRrule } from "./check-rrule.js";
