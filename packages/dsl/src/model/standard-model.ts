/**
 * The resolved Standard model: what the engine compiles. Plain JSON (no classes, no `undefined`
 * inside arrays), every time expression parsed, every default filled in, `extends` merged.
 * `formatVersion` changes whenever this shape changes incompatibly.
 *
 * One source, as the input schema: these TypeBox definitions give the TypeScript types
 * (`Static<>`), the committed `model.schema.json` and `checkStandardModel` for hosts that store
 * models. The calendar's shapes (`Deadline`, `CalendarSpec`, `HolidaySet`) are written here as
 * schemas too; a type test holds them equal to the calendar's own types.
 */
import { type Static, type TSchema, Type } from "@sinclair/typebox";
import { WEEKDAYS } from "@yardstick/calendar";
import {
  AUDIT_SCOPES,
  CLOCK_STATUSES,
  DURATION_STATS,
  DURATION_UNITS,
  DUTY_KINDS,
  DUTY_READINGS,
  FIELD_TYPES,
  KPI_MEASURES,
  KPI_UNITS,
  MATCH_OPERATORS,
  OWNERSHIPS,
  PERIODS,
  RULE_SEVERITIES,
} from "./literals.js";

export const FORMAT_VERSION = 1 as const;

const oneOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    description === undefined ? {} : { description },
  );
const IdMap = <T extends TSchema>(value: T) => Type.Record(Type.String(), value);
const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);

export const LabelSchema = Type.Object({ zh: Type.Optional(Type.String()), en: Type.Optional(Type.String()) });

/** Where a value came from: `file:line:col` and the standard that declared it. */
export const OriginSchema = Type.Object({
  standard: Type.String(),
  file: Type.String(),
  line: Type.Integer(),
  column: Type.Integer(),
});

/** A time expression as written, and its parsed value. */
export const TimedSchema = <T extends TSchema>(value: T) => Type.Object({ text: Type.String(), value });

// ── time values ─────────────────────────────────────────────────────────────────────────
export const TimeOfDaySchema = Type.Object({ time: Type.String(), minutes: Type.Integer() });
export const ClockRangeSchema = Type.Object({
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
  crossesMidnight: Type.Boolean(),
  minutes: Type.Integer(),
});
const DurationVariants = [
  Type.Object({ kind: Type.Literal("duration"), ms: Type.Number(), business: Type.Boolean() }),
  Type.Object({ kind: Type.Literal("calendar-days"), days: Type.Number() }),
  Type.Object({ kind: Type.Literal("calendar-months"), months: Type.Number() }),
] as const;
export const DurationSchema = Type.Union([...DurationVariants]);
export const DeadlineSchema = Type.Union([
  ...DurationVariants,
  Type.Object({ kind: Type.Literal("workdays"), workdays: Type.Number() }),
  Type.Object({ kind: Type.Literal("end-of-day"), days: Type.Number() }),
  Type.Object({ kind: Type.Literal("end-of-workday"), workdays: Type.Number() }),
  Type.Object({
    kind: Type.Literal("at-time"),
    time: Type.String(),
    minutes: Type.Number(),
    days: Type.Number(),
    workdays: Type.Number(),
  }),
]);
export const EscalationTriggerSchema = Type.Union([
  Type.Object({ anchor: oneOf(["start", "warning", "breach"] as const), offsetMs: Type.Number() }),
  Type.Object({ anchor: Type.Literal("elapsed-percent"), percent: Type.Number() }),
]);

