/**
 * The standards language's one source of truth: TypeBox definitions give both the JSON Schema
 * (committed as `schema.json`, for editors and ajv) and the TypeScript types of the input.
 *
 * The editor's schema is read by yaml-language-server, which knows draft-07 keywords only, so
 * nothing here may use later keywords (`$defs`, `unevaluatedProperties`, `dependentRequired`…).
 * Time expressions are strings here; their grammar is checked by the time parsers, which give
 * better messages than a regular expression could.
 */
import { type Static, type TSchema, Type } from "@sinclair/typebox";
import {
  CLOCK_STATUSES,
  DURATION_STATS,
  DURATION_UNITS,
  DUTY_READINGS,
  KPI_MEASURES,
  PERIODS,
} from "../model/literals.js";

const strict = { additionalProperties: false } as const;

/** Lowercase identifiers: `repair`, `night-patrol`, `waiting_for_owner`. */
export const ID_PATTERN = "^[a-z][a-z0-9]*([_-][a-z0-9]+)*$";
/** Standard ids may have `/` segments: `cpmi-2004/level-1`. */
export const STANDARD_ID_PATTERN = "^[a-z][a-z0-9]*([_./-][a-z0-9]+)*$";
/** `YYYY-MM-DD`. */
export const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
/** `YYYY-MM-DD..YYYY-MM-DD` (inclusive) or a single date. */
export const DATES_PATTERN = "^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$";
/** `mon`, `mon-fri`, `sat,sun`, `daily`, `weekdays`, `weekends`. */
export const DAY_SELECTOR_PATTERN =
  "^(daily|weekdays|weekends|(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?(,(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*)$";

const Id = (description: string) => Type.String({ pattern: ID_PATTERN, description });
/** A calendar reference: a calendar's id, or the built-in `24x7`. */
export const CALENDAR_REF_PATTERN = "^(24x7|[a-z][a-z0-9]*([_-][a-z0-9]+)*)$";
const CalendarRef = (description: string) => Type.String({ pattern: CALENDAR_REF_PATTERN, description });
/** Ticket data field names, as hosts name them: `category`, `appointmentAt`, `unit.warrantyEnd`. */
export const FIELD_PATTERN = "^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$";
/** What a date-relative duty counts from: a field path, `holidays`, or a duty id (which may hold `-`). */
export const ANCHOR_PATTERN = "^[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_]*)*$";
const IdMap = <T extends TSchema>(value: T, description: string) =>
  Type.Record(Type.String({ pattern: ID_PATTERN }), value, { ...strict, description });
const OneOrMany = <T extends TSchema>(item: T, description: string) =>
  Type.Union([item, Type.Array(item, { minItems: 1 })], { description });
const TimeText = (description: string) => Type.Union([Type.String({ minLength: 1 }), Type.Number()], { description });

export const Label = Type.Object(
  {
    zh: Type.Optional(Type.String({ minLength: 1, description: "Chinese text" })),
    en: Type.Optional(Type.String({ minLength: 1, description: "English text" })),
  },
  {
    ...strict,
    minProperties: 1,
    description: "Text a person reads, in Chinese and/or English: `{ zh: 上门, en: On site }`",
  },
);

const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);
const MatcherOperators = Type.Object(
  {
    eq: Type.Optional(Scalar),
    ne: Type.Optional(Scalar),
    in: Type.Optional(Type.Array(Scalar, { minItems: 1 })),
    notIn: Type.Optional(Type.Array(Scalar, { minItems: 1 })),
    gt: Type.Optional(Type.Number()),
    gte: Type.Optional(Type.Number()),
    lt: Type.Optional(Type.Number()),
    lte: Type.Optional(Type.Number()),
    exists: Type.Optional(Type.Boolean()),
  },
  {
    ...strict,
    minProperties: 1,
    description: "A comparison: `eq`, `ne`, `in`, `notIn`, `gt`, `gte`, `lt`, `lte`, `exists`",
  },
);
export const Matcher = Type.Record(
  Type.String({ pattern: "^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$" }),
  Type.Union([Scalar, Type.Array(Scalar, { minItems: 1 }), MatcherOperators]),
  {
    ...strict,
    description:
      "Ticket data to match: `{ category: [water_leak, power_cut], floor: { gte: 10 } }`; all fields must match",
  },
);

