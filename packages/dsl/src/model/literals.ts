/**
 * The closed lists of words the model uses, each defined once: the input schema, the model
 * schema, the builders and the engine take them from here.
 */

/** Calendar periods an audit or a duty quota counts in. */
export const PERIODS = ["day", "week", "month", "quarter", "year"] as const;
export type Period = (typeof PERIODS)[number];

/** What a KPI measures. */
export const KPI_MEASURES = [
  "clock-met-rate",
  "rework-rate",
  "duty-completion-rate",
  "checkpoint-coverage",
  "fact",
  "clock-duration",
  "ticket-count",
] as const;
export type KpiMeasure = (typeof KPI_MEASURES)[number];

/** The three kinds of duty schedule. */
export const DUTY_KINDS = ["recurring", "triggered", "date-relative"] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/** The two readings of `every` (see docs/reference/duties.md): fixed blocks, or a rolling gap. */
export const DUTY_READINGS = ["blocks", "rolling"] as const;
export type DutyReading = (typeof DUTY_READINGS)[number];

/** What a scenario test may expect of a clock (`status:`), as the engine reports it. */
export const CLOCK_STATUSES = [
  "running",
  "paused",
  "stopped",
  "warning",
  "breached",
  "cancelled",
  "not-started",
] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

/** Comparisons of a priority matcher. */
export const MATCH_OPERATORS = ["eq", "ne", "in", "notIn", "gt", "gte", "lt", "lte", "exists"] as const;

export const FIELD_TYPES = ["string", "number", "boolean", "date"] as const;
export const OWNERSHIPS = ["first-contact", "assigned"] as const;
export const AUDIT_SCOPES = ["zone", "site"] as const;
export const RULE_SEVERITIES = ["minor", "major", "critical"] as const;
/** How a `clock-duration` KPI totals its cycles. */
export const DURATION_STATS = ["average", "sum", "percentile"] as const;
/** The units a `clock-duration` KPI is given in. */
export const DURATION_UNITS = ["minutes", "hours", "days"] as const;
/** The unit of a KPI's value and target. */
export const KPI_UNITS = ["percent", "number", ...DURATION_UNITS] as const;