// ── calendars ───────────────────────────────────────────────────────────────────────────
const ClockWindowSchema = Type.Object({ start: Type.String(), end: Type.String() });
const DateSpanSchema = Type.Object({ from: Type.String(), to: Type.String(), name: Type.Optional(LabelSchema) });
export const HolidaySetSchema = Type.Object({
  id: Type.String(),
  title: Type.Optional(LabelSchema),
  sources: Type.Optional(Type.Array(Type.String())),
  years: Type.Array(Type.Integer()),
  holidays: Type.Array(DateSpanSchema),
  workdays: Type.Array(Type.Object({ date: Type.String(), name: Type.Optional(LabelSchema) })),
  additions: Type.Optional(Type.Boolean()),
});
const WeeklyHoursSchema = Type.Partial(
  Type.Object(
    Object.fromEntries(WEEKDAYS.map((d) => [d, Type.Array(ClockWindowSchema)])) as {
      [D in (typeof WEEKDAYS)[number]]: ReturnType<typeof Type.Array<typeof ClockWindowSchema>>;
    },
  ),
);
/** A calendar of the standard: the calendar package's `CalendarSpec`, with its id. */
export const CalendarModelSchema = Type.Object({
  id: Type.String(),
  title: Type.Optional(LabelSchema),
  timezone: Type.String(),
  hours: Type.Union([Type.Literal("24x7"), WeeklyHoursSchema]),
  adjustedWorkdayHours: Type.Optional(Type.Array(ClockWindowSchema)),
  holidays: Type.Optional(Type.Array(HolidaySetSchema)),
  overrides: Type.Optional(
    Type.Array(
      Type.Object({
        date: Type.String(),
        hours: Type.Union([Type.Array(ClockWindowSchema), Type.Literal("closed")]),
        reason: Type.Optional(LabelSchema),
      }),
    ),
  ),
});

// ── roles, escalation, tickets ──────────────────────────────────────────────────────────
export const MatchOperatorSchema = oneOf(MATCH_OPERATORS);
export const MatchTestSchema = Type.Object({
  field: Type.String(),
  op: MatchOperatorSchema,
  value: Type.Union([Scalar, Type.Array(Scalar)]),
});
/** All tests must hold. An empty list matches every ticket. */
export const MatcherSchema = Type.Array(MatchTestSchema);