// ── calendars ────────────────────────────────────────────────────────────────────────────
const DateItem = Type.Union(
  [
    Type.String({ pattern: DATES_PATTERN }),
    Type.Object({ dates: Type.String({ pattern: DATES_PATTERN }), name: Type.Optional(Label) }, strict),
  ],
  { description: "A date `2026-10-01`, a range `2026-10-01..2026-10-07`, or `{ dates, name }`" },
);
const Hours = Type.Union([TimeText("A clock range such as `08:30-12:00`"), Type.Array(TimeText("A clock range"))]);

export const CalendarInput = Type.Object(
  {
    title: Type.Optional(Label),
    timezone: Type.Optional(Type.String({ description: "IANA time zone; defaults to the standard's" })),
    hours: Type.Union(
      [
        Type.Literal("24x7"),
        Type.Record(
          Type.String({ pattern: DAY_SELECTOR_PATTERN }),
          Type.Union([Hours, Type.Literal("closed")]),
          strict,
        ),
      ],
      { description: "`24x7`, or working hours per day: `{ mon-fri: [08:30-12:00, 13:30-17:30], sat: 09:00-12:00 }`" },
    ),
    holidays: Type.Optional(
      OneOrMany(Id("holiday set"), "Holiday sets: built in (`cn-mainland`) or from `holidaySets`"),
    ),
    closed: Type.Optional(Type.Array(DateItem, { description: "Local closures added to the holiday sets" })),
    workdays: Type.Optional(Type.Array(DateItem, { description: "Local adjusted working days (调休上班)" })),
    adjustedWorkdayHours: Type.Optional(Hours),
    overrides: Type.Optional(
      Type.Record(Type.String({ pattern: DATE_PATTERN }), Type.Union([Hours, Type.Literal("closed")]), {
        ...strict,
        description: "Dates with their own hours or `closed`: `{ 2026-12-31: 08:30-12:00 }`",
      }),
    ),
  },
  { ...strict, description: "A business calendar: working hours, holidays, adjusted working days" },
);

export const HolidaySetInput = Type.Object(
  {
    title: Type.Optional(Label),
    sources: Type.Optional(Type.Array(Type.String(), { description: "Where the dates come from" })),
    years: Type.Array(Type.Integer({ minimum: 1900, maximum: 2200 }), {
      minItems: 1,
      description: "Years the data covers",
    }),
    holidays: Type.Array(DateItem, { description: "Days off" }),
    workdays: Type.Optional(
      Type.Array(DateItem, { description: "Adjusted working days (a weekend day that is worked)" }),
    ),
  },
  { ...strict, description: "A holiday set written in the standard (any country or company)" },
);

// ── roles and escalation ─────────────────────────────────────────────────────────────────
export const RoleInput = Type.Object(
  {
    title: Label,
    reportsTo: Type.Optional(Id("the role above this one")),
  },
  { ...strict, description: "A role: who does the work or is notified" },
);

export const EscalationChainInput = Type.Object(
  {
    title: Type.Optional(Label),
    levels: Type.Array(Id("role"), {
      minItems: 1,
      description: "Roles from the first line up: `[technician, foreman, supervisor, manager]`",
    }),
  },
  { ...strict, description: "An escalation chain, lowest level first" },
);

const EscalationLevel = Type.Object(
  {
    at: TimeText("When: `warning`, `breach`, `breach + 30m`, `150%`"),
    notify: OneOrMany(Id("role"), "Roles to notify"),
    title: Type.Optional(Label),
  },
  strict,
);
const EscalationChainUse = Type.Object(
  {
    chain: Id("escalation chain"),
    from: Type.Optional(TimeText("When the first level is notified (default `breach`)")),
    every: TimeText("Time between levels, e.g. `30m`"),
  },
  strict,
);
export const EscalationInput = Type.Union([Type.Array(EscalationLevel, { minItems: 1 }), EscalationChainUse], {
  description: "Escalation: a list of `{ at, notify }` levels, or `{ chain, from, every }`",
});

