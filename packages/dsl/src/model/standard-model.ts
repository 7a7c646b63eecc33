/**
 * The resolved Standard model: what the engine compiles. Plain JSON (no classes, no `undefined`
 * inside arrays), every time expression parsed, every default filled in, `extends` merged.
 * `formatVersion` changes whenever this shape changes incompatibly.
 */
import type { CalendarSpec, Deadline, HolidaySet } from "@yardstick/calendar";
import type { ClockRange, Duration, EscalationTrigger, TimeOfDay } from "../time/index.js";

export const FORMAT_VERSION = 1;

export interface Label {
  zh?: string;
  en?: string;
}

/** Where a value came from: `file:line:col` and the standard that declared it. */
export interface Origin {
  standard: string;
  file: string;
  line: number;
  column: number;
}

/** A time expression as written, and its parsed value. */
export interface Timed<T> {
  text: string;
  value: T;
}

export type MatchOperator = "eq" | "ne" | "in" | "notIn" | "gt" | "gte" | "lt" | "lte" | "exists";
export interface MatchTest {
  field: string;
  op: MatchOperator;
  value: string | number | boolean | (string | number | boolean)[];
}
/** All tests must hold. An empty list matches every ticket. */
export type Matcher = MatchTest[];

export interface CalendarModel extends CalendarSpec {
  id: string;
  title?: Label;
}

export interface RoleModel {
  id: string;
  title: Label;
  reportsTo?: string;
}

export interface EscalationChainModel {
  id: string;
  title?: Label;
  levels: string[];
}

export interface TransitionModel {
  to: string;
  when?: Matcher;
  title?: Label;
}

export interface StateModel {
  id: string;
  title?: Label;
  final: boolean;
  /** Event → transitions, tried in order (a `when` guard picks among them). */
  on: Record<string, TransitionModel[]>;
}

export type Condition = { kind: "state"; state: string } | { kind: "event"; event: string; when?: Matcher };

export interface EscalationLevel {
  at: Timed<EscalationTrigger>;
  notify: string[];
  title?: Label;
}

export interface ClockModel {
  id: string;
  title: Label;
  start: Condition[];
  stop: Condition[];
  pause: Condition[];
  resume: Condition[];
  reset: Condition[];
  cancel: Condition[];
  /** Target per priority id; the key `*` holds a target that applies to every priority. Empty when `dueAt` is set. */
  targets: Record<string, Timed<Deadline>>;
  /** The ticket field holding an agreed due time (约定时间), instead of a target. */
  dueAt?: string;
  calendar: string;
  /** Warning thresholds as percentages of the target, ascending. */
  warn: number[];
  escalation: EscalationLevel[];
}

export interface PriorityModel {
  id: string;
  title?: Label;
  when: Matcher;
  default: boolean;
}

export interface FieldModel {
  id: string;
  title?: Label;
  type: "string" | "number" | "boolean" | "date";
  values?: (string | number | boolean)[];
}

export interface TicketKindModel {
  id: string;
  title: Label;
  fields: Record<string, FieldModel>;
  initial: string;
  states: Record<string, StateModel>;
  events: Record<string, { id: string; title?: Label }>;
  /** In evaluation order: the first whose matcher holds is the ticket's priority. */
  priorities: PriorityModel[];
  clocks: Record<string, ClockModel>;
  rework?: { within: Timed<Duration>; same: string[]; reopen: boolean };
  ownership: "first-contact" | "assigned";
}

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export interface RecurringSchedule {
  kind: "recurring";
  every?: Timed<Duration>;
  between?: Timed<ClockRange>;
  at: Timed<TimeOfDay>[];
  /** Days of the week it runs on; all seven when not restricted. */
  days: Weekday[];
  monthly: number[];
  rrule?: string;
  /** `times` occurrences in each calendar `per` period, at any time within it. */
  quota?: { times: number; per: "day" | "week" | "month" | "quarter" | "year" };
  /** Due by this time of day (each day, or the period's last day). */
  by?: Timed<TimeOfDay>;
}
export interface TriggeredSchedule {
  kind: "triggered";
  on: string;
  within: Timed<Duration>;
}
export interface DateRelativeSchedule {
  kind: "date-relative";
  direction: "before" | "after";
  offset: Timed<Duration>;
  of: string;
}

export interface DutyModel {
  id: string;
  title: Label;
  schedule: RecurringSchedule | TriggeredSchedule | DateRelativeSchedule;
  roles: string[];
  zones: string[];
  checkpoints: { id: string; title?: Label }[];
  calendar?: string;
  tolerance?: Timed<Duration>;
  notify: string[];
  escalation: EscalationLevel[];
  /** One occurrence per item of this host-supplied set (`vacant-units`, `lifts`). */
  each?: string;
}

export interface KpiModel {
  id: string;
  title: Label;
  measure: "clock-met-rate" | "rework-rate" | "duty-completion-rate" | "checkpoint-coverage" | "fact";
  ticket?: string;
  clock?: string;
  duty?: string;
  fact?: string;
  /** Bounds in the KPI's unit; percentages are stored as numbers 0–100. */
  target: { min?: number; max?: number; unit: "percent" | "number"; inclusive: boolean };
}

/** json-rules-engine's condition shape, plus `{ kpi, met }` which the engine turns into a fact. */
export type RuleCondition =
  | { fact: string; operator: string; value: unknown; path?: string }
  | { kpi: string; met: boolean }
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition };

export interface RuleModel {
  id: string;
  title: Label;
  when: RuleCondition;
  severity: "minor" | "major" | "critical";
  points: number;
}

export interface AuditModel {
  id: string;
  title: Label;
  period: "day" | "week" | "month" | "quarter" | "year";
  per: "zone" | "site";
  /** With `per: zone`, the data field that names the zone. */
  zoneField?: string;
  kpis: Record<string, KpiModel>;
  rules: Record<string, RuleModel>;
  scoring: { start: number; floor: number; rank: boolean };
}

export interface TestStep {
  at: string;
  event: string;
  data?: Record<string, string | number | boolean>;
}
export interface TestExpectation {
  at?: string;
  state?: string;
  priority?: string;
  clock?: string;
  due?: string;
  status?: string;
  notified?: string[];
  occurrences?: string[];
}
export interface TestModel {
  id: string;
  title?: Label;
  subject: { kind: "ticket"; ticket: string } | { kind: "duty"; duty: string; from?: string; to?: string };
  data: Record<string, string | number | boolean>;
  steps: TestStep[];
  expect: TestExpectation[];
}

export interface StandardModel {
  formatVersion: typeof FORMAT_VERSION;
  id: string;
  version: string;
  title: Label;
  description?: Label;
  timezone: string;
  /** The standards this one extends, nearest first. */
  extends: string[];
  /** `sha256:` of the model's content (everything but `hash` and `origins`); tickets pin it. */
  hash: string;
  holidaySets: Record<string, HolidaySet>;
  calendars: Record<string, CalendarModel>;
  roles: Record<string, RoleModel>;
  escalations: Record<string, EscalationChainModel>;
  tickets: Record<string, TicketKindModel>;
  duties: Record<string, DutyModel>;
  audits: Record<string, AuditModel>;
  tests: Record<string, TestModel>;
  /** Where each value of the merged document came from, by JSON Pointer into the YAML. */
  origins: Record<string, Origin>;
}