export const RoleModelSchema = Type.Object({
  id: Type.String(),
  title: LabelSchema,
  reportsTo: Type.Optional(Type.String()),
});
export const EscalationChainModelSchema = Type.Object({
  id: Type.String(),
  title: Type.Optional(LabelSchema),
  levels: Type.Array(Type.String()),
});
export const TransitionModelSchema = Type.Object({
  to: Type.String(),
  when: Type.Optional(MatcherSchema),
  /** Taken only when this clock's latest cycle has breached before the event (decision 0084). */
  afterBreach: Type.Optional(Type.String()),
  title: Type.Optional(LabelSchema),
});
export const StateModelSchema = Type.Object({
  id: Type.String(),
  title: Type.Optional(LabelSchema),
  final: Type.Boolean(),
  /** Event → transitions, tried in order (a `when` guard picks among them). */
  on: IdMap(Type.Array(TransitionModelSchema)),
});
export const ConditionSchema = Type.Union([
  Type.Object({ kind: Type.Literal("state"), state: Type.String() }),
  Type.Object({ kind: Type.Literal("event"), event: Type.String(), when: Type.Optional(MatcherSchema) }),
  /** Holds at the instant another clock of the kind breaches (a start only; decision 0084). */
  Type.Object({ kind: Type.Literal("breach"), clock: Type.String() }),
]);
export const EscalationLevelSchema = Type.Object({
  at: TimedSchema(EscalationTriggerSchema),
  notify: Type.Array(Type.String()),
  title: Type.Optional(LabelSchema),
  /** A clock's level that applies to these priorities only (absent: every priority). */
  priorities: Type.Optional(Type.Array(Type.String())),
});
/** In force from and/or until a local date (both included). */
export const EffectiveSchema = Type.Object({ from: Type.Optional(Type.String()), until: Type.Optional(Type.String()) });
/** A target chosen by when the clock starts: every condition given must hold. */
export const TargetChoiceModelSchema = Type.Object({
  target: TimedSchema(DeadlineSchema),
  /** Months of the start, 1–12. */
  months: Type.Optional(Type.Array(Type.Integer())),
  between: Type.Optional(TimedSchema(ClockRangeSchema)),
  outside: Type.Optional(Type.String()),
  inside: Type.Optional(Type.String()),
  from: Type.Optional(Type.String()),
  until: Type.Optional(Type.String()),
});
export const ClockModelSchema = Type.Object({
  id: Type.String(),
  title: LabelSchema,
  start: Type.Array(ConditionSchema),
  stop: Type.Array(ConditionSchema),
  pause: Type.Array(ConditionSchema),
  resume: Type.Array(ConditionSchema),
  reset: Type.Array(ConditionSchema),
  cancel: Type.Array(ConditionSchema),
  /** Target per priority id; the key `*` holds a target for every priority. Empty when `dueAt` is set. */
  targets: IdMap(TimedSchema(DeadlineSchema)),
  /** Per priority id (or `*`): targets chosen by when the clock starts, the first that holds; none: no target. */
  targetChoices: Type.Optional(IdMap(Type.Array(TargetChoiceModelSchema))),
  /** The ticket field holding an agreed due time (约定时间), instead of a target. */
  dueAt: Type.Optional(Type.String()),
  calendar: Type.String(),
  /** The calendar of a priority that counts on another than `calendar` (a map, or an elapsed target). */
  calendars: Type.Optional(IdMap(Type.String())),
  /** The priorities the clock applies to (absent: every priority). */
  priorities: Type.Optional(Type.Array(Type.String())),
  /** The clause is in force for cycles that start in this window. */
  effective: Type.Optional(EffectiveSchema),
  /** Warning thresholds as percentages of the target, ascending. */
  warn: Type.Array(Type.Number()),
  /** Warning thresholds per priority, when written per priority (`warn` is then empty). */
  warnByPriority: Type.Optional(IdMap(Type.Array(Type.Number()))),
  escalation: Type.Array(EscalationLevelSchema),
  /** Day counts end at 24:00 of the last day (民法典 art. 201, 203): `2d` from Mon 10:00 is Wed 24:00. */
  daysEndAtMidnight: Type.Optional(Type.Literal(true)),
  /** A day count whose last day is a rest day ends on the next working day (民法典 art. 203; decision 0012). */
  rollForwardOnRestDay: Type.Optional(Type.Literal(true)),
});
export const PriorityModelSchema = Type.Object({
  id: Type.String(),
  title: Type.Optional(LabelSchema),
  when: MatcherSchema,
  default: Type.Boolean(),
});
export const FieldModelSchema = Type.Object({
  id: Type.String(),
  title: Type.Optional(LabelSchema),
  type: oneOf(FIELD_TYPES),
  values: Type.Optional(Type.Array(Scalar)),
});
export const TicketKindModelSchema = Type.Object({
  id: Type.String(),
  title: LabelSchema,
  fields: IdMap(FieldModelSchema),
  initial: Type.String(),
  states: IdMap(StateModelSchema),
  events: IdMap(Type.Object({ id: Type.String(), title: Type.Optional(LabelSchema) })),
  /** In evaluation order: the first whose matcher holds is the ticket's priority. */
  priorities: Type.Array(PriorityModelSchema),
  clocks: IdMap(ClockModelSchema),
  rework: Type.Optional(
    Type.Object({ within: TimedSchema(DurationSchema), same: Type.Array(Type.String()), reopen: Type.Boolean() }),
  ),
  ownership: oneOf(OWNERSHIPS),
});