const PriorityScope = Type.Array(Id("priority"), {
  minItems: 1,
  description: "Only for these priorities: `[emergency, urgent]` (default: every priority)",
});
/** A clock's escalation: as a duty's, with levels (or a chain) that may apply to some priorities only. */
export const ClockEscalationInput = Type.Union(
  [
    Type.Array(Type.Object({ ...EscalationLevel.properties, priorities: Type.Optional(PriorityScope) }, strict), {
      minItems: 1,
    }),
    Type.Object({ ...EscalationChainUse.properties, priorities: Type.Optional(PriorityScope) }, strict),
  ],
  {
    description: "Escalation: a list of `{ at, notify, priorities }` levels, or `{ chain, from, every, priorities }`",
  },
);

// ── tickets ──────────────────────────────────────────────────────────────────────────────
const Transition = Type.Union([
  Id("target state"),
  Type.Object(
    {
      to: Id("target state"),
      when: Type.Optional(Matcher),
      afterBreach: Type.Optional(Id("clock: the transition is taken only after this clock has breached")),
      title: Type.Optional(Label),
    },
    strict,
  ),
]);
export const StateInput = Type.Object(
  {
    title: Type.Optional(Label),
    final: Type.Optional(Type.Boolean()),
    on: Type.Optional(IdMap(Transition, "Events and the state each leads to: `{ arrive: on_site }`")),
  },
  strict,
);

const ConditionItem = Type.Union([
  Id("a state: the condition holds on entering it"),
  Type.Object({ state: Id("state") }, strict),
  Type.Object({ event: Id("event"), when: Type.Optional(Matcher) }, strict),
  Type.Object({ breach: Id("clock: the condition holds when this clock breaches (a start only)") }, strict),
]);
export const ConditionInput = Type.Union([ConditionItem, Type.Array(ConditionItem, { minItems: 1 })], {
  description:
    "A state name (on entering it), `{ state }`, `{ event, when }`, `{ breach: clock }` (a start), or a list (any of them)",
});

/** `nov-apr`, `jan`: a month, or a range of months that may wrap the year end. */
export const MONTHS_PATTERN =
  "^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))?$";
const Months = Type.String({ pattern: MONTHS_PATTERN, description: "A month `jan`, or a range `nov-apr`" });
const DateText = (description: string) => Type.String({ pattern: DATE_PATTERN, description });
/** When a clause is in force: dates in the standard's time zone, both included. */
export const EffectiveInput = Type.Object(
  {
    from: Type.Optional(DateText("In force from this date (included)")),
    until: Type.Optional(DateText("In force until this date (included)")),
  },
  { ...strict, minProperties: 1, description: "In force from and/or until a date: `{ from: 2026-01-01 }`" },
);
const TargetChoice = Type.Object(
  {
    target: TimeText("The target when this choice holds"),
    months: Type.Optional(OneOrMany(Months, "The clock starts in these months: `nov-apr`, `[dec, jan]`")),
    between: Type.Optional(TimeText("The clock starts between these times of day: `17:00-08:30`")),
    outside: Type.Optional(CalendarRef("The clock starts outside this calendar's working hours")),
    inside: Type.Optional(CalendarRef("The clock starts inside this calendar's working hours")),
    from: Type.Optional(DateText("The clock starts on or after this date")),
    until: Type.Optional(DateText("The clock starts on or before this date")),
  },
  { ...strict, description: "A target chosen by when the clock starts: `{ months: nov-apr, target: 1 workday }`" },
);
const TargetChoices = Type.Array(TargetChoice, {
  minItems: 1,
  description: "Targets chosen by when the clock starts, the first that holds: a season, office hours, a date",
});
const TargetValue = Type.Union([TimeText("target"), TargetChoices]);

export const ClockInput = Type.Object(
  {
    title: Label,
    start: ConditionInput,
    stop: ConditionInput,
    pause: Type.Optional(ConditionInput),
    resume: Type.Optional(ConditionInput),
    reset: Type.Optional(ConditionInput),
    cancel: Type.Optional(ConditionInput),
    target: Type.Optional(
      Type.Union(
        [TimeText("One target for every priority"), TargetChoices, IdMap(TargetValue, "A target per priority")],
        {
          description:
            "`15m`, `1 workday`, `end of next workday`… or one per priority: `{ urgent: 15分钟, normal: 2h }` (or `dueAt:` for an agreed time)",
        },
      ),
    ),
    dueAt: Type.Optional(
      Type.String({
        pattern: "^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$",
        description: "Instead of `target`: the ticket field holding an agreed time (约定时间), e.g. `appointmentAt`",
      }),
    ),
    priorities: Type.Optional(
      Type.Array(Id("priority"), {
        minItems: 1,
        description: "The priorities this clock applies to: `[emergency, urgent]` (default: every priority)",
      }),
    ),
    effective: Type.Optional(EffectiveInput),
    calendar: Type.Optional(
      Type.Union(
        [
          CalendarRef("calendar the target is counted on (default `24x7`)"),
          IdMap(CalendarRef("calendar"), "A calendar per priority: `{ emergency: 24x7, routine: office }`"),
        ],
        { description: "The calendar the target is counted on, or one per priority (default `24x7`)" },
      ),
    ),
    warn: Type.Optional(
      Type.Union(
        [
          OneOrMany(TimeText("`80%`"), "Warning thresholds as a share of the target"),
          IdMap(OneOrMany(TimeText("`80%`"), "Warning thresholds"), "Warning thresholds per priority"),
        ],
        { description: "Warnings at a share of the target: `80%`, `[50%, 80%]`, or per priority" },
      ),
    ),
    escalate: Type.Optional(ClockEscalationInput),
    daysEndAtMidnight: Type.Optional(
      Type.Boolean({
        description:
          "Day counts end at midnight: `2 days` (2日内) is 24:00 of the second day after the start's day (民法典 art. 201, 203)",
      }),
    ),
    rollForwardOnRestDay: Type.Optional(
      Type.Boolean({
        description:
          "A day count whose last day is a rest day of the calendar ends on the next working day instead (民法典 art. 203)",
      }),
    ),
  },
  {
    ...strict,
    // A clock needs a target or an agreed time; giving both is reported when the model is built.
    anyOf: [{ required: ["target"] }, { required: ["dueAt"] }],
    description: "An SLA clock: when it starts, pauses, stops, and its target",
  },
);

export const PriorityInput = Type.Object(
  {
    title: Type.Optional(Label),
    when: Type.Optional(Matcher),
    default: Type.Optional(Type.Boolean()),
  },
  { ...strict, description: "A priority, chosen by matching ticket data; the first listed that matches wins" },
);

const FieldInput = Type.Object(
  {
    title: Type.Optional(Label),
    type: Type.Union([Type.Literal("string"), Type.Literal("number"), Type.Literal("boolean"), Type.Literal("date")]),
    values: Type.Optional(Type.Array(Scalar, { minItems: 1 })),
  },
  strict,
);

export const ReworkInput = Type.Object(
  {
    within: TimeText("A repeat within this window counts as rework, e.g. `30d`"),
    same: Type.Array(Type.String({ minLength: 1 }), {
      minItems: 1,
      description: "Fields that must match: `[unit, category]`",
    }),
    reopen: Type.Optional(Type.Boolean({ description: "Reopen the earlier ticket instead of counting a new one" })),
  },
  { ...strict, description: "When a repeat request counts as rework (返修)" },
);

export const TicketKindInput = Type.Object(
  {
    title: Label,
    fields: Type.Optional(
      Type.Record(Type.String({ pattern: "^[A-Za-z][A-Za-z0-9_]*$" }), FieldInput, {
        ...strict,
        description: "Ticket data fields that matchers may use: `category`, `appointmentAt`",
      }),
    ),
    initial: Type.Optional(Id("initial state (default: the first listed)")),
    states: IdMap(StateInput, "Workflow states, with the events that leave them"),
    events: Type.Optional(IdMap(Type.Object({ title: Type.Optional(Label) }, strict), "Event labels")),
    priorities: Type.Optional(IdMap(PriorityInput, "Priorities, first match wins")),
    priorityOrder: Type.Optional(
      Type.Array(Id("priority"), {
        minItems: 1,
        description:
          "The order priorities are tried in, when it is not the order they are written in (e.g. a community adds one before the group's catch-all)",
      }),
    ),
    clocks: Type.Optional(IdMap(ClockInput, "SLA clocks")),
    rework: Type.Optional(ReworkInput),
    ownership: Type.Optional(
      Type.Union([Type.Literal("first-contact"), Type.Literal("assigned")], {
        description: "`first-contact` (首问负责制): whoever takes the request owns it until it is resolved",
      }),
    ),
  },
  { ...strict, description: "A kind of ticket (repair, complaint…): workflow, priorities, SLA clocks" },
);