// ── duties ──────────────────────────────────────────────────────────────────────────────
export const RecurringScheduleSchema = Type.Object({
  kind: Type.Literal("recurring"),
  every: Type.Optional(TimedSchema(DurationSchema)),
  /** How `every` is checked: one round per block (default), or each round within `every` of the last. */
  reading: Type.Optional(oneOf(DUTY_READINGS)),
  between: Type.Optional(TimedSchema(ClockRangeSchema)),
  at: Type.Array(TimedSchema(TimeOfDaySchema)),
  /** Days of the week it runs on; all seven when not restricted. */
  days: Type.Array(oneOf(WEEKDAYS)),
  monthly: Type.Array(Type.Integer()),
  /** Months of the year it runs in (1–12): a season; every month when absent. */
  months: Type.Optional(Type.Array(Type.Integer())),
  /** Dates of the year (`MM-DD`) it runs on. */
  yearly: Type.Optional(Type.Array(Type.String())),
  rrule: Type.Optional(Type.String()),
  /** `times` occurrences in each calendar `per` period, at any time within it. */
  quota: Type.Optional(Type.Object({ times: Type.Integer(), per: oneOf(PERIODS) })),
  /** Due by this time of day (each day, or the period's last day). */
  by: Type.Optional(TimedSchema(TimeOfDaySchema)),
  /** With `by: fri`: the weekday of the week it is due by (`by` then holds the time, 24:00 by default). */
  byDay: Type.Optional(oneOf(WEEKDAYS)),
});
export const TriggeredScheduleSchema = Type.Object({
  kind: Type.Literal("triggered"),
  on: Type.String(),
  within: TimedSchema(DurationSchema),
});
export const DateRelativeScheduleSchema = Type.Object({
  kind: Type.Literal("date-relative"),
  direction: oneOf(["before", "after"] as const),
  offset: TimedSchema(DurationSchema),
  of: Type.String(),
  /** What `of` names: a field of the host's record (when absent), the holidays, or another duty. */
  anchor: Type.Optional(oneOf(["holidays", "duty"] as const)),
});
export const DutyModelSchema = Type.Object({
  id: Type.String(),
  title: LabelSchema,
  schedule: Type.Union([RecurringScheduleSchema, TriggeredScheduleSchema, DateRelativeScheduleSchema]),
  roles: Type.Array(Type.String()),
  zones: Type.Array(Type.String()),
  checkpoints: Type.Array(Type.Object({ id: Type.String(), title: Type.Optional(LabelSchema) })),
  calendar: Type.Optional(Type.String()),
  tolerance: Type.Optional(TimedSchema(DurationSchema)),
  /** How many people an occurrence needs: distinct `by` among its logs. */
  crew: Type.Optional(Type.Integer()),
  notify: Type.Array(Type.String()),
  escalation: Type.Array(EscalationLevelSchema),
  /** One occurrence per item of this host-supplied set (`vacant-units`, `lifts`). */
  each: Type.Optional(Type.String()),
});