// ── duties ───────────────────────────────────────────────────────────────────────────────
const Checkpoint = Type.Union([Id("checkpoint"), Type.Object({ id: Id("checkpoint"), title: Label }, strict)]);
export const DutyInput = Type.Object(
  {
    title: Label,
    role: Type.Optional(OneOrMany(Id("role"), "Who does it")),
    zones: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
    checkpoints: Type.Optional(Type.Array(Checkpoint, { minItems: 1 })),
    calendar: Type.Optional(CalendarRef("calendar: only on its working days")),
    // recurring
    every: Type.Optional(TimeText("Interval: `2h`, `1d`, `1w`")),
    reading: Type.Optional(
      Type.Union(
        DUTY_READINGS.map((r) => Type.Literal(r)),
        {
          description:
            "How `every` is checked: `blocks` (default) — one round in each block of the window; `rolling` — each round within `every` of the one before",
        },
      ),
    ),
    between: Type.Optional(TimeText("Daily window: `22:00-06:00`")),
    at: Type.Optional(OneOrMany(TimeText("`09:00`"), "Times of day")),
    days: Type.Optional(
      OneOrMany(Type.String({ pattern: DAY_SELECTOR_PATTERN }), "Days of the week: `mon`, `mon-fri`"),
    ),
    monthly: Type.Optional(
      OneOrMany(
        Type.Integer({ minimum: 1, maximum: 31 }),
        "Days of the month, 1–31: `[1, 15]` (months of the year are `months: jun-sep`)",
      ),
    ),
    months: Type.Optional(
      OneOrMany(
        Type.Union([Type.String({ minLength: 1 }), Type.Integer({ minimum: 1, maximum: 12 })]),
        "Months of the year it runs in (a season): `jun-sep`, `[dec, jan, feb]`, `6月-9月`",
      ),
    ),
    yearly: Type.Optional(OneOrMany(TimeText("`12-31`"), "Dates of the year: `12-31`, `[01-01, 10-01]`")),
    rrule: Type.Optional(Type.String({ pattern: "^(RRULE:)?FREQ=", description: "RFC 5545 RRULE, for power users" })),
    times: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: "How many times per `per` period, at any time within it: `times: 2, per: day`",
      }),
    ),
    per: Type.Optional(
      Type.Union(
        PERIODS.map((p) => Type.Literal(p)),
        { description: "The calendar period `times` counts in: once in each week, any day" },
      ),
    ),
    by: Type.Optional(
      TimeText(
        "Due by this time of day: `by: 17:00` (each day, or the last day of the `per` period); a weekday for the week: `by: fri`, `by: fri 18:00`",
      ),
    ),
    // triggered
    on: Type.Optional(Id("event that triggers it, e.g. `rain_stopped`")),
    within: Type.Optional(TimeText("Deadline after the trigger, e.g. `1h`")),
    // date-relative
    before: Type.Optional(TimeText("`1 month` before a date")),
    after: Type.Optional(TimeText("`1 week` after a date")),
    of: Type.Optional(
      Type.String({
        pattern: ANCHOR_PATTERN,
        description:
          "What the date is counted from: a field of the host's record `unit.warrantyEnd`, `holidays` (each holiday's first day), or another duty's id",
      }),
    ),
    // common
    tolerance: Type.Optional(TimeText("How late an occurrence may be done and still count")),
    crew: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: "How many people an occurrence needs (distinct `by` in its logs): `crew: 2`",
      }),
    ),
    notify: Type.Optional(OneOrMany(Id("role"), "Who is told")),
    escalate: Type.Optional(EscalationInput),
    each: Type.Optional(
      Type.String({
        minLength: 1,
        description: "One occurrence per item of a host-supplied set: `vacant-units`, `lifts`",
      }),
    ),
  },
  {
    ...strict,
    description:
      "A duty: recurring (`every`/`at`/`days`/`monthly`/`rrule`), triggered (`on`), or date-relative (`before`/`after` + `of`)",
  },
);

// ── audits ───────────────────────────────────────────────────────────────────────────────
const Threshold = TimeText("`95%` or a number");
export const KpiInput = Type.Object(
  {
    title: Label,
    measure: Type.Union(
      KPI_MEASURES.map((m) => Type.Literal(m)),
      { description: "What is measured" },
    ),
    ticket: Type.Optional(Id("ticket kind")),
    clock: Type.Optional(Id("clock")),
    duty: Type.Optional(Id("duty")),
    fact: Type.Optional(
      Type.String({ minLength: 1, description: "A fact the host supplies, e.g. `satisfaction_rate`" }),
    ),
    target: Type.Object(
      { min: Type.Optional(Threshold), max: Type.Optional(Threshold) },
      { ...strict, minProperties: 1 },
    ),
    inclusive: Type.Optional(
      Type.Boolean({ description: "Whether the bound itself passes (以上/以内: yes, the default)" }),
    ),
    stat: Type.Optional(
      Type.Union(
        DURATION_STATS.map((s) => Type.Literal(s)),
        { description: "`clock-duration`: the average (default), the sum, or a percentile of the cycles' durations" },
      ),
    ),
    percentile: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, maximum: 100, description: "With `stat: percentile`: which one, e.g. `90`" }),
    ),
    unit: Type.Optional(
      Type.Union(
        DURATION_UNITS.map((u) => Type.Literal(u)),
        { description: "`clock-duration`: the unit of the value and the target (default `hours`)" },
      ),
    ),
    clip: Type.Optional(
      Type.Boolean({
        description: "`clock-duration`: count every cycle that overlaps the period, only its time inside the period",
      }),
    ),
    exclude: Type.Optional(Matcher),
    per: Type.Optional(
      Type.Object(
        {
          count: Type.Number({ exclusiveMinimum: 0, description: "How many items, e.g. `100`" }),
          of: Type.String({ minLength: 1, description: "The host fact that counts the items, e.g. `lifts`" }),
        },
        {
          ...strict,
          description: "`ticket-count`: tickets per N items — `{ count: 100, of: lifts }` is per 100 lifts",
        },
      ),
    ),
    bands: Type.Optional(
      Type.Array(
        Type.Object(
          {
            grade: Type.Optional(
              Type.String({ minLength: 1, description: "The grade of a value in this band, e.g. `A`" }),
            ),
            points: Type.Optional(
              Type.Number({ description: "Points a value in this band adds to the score (negative: deducts)" }),
            ),
            min: Type.Optional(Threshold),
            max: Type.Optional(Threshold),
          },
          { ...strict, minProperties: 2, description: "A band: `{ min: 98%, grade: A }`" },
        ),
        {
          minItems: 1,
          description:
            "Grades or points by value, first band that fits wins: `[{ min: 98%, grade: A }, { min: 95%, grade: B }]`",
        },
      ),
    ),
  },
  { ...strict, description: "A KPI over the audit period" },
);

const FactCondition = Type.Object(
  {
    fact: Type.String({ minLength: 1 }),
    operator: Type.Union(
      [
        "equal",
        "notEqual",
        "lessThan",
        "lessThanInclusive",
        "greaterThan",
        "greaterThanInclusive",
        "in",
        "notIn",
        "contains",
        "doesNotContain",
      ].map((op) => Type.Literal(op)),
    ),
    value: Type.Union([Scalar, Type.Array(Scalar)]),
    path: Type.Optional(Type.String()),
  },
  strict,
);
const KpiCondition = Type.Object({ kpi: Id("KPI"), met: Type.Boolean() }, strict);
const RuleReference = Type.Object(
  { rule: Id("Another rule of this audit: this condition holds when that rule's does") },
  strict,
);
const DateFact = Type.String({
  minLength: 1,
  description: "A fact holding a date: `2026-03-01`, ISO 8601, or epoch ms",
});
const Within = TimeText("`12 months`, `30d`, `48h` (calendar time)");
const DateCondition = Type.Union([
  Type.Object({ fact: DateFact, within: Within, after: DateFact }, strict),
  Type.Object({ fact: DateFact, within: Within, before: DateFact }, strict),
]);
const Leaf = Type.Union([FactCondition, KpiCondition, RuleReference, DateCondition]);
const AtLeast = <T extends TSchema>(part: T) =>
  Type.Object(
    {
      atLeast: Type.Integer({ minimum: 1, description: "How many of the conditions under `of` must hold" }),
      of: Type.Array(part, { minItems: 1, maxItems: 8 }),
    },
    strict,
  );