// ── audits ──────────────────────────────────────────────────────────────────────────────
export const KpiModelSchema = Type.Object({
  id: Type.String(),
  title: LabelSchema,
  measure: oneOf(KPI_MEASURES),
  ticket: Type.Optional(Type.String()),
  clock: Type.Optional(Type.String()),
  duty: Type.Optional(Type.String()),
  fact: Type.Optional(Type.String()),
  /** Bounds in the KPI's unit; percentages are stored as numbers 0–100. */
  target: Type.Object({
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    unit: oneOf(KPI_UNITS),
    inclusive: Type.Boolean(),
  }),
  /** `clock-duration`: how cycles are totalled, and the percentile (1–100) for `percentile`. */
  stat: Type.Optional(oneOf(DURATION_STATS)),
  percentile: Type.Optional(Type.Number()),
  /** `clock-duration`: count every cycle that overlaps the period, only its time inside it. */
  clip: Type.Optional(Type.Boolean()),
  /** Tickets whose data match this are left out (listed as `excluded`). */
  exclude: Type.Optional(MatcherSchema),
  /** `ticket-count`: tickets per `count` items of the host fact `of` (per 100 lifts). */
  per: Type.Optional(Type.Object({ count: Type.Number(), of: Type.String() })),
  /** Grades or points by value, the first band the value meets wins; bounds in the KPI's unit. */
  bands: Type.Optional(
    Type.Array(
      Type.Object({
        grade: Type.Optional(Type.String()),
        points: Type.Optional(Type.Number()),
        min: Type.Optional(Type.Number()),
        max: Type.Optional(Type.Number()),
      }),
    ),
  ),
});
export const DurationUnitSchema = oneOf(DURATION_UNITS);
/** json-rules-engine's condition shape, plus `{ kpi, met }` which the engine turns into a fact. */
export const RuleConditionSchema = Type.Recursive(
  (Self) =>
    Type.Union([
      Type.Object({
        fact: Type.String(),
        operator: Type.String(),
        value: Type.Unknown(),
        path: Type.Optional(Type.String()),
      }),
      Type.Object({ kpi: Type.String(), met: Type.Boolean() }),
      /** Another rule of the audit holds for the subject. */
      Type.Object({ rule: Type.String() }),
      /** A date fact within a duration after, or before, another date fact. */
      Type.Object({ fact: Type.String(), within: TimedSchema(DurationSchema), after: Type.String() }),
      Type.Object({ fact: Type.String(), within: TimedSchema(DurationSchema), before: Type.String() }),
      Type.Object({ atLeast: Type.Integer(), of: Type.Array(Self) }),
      Type.Object({ all: Type.Array(Self) }),
      Type.Object({ any: Type.Array(Self) }),
      Type.Object({ not: Self }),
    ]),
  { $id: "RuleCondition" },
);
export const RuleModelSchema = Type.Object({
  id: Type.String(),
  title: LabelSchema,
  when: RuleConditionSchema,
  severity: oneOf(RULE_SEVERITIES),
  points: Type.Number(),
});
/** Compensation owed for a breached clock: `base` plus `perDay` for each whole day late, at most `cap`. */
export const RemedyModelSchema = Type.Object({
  id: Type.String(),
  title: LabelSchema,
  ticket: Type.String(),
  clock: Type.String(),
  base: Type.Number(),
  perDay: Type.Number(),
  cap: Type.Optional(Type.Number()),
  currency: Type.Optional(Type.String()),
});
export const AuditModelSchema = Type.Object({
  id: Type.String(),
  title: LabelSchema,
  period: oneOf(PERIODS),
  /** The month (2–12) a year or quarter starts in (`starts: 04-01`); January when absent. */
  startMonth: Type.Optional(Type.Integer()),
  per: oneOf(AUDIT_SCOPES),
  /** With `per: zone`, the data field that names the zone. */
  zoneField: Type.Optional(Type.String()),
  kpis: IdMap(KpiModelSchema),
  rules: IdMap(RuleModelSchema),
  /** Present when the audit has remedies. */
  remedies: Type.Optional(IdMap(RemedyModelSchema)),
  scoring: Type.Object({ start: Type.Number(), floor: Type.Number(), rank: Type.Boolean() }),
});

// ── tests ───────────────────────────────────────────────────────────────────────────────
const TestData = Type.Record(Type.String(), Scalar);
export const TestStepSchema = Type.Object({ at: Type.String(), event: Type.String(), data: Type.Optional(TestData) });
export const TestExpectationSchema = Type.Object({
  at: Type.Optional(Type.String()),
  state: Type.Optional(Type.String()),
  priority: Type.Optional(Type.String()),
  clock: Type.Optional(Type.String()),
  due: Type.Optional(Type.String()),
  status: Type.Optional(oneOf(CLOCK_STATUSES)),
  notified: Type.Optional(Type.Array(Type.String())),
  occurrences: Type.Optional(Type.Array(Type.String())),
});
export const TestModelSchema = Type.Object({
  id: Type.String(),
  title: Type.Optional(LabelSchema),
  subject: Type.Union([
    Type.Object({ kind: Type.Literal("ticket"), ticket: Type.String() }),
    Type.Object({
      kind: Type.Literal("duty"),
      duty: Type.String(),
      from: Type.Optional(Type.String()),
      to: Type.Optional(Type.String()),
    }),
  ]),
  data: TestData,
  steps: Type.Array(TestStepSchema),
  expect: Type.Array(TestExpectationSchema),
});