const Nested = Type.Union([
  Leaf,
  Type.Object({ all: Type.Array(Leaf, { minItems: 1 }) }, strict),
  Type.Object({ any: Type.Array(Leaf, { minItems: 1 }) }, strict),
  Type.Object({ not: Leaf }, strict),
  AtLeast(Leaf),
]);
export const RuleConditionInput = Type.Union(
  [
    Leaf,
    Type.Object({ all: Type.Array(Nested, { minItems: 1 }) }, strict),
    Type.Object({ any: Type.Array(Nested, { minItems: 1 }) }, strict),
    Type.Object({ not: Nested }, strict),
    AtLeast(Nested),
  ],
  {
    description:
      "`{ fact, operator, value }`, `{ kpi, met }`, `{ rule }`, `{ fact, within, after|before }`, or `all`/`any`/`not`/`atLeast … of` of them (two levels deep)",
  },
);

export const RemedyInput = Type.Object(
  {
    title: Label,
    ticket: Id("ticket kind"),
    clock: Id("clock"),
    base: Type.Number({ minimum: 0, description: "Owed once the clock is breached, e.g. `10`" }),
    perDay: Type.Optional(
      Type.Number({ minimum: 0, description: "Owed for each whole day late after that, e.g. `2`" }),
    ),
    cap: Type.Optional(Type.Number({ minimum: 0, description: "The most owed for one clock run, e.g. `50`" })),
    currency: Type.Optional(Type.String({ minLength: 1, description: "The currency the amounts are in, e.g. `GBP`" })),
  },
  {
    ...strict,
    description: "Compensation owed when a clock is breached: a base amount plus an amount per day late, capped",
  },
);

export const RuleInput = Type.Object(
  {
    title: Label,
    when: RuleConditionInput,
    severity: Type.Union([Type.Literal("minor"), Type.Literal("major"), Type.Literal("critical")]),
    points: Type.Number({ minimum: 0, description: "Points deducted per finding" }),
  },
  { ...strict, description: "A finding: when it is raised, how severe, how many points it costs" },
);

export const AuditInput = Type.Object(
  {
    title: Label,
    period: Type.Union(PERIODS.map((p) => Type.Literal(p))),
    starts: Type.Optional(
      Type.String({
        pattern: "^(0[1-9]|1[0-2])-01$",
        description:
          "A year or quarter that starts on another first of the month: `04-01` (a fiscal year from 1 April)",
      }),
    ),
    per: Type.Optional(
      Type.Union([Type.Literal("zone"), Type.Literal("site")], {
        description: "Score per zone (区域责任制) or for the site",
      }),
    ),
    zoneField: Type.Optional(
      Type.String({ minLength: 1, description: "With `per: zone`, the data field naming the zone (default `zone`)" }),
    ),
    kpis: Type.Optional(IdMap(KpiInput, "KPIs")),
    rules: Type.Optional(IdMap(RuleInput, "Rules that raise findings")),
    remedies: Type.Optional(IdMap(RemedyInput, "Compensation owed for breached clocks, summed in the audit")),
    scoring: Type.Optional(
      Type.Object(
        {
          start: Type.Optional(Type.Number({ description: "Score before deductions (default 100)" })),
          floor: Type.Optional(Type.Number()),
          rank: Type.Optional(Type.Boolean({ description: "Rank zones by score" })),
        },
        strict,
      ),
    ),
  },
  { ...strict, description: "An audit: KPIs and rules over a period, scored" },
);

// ── tests ────────────────────────────────────────────────────────────────────────────────
const Step = Type.Object(
  {
    at: Type.String({ minLength: 1, description: "Local time `2026-03-06 17:55` or ISO with offset" }),
    event: Id("event"),
    data: Type.Optional(Type.Record(Type.String(), Scalar)),
  },
  strict,
);
const Expectation = Type.Object(
  {
    at: Type.Optional(Type.String({ minLength: 1, description: "Check at this time (default: after the last step)" })),
    state: Type.Optional(Id("state")),
    priority: Type.Optional(Id("priority")),
    clock: Type.Optional(Id("clock")),
    due: Type.Optional(Type.String({ minLength: 1 })),
    status: Type.Optional(Type.Union(CLOCK_STATUSES.map((s) => Type.Literal(s)))),
    notified: Type.Optional(OneOrMany(Id("role"), "Roles notified so far")),
    occurrences: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
  },
  { ...strict, minProperties: 1 },
);
export const TestInput = Type.Object(
  {
    title: Type.Optional(Label),
    ticket: Type.Optional(Id("ticket kind")),
    duty: Type.Optional(Id("duty")),
    data: Type.Optional(Type.Record(Type.String(), Scalar, { description: "Ticket data" })),
    from: Type.Optional(Type.String({ description: "Duty tests: window start" })),
    to: Type.Optional(Type.String({ description: "Duty tests: window end" })),
    steps: Type.Optional(Type.Array(Step)),
    expect: Type.Array(Expectation, { minItems: 1 }),
  },
  {
    ...strict,
    description: "A scenario `yardstick test` runs: given ticket data and steps, expect deadlines and states",
  },
);

// ── the standard ─────────────────────────────────────────────────────────────────────────
export const StandardInput = Type.Object(
  {
    standard: Type.String({
      pattern: STANDARD_ID_PATTERN,
      description: "The standard's id: `harbour-view`, `cpmi-2004/level-1`",
    }),
    version: Type.Union([Type.String({ minLength: 1 }), Type.Number()], {
      description: "Version, e.g. `2026.1` or `2026.10` (kept as written)",
    }),
    title: Label,
    description: Type.Optional(Label),
    timezone: Type.Optional(Type.String({ description: "IANA zone, e.g. `Asia/Shanghai`; required unless inherited" })),
    extends: Type.Optional(
      Type.String({ pattern: STANDARD_ID_PATTERN, description: "A standard whose content this one starts from" }),
    ),
    effective: Type.Optional(EffectiveInput),
    holidaySets: Type.Optional(IdMap(HolidaySetInput, "Holiday sets written here")),
    calendars: Type.Optional(IdMap(CalendarInput, "Business calendars")),
    roles: Type.Optional(IdMap(RoleInput, "Roles")),
    escalations: Type.Optional(IdMap(EscalationChainInput, "Escalation chains")),
    tickets: Type.Optional(IdMap(TicketKindInput, "Ticket kinds")),
    duties: Type.Optional(IdMap(DutyInput, "Duties")),
    audits: Type.Optional(IdMap(AuditInput, "Audits")),
    tests: Type.Optional(IdMap(TestInput, "Scenario tests")),
  },
  {
    ...strict,
    // `x-` keys are free for the author (e.g. `x-defaults: &defaults {...}` to hold YAML anchors).
    patternProperties: { "^x-": {} },
    $id: "https://yardstick.dev/schema/standard.json",
    title: "Yardstick standard",
    description:
      "A property-management service standard: calendars, roles, tickets with SLA clocks, duties, audits and tests",
  },
);

export type StandardInput = Static<typeof StandardInput>;
export type CalendarInput = Static<typeof CalendarInput>;
export type HolidaySetInput = Static<typeof HolidaySetInput>;
export type TicketKindInput = Static<typeof TicketKindInput>;
export type ClockInput = Static<typeof ClockInput>;
export type ConditionInput = Static<typeof ConditionInput>;
export type DutyInput = Static<typeof DutyInput>;
export type AuditInput = Static<typeof AuditInput>;
export type KpiInput = Static<typeof KpiInput>;
export type RuleInput = Static<typeof RuleInput>;
export type RemedyInput = Static<typeof RemedyInput>;
export type TestInput = Static<typeof TestInput>;
export type EscalationInput = Static<typeof EscalationInput>;
export type ClockEscalationInput = Static<typeof ClockEscalationInput>;
export type TargetChoiceInput = Static<typeof TargetChoice>;
export type MatcherInput = Static<typeof Matcher>;
export type LabelInput = Static<typeof Label>;