export const StandardModelSchema = Type.Object(
  {
    formatVersion: Type.Literal(FORMAT_VERSION),
    id: Type.String(),
    version: Type.String(),
    title: LabelSchema,
    description: Type.Optional(LabelSchema),
    timezone: Type.String(),
    /** The standards this one extends, nearest first. */
    extends: Type.Array(Type.String()),
    /** The standard is in force for clocks that start in this window (absent: always). */
    effective: Type.Optional(EffectiveSchema),
    /** `sha256:` of the model's content (everything but `hash` and `origins`); tickets pin it. */
    hash: Type.String({ pattern: "^sha256:[0-9a-f]{64}$" }),
    holidaySets: IdMap(HolidaySetSchema),
    calendars: IdMap(CalendarModelSchema),
    roles: IdMap(RoleModelSchema),
    escalations: IdMap(EscalationChainModelSchema),
    tickets: IdMap(TicketKindModelSchema),
    duties: IdMap(DutyModelSchema),
    audits: IdMap(AuditModelSchema),
    tests: IdMap(TestModelSchema),
    /** Where each value of the merged document came from, by JSON Pointer into the YAML. */
    origins: IdMap(OriginSchema),
  },
  { title: "Yardstick resolved standard model" },
);

/** The calendar package defines it for every package; `LabelSchema` is its shape (a type test holds them equal). */
export type { Label } from "@yardstick/calendar";
export type Origin = Static<typeof OriginSchema>;
/** A time expression as written, and its parsed value. */
export type Timed<T> = { text: string; value: T };
export type MatchOperator = Static<typeof MatchOperatorSchema>;
export type MatchTest = Static<typeof MatchTestSchema>;
export type Matcher = Static<typeof MatcherSchema>;
export type CalendarModel = Static<typeof CalendarModelSchema>;
export type RoleModel = Static<typeof RoleModelSchema>;
export type EscalationChainModel = Static<typeof EscalationChainModelSchema>;
export type TransitionModel = Static<typeof TransitionModelSchema>;
export type StateModel = Static<typeof StateModelSchema>;
export type Condition = Static<typeof ConditionSchema>;
export type EscalationLevel = Static<typeof EscalationLevelSchema>;
export type ClockModel = Static<typeof ClockModelSchema>;
export type TargetChoiceModel = Static<typeof TargetChoiceModelSchema>;
export type EffectiveModel = Static<typeof EffectiveSchema>;
export type PriorityModel = Static<typeof PriorityModelSchema>;
export type FieldModel = Static<typeof FieldModelSchema>;
export type TicketKindModel = Static<typeof TicketKindModelSchema>;
export type { Weekday } from "@yardstick/calendar";
export type RecurringSchedule = Static<typeof RecurringScheduleSchema>;
export type TriggeredSchedule = Static<typeof TriggeredScheduleSchema>;
export type DateRelativeSchedule = Static<typeof DateRelativeScheduleSchema>;
export type DutyModel = Static<typeof DutyModelSchema>;
export type KpiModel = Static<typeof KpiModelSchema>;
export type RuleCondition = Static<typeof RuleConditionSchema>;
export type RuleModel = Static<typeof RuleModelSchema>;
export type AuditModel = Static<typeof AuditModelSchema>;
export type RemedyModel = Static<typeof RemedyModelSchema>;
export type TestStep = Static<typeof TestStepSchema>;
export type TestExpectation = Static<typeof TestExpectationSchema>;
export type TestModel = Static<typeof TestModelSchema>;
export type StandardModel = Static<typeof StandardModelSchema>;

// The list of duty kinds and the schedule variants above must name the same kinds.
type ScheduleKind = DutyModel["schedule"]["kind"];
const _everyKindListed: readonly ScheduleKind[] = DUTY_KINDS;
const _everyListedKind: ScheduleKind extends (typeof DUTY_KINDS)[number] ? true : never = true;
