/**
 * Every diagnostic code the language gives, in one place (as eemeli/yaml's `ErrorCode`): its
 * severity, the stage that finds it, and a one-line summary; for codes whose words do not depend
 * on where they are found, the English message and hint too, so a second language is one more
 * table. `docs/reference/diagnostics.md` documents exactly these codes (a test compares them).
 *
 * The engine registers its compile codes the same way: `defineDiagnosticCodes({ … })`, and a
 * `Diagnostic<EngineCode>` located through the model's origins (`diagnosticAt`).
 */
import { calendarErrorCodes, type CalendarSpecCode } from "@yardstick/calendar";
import type { Severity } from "./diagnostic.js";

/** The stage of the pipeline that finds a problem; a load stops after the first stage with errors. */
export type DiagnosticStage =
  | "read"
  | "yaml"
  | "extends"
  | "shape"
  | "values"
  | "references"
  | "rules"
  /** The engine's compile checks, on a resolved model. */
  | "compile"
  /** A code any stage may give (`too-many-diagnostics`). */
  | "any";

/** The English words of a code whose message and hint depend only on `Args`. */
export interface DiagnosticText<Args> {
  message: (args: Args) => string;
  hint: (args: Args) => string;
}

/** One code of a registry. */
export interface DiagnosticCodeEntry<Args = never> {
  /** Severities it is given with; the first is what a report without `severity` gets. */
  severities: readonly [Severity, ...Severity[]];
  stages: readonly [DiagnosticStage, ...DiagnosticStage[]];
  /** What the code means, in one line. */
  summary: string;
  text?: DiagnosticText<Args>;
  /**
   * `false` for a calendar code the language rules out before the calendar looks at a spec (the
   * schema checks it first); such a code needs no section in the diagnostics reference.
   */
  reachesAuthors?: false;
}

/**
 * Checks a registry's entries and keeps their literal keys, so `keyof typeof registry` is the
 * union of its codes.
 *
 * @example
 * export const engineCodes = defineDiagnosticCodes({
 *   "unbounded-plan": { severities: ["error"], stages: ["compile"], summary: "a duty plan has no end" },
 * });
 * export type EngineCode = keyof typeof engineCodes;
 */
export function defineDiagnosticCodes<const Registry extends Record<string, DiagnosticCodeEntry<never>>>(
  registry: Registry,
): Registry {
  return registry;
}

const error = ["error"] as const;
const warning = ["warning"] as const;

/** The calendar's spec codes: `validateCalendarSpec` finds them in a compiled calendar. */
const calendarCodes = {} as Record<CalendarSpecCode, DiagnosticCodeEntry>;
for (const [code, entry] of Object.entries(calendarErrorCodes))
  if (entry.kind === "spec")
    calendarCodes[code as CalendarSpecCode] = { severities: error, stages: ["values"], summary: entry.summary };

/** Whether the language itself rules a calendar spec code out (the schema or a value check comes first). */
const ruledOut = { reachesAuthors: false } as const;

/** The reference kinds `unknown-<kind>` is given for. */
export type ReferenceKind =
  | "calendar"
  | "role"
  | "state"
  | "event"
  | "priority"
  | "kpi"
  | "rule"
  | "duty"
  | "ticket"
  | "clock"
  | "escalation-chain"
  | "field";

type StateArgs = { state: string; ticket: string; initial: string };

const unknown = (kind: ReferenceKind) =>
  ({
    severities: error,
    stages: ["references"],
    summary: `a ${kind.replace("-", " ")} is used that is not declared`,
  }) as const;

export const diagnosticCodes = defineDiagnosticCodes({
  // Spread first: where the language has its own meaning for a calendar code, its entry wins.
  ...calendarCodes,
  "invalid-spec": { ...calendarCodes["invalid-spec"], ...ruledOut },
  "invalid-weekday": { ...calendarCodes["invalid-weekday"], ...ruledOut },
  "empty-window": { ...calendarCodes["empty-window"], ...ruledOut },
  "invalid-date-span": { ...calendarCodes["invalid-date-span"], ...ruledOut },
  "duplicate-override": { ...calendarCodes["duplicate-override"], ...ruledOut },
  "invalid-holiday-set": { ...calendarCodes["invalid-holiday-set"], ...ruledOut },
  "invalid-hours": { ...calendarCodes["invalid-hours"], ...ruledOut },

  // reading the file
  "file-too-large": { severities: error, stages: ["read"], summary: "the file is larger than the limit" },
  "invalid-utf8": { severities: error, stages: ["read"], summary: "the file is not UTF-8 text" },
  "binary-input": { severities: error, stages: ["read"], summary: "the file holds binary data, not text" },

  // YAML
  "yaml-syntax": { severities: error, stages: ["yaml"], summary: "the file is not valid YAML" },
  "yaml-warning": { severities: warning, stages: ["yaml"], summary: "YAML that reads, but probably not as meant" },
  "duplicate-key": { severities: error, stages: ["yaml"], summary: "a key is given twice in one map" },
  "multiple-documents": { severities: error, stages: ["yaml"], summary: "the file holds more than one document" },
  "unresolved-alias": { severities: error, stages: ["yaml"], summary: "an alias names no anchor" },
  "invalid-merge": { severities: error, stages: ["yaml"], summary: "a `<<` merge of something not a map" },
  "invalid-key": { severities: error, stages: ["yaml"], summary: "a key that is not a plain string" },
  "forbidden-key": { severities: error, stages: ["yaml"], summary: "a key reserved by JavaScript (`__proto__`)" },
  "nesting-too-deep": { severities: error, stages: ["yaml"], summary: "values nested deeper than the limit" },
  "document-too-large": {
    severities: error,
    stages: ["yaml"],
    summary: "aliases expand to more values than the limit",
  },
  "not-a-standard": {
    severities: error,
    stages: ["yaml"],
    summary: "the file is not a map of a standard's keys",
    text: {
      message: () => "the file does not hold a standard (a map with `standard:`, `version:`, `title:` …)",
      hint: () => "start from the example in docs/guide/authoring-standards.md",
    },
  },
  "too-many-diagnostics": {
    severities: error,
    stages: ["any"],
    summary: "more problems than the limit; the rest are not shown",
    text: {
      message: ({ max }: { max: number }) => `more than ${max} problems; the rest are not shown`,
      hint: () => "fix the problems above and validate again",
    },
  },

  // extends
  "unresolved-extends": {
    severities: error,
    stages: ["extends"],
    summary: "the standard `extends` names is not found",
  },
  "circular-extends": {
    severities: error,
    stages: ["extends"],
    summary: "standards extend each other in a circle",
    text: {
      message: ({ cycle }: { cycle: string[] }) => `\`extends\` goes round in a circle: ${cycle.join(" → ")}`,
      hint: () => "a standard cannot extend itself, directly or through others; remove one `extends`",
    },
  },
  "extends-too-deep": {
    severities: error,
    stages: ["extends"],
    summary: "the `extends` chain is longer than the limit",
    text: {
      message: ({ max }: { max: number }) => `more than ${max} standards in the \`extends\` chain`,
      hint: () => "flatten the chain: a group standard and a site standard are usually enough",
    },
  },

  // the shape of the document
  "missing-key": { severities: error, stages: ["shape", "values"], summary: "a required key is missing" },
  "unknown-key": { severities: error, stages: ["shape"], summary: "a key the language does not have" },
  "invalid-id": { severities: error, stages: ["shape"], summary: "an id that is not a lowercase identifier" },
  "invalid-type": { severities: error, stages: ["shape"], summary: "a value of the wrong type" },
  "invalid-value": { severities: error, stages: ["shape", "values"], summary: "a value that is not allowed there" },
  "invalid-format": { severities: error, stages: ["shape"], summary: "a string not in the form expected" },
  "empty-value": { severities: error, stages: ["shape"], summary: "an empty string, list or map where one is needed" },

  // values
  "invalid-timezone": { severities: error, stages: ["values"], summary: "the time zone is not an IANA zone name" },
  "invalid-deadline": { severities: error, stages: ["values"], summary: "a target that is not a deadline expression" },
  "clock-target": {
    severities: error,
    stages: ["values"],
    summary: "a clock has both `target` and `dueAt`, or neither",
  },
  "invalid-duration": { severities: error, stages: ["values"], summary: "not a duration like `15m` or `4h`" },
  "invalid-time": { severities: error, stages: ["values"], summary: "not a time of day like `09:00`" },
  "invalid-clock-range": { severities: error, stages: ["values"], summary: "not a clock range like `08:30-12:00`" },
  "invalid-percent": { severities: error, stages: ["values"], summary: "not a percentage like `80%`" },
  "warnings-out-of-order": { severities: error, stages: ["values"], summary: "warning thresholds not ascending" },
  "invalid-escalation-time": {
    severities: error,
    stages: ["values"],
    summary: "not an escalation time like `breach + 30m`",
  },
  "invalid-date": {
    severities: error,
    stages: ["values"],
    summary: "not an existing date `YYYY-MM-DD`, or a bad range",
  },
  "duplicate-day": { severities: error, stages: ["values"], summary: "a weekday given hours by two selectors" },
  "no-working-time": {
    severities: error,
    stages: ["values"],
    summary: "a calendar has no working hours on any day",
    text: {
      message: ({ calendar }: { calendar: string }) => `calendar \`${calendar}\` has no working hours on any day`,
      hint: () => "give hours to at least one day (`mon-fri: 08:30-17:30`), or use `24x7`",
    },
  },
  "priority-order": {
    severities: error,
    stages: ["values"],
    summary: "`priorityOrder` does not list each priority once",
  },
  "duplicate-date": { severities: error, stages: ["values"], summary: "a date given twice in one calendar" },
  "duty-without-schedule": {
    severities: error,
    stages: ["values"],
    summary: "a duty says nothing about when it is due",
  },
  "duty-kind-conflict": { severities: error, stages: ["values"], summary: "a duty mixes the keys of two kinds" },
  "invalid-rrule": {
    severities: error,
    stages: ["values"],
    summary: "an `rrule` the RRULE library cannot read, out of RFC 5545's ranges, or never occurring",
  },
  "invalid-months": { severities: error, stages: ["values"], summary: "not months of the year like `jun-sep`" },
  "invalid-year-date": { severities: error, stages: ["values"], summary: "not a date of the year like `12-31`" },
  "impossible-target": { severities: error, stages: ["values"], summary: "a KPI target no value can meet" },
  "unreachable-band": {
    severities: warning,
    stages: ["values"],
    summary: "a KPI band every value of which an earlier band takes",
  },
  "period-start": {
    severities: error,
    stages: ["values"],
    summary: "`starts` on a period that is not a year or quarter",
  },
  "at-least-count": { severities: error, stages: ["values"], summary: "`atLeast` above the number of conditions" },
  "rule-cycle": { severities: error, stages: ["values"], summary: "a rule reuses itself, directly or through others" },
  "test-subject": { severities: error, stages: ["values"], summary: "a test names no ticket or duty, or both" },

  // references
  "unknown-holiday-set": { severities: error, stages: ["references"], summary: "a holiday set that is not declared" },
  "unknown-calendar": unknown("calendar"),
  "unknown-role": unknown("role"),
  "unknown-escalation-chain": unknown("escalation-chain"),
  "unknown-state": unknown("state"),
  "unknown-event": unknown("event"),
  "unknown-priority": unknown("priority"),
  "unknown-field": unknown("field"),
  "unknown-clock": unknown("clock"),
  "unknown-ticket": unknown("ticket"),
  "unknown-duty": unknown("duty"),
  "unknown-kpi": unknown("kpi"),
  "unknown-rule": unknown("rule"),

  // consistency rules
  "duplicate-id": { severities: error, stages: ["rules"], summary: "a name listed twice where it must be unique" },
  "unreachable-state": {
    severities: warning,
    stages: ["rules"],
    summary: "a state no event sequence reaches",
    text: {
      message: ({ state, ticket, initial }: StateArgs) =>
        `state \`${state}\` of \`${ticket}\` cannot be reached from \`${initial}\``,
      hint: ({ state }: StateArgs) => `add a transition into it (\`on: { some_event: ${state} }\`) or remove it`,
    },
  },
  "dead-end-state": {
    severities: warning,
    stages: ["rules"],
    summary: "a state with no way out that is not final",
    text: {
      message: ({ state }: { state: string }) => `state \`${state}\` has no way out and is not final`,
      hint: () => "add `on:` transitions, or `final: true` if tickets end here",
    },
  },
  "clock-never-stops": { severities: error, stages: ["rules"], summary: "no stop condition can follow a start" },
  "missing-target": { severities: error, stages: ["rules"], summary: "a priority without a target on a clock" },
  "business-time-without-calendar": {
    severities: error,
    stages: ["rules"],
    summary: "working time counted on the 24x7 calendar",
  },
  "escalation-without-warning": {
    severities: error,
    stages: ["rules"],
    summary: "a level fires at `warning` with no threshold",
  },
  "escalation-out-of-order": { severities: error, stages: ["rules"], summary: "escalation goes earlier or lower" },
  "circular-reports-to": {
    severities: error,
    stages: ["rules"],
    summary: "roles report to each other in a circle",
    text: {
      message: ({ cycle }: { cycle: string[] }) => `\`reportsTo\` goes round in a circle: ${cycle.join(" → ")}`,
      hint: () => "the role at the top of the pyramid (e.g. `manager`) reports to no one",
    },
  },
  "ambiguous-priority": {
    severities: ["error", "warning"],
    stages: ["rules"],
    summary: "priorities that shadow or overlap each other",
  },
  "impossible-schedule": { severities: error, stages: ["rules"], summary: "a schedule that cannot be kept" },
  "short-month": { severities: warning, stages: ["rules"], summary: "a day of the month not in every month" },
  "overlapping-occurrences": {
    severities: warning,
    stages: ["rules"],
    summary: "a tolerance not shorter than the interval",
  },
  "invalid-datetime": { severities: error, stages: ["rules"], summary: "a test time that is not a date or local time" },

  // what real standards need (issue 7): calendars and clocks
  "holidays-on-24x7": {
    severities: error,
    stages: ["values"],
    summary: "a `24x7` calendar given holidays",
    text: {
      message: ({ calendar }: { calendar: string }) =>
        `calendar \`${calendar}\` runs 24x7, so it cannot stop on holidays`,
      hint: () =>
        "remove `holidays` for a round-the-clock service, or write `hours: { daily: 00:00-24:00 }` to stop on holidays",
    },
  },
  "ambiguous-hours": {
    severities: warning,
    stages: ["rules"],
    summary: "hours or minutes on a calendar with working hours count working time only",
  },
});

/** Every code the language gives. */
export type DiagnosticCode = keyof typeof diagnosticCodes;

/** The severities a code may be reported with. */
export type SeverityOf<Code extends DiagnosticCode> = (typeof diagnosticCodes)[Code]["severities"][number];

/** The codes whose message and hint are written in the registry. */
export type PhrasedCode = {
  [Code in DiagnosticCode]: (typeof diagnosticCodes)[Code] extends { text: DiagnosticText<infer _> } ? Code : never;
}[DiagnosticCode];

type ArgsOf<Code extends PhrasedCode> = (typeof diagnosticCodes)[Code] extends { text: DiagnosticText<infer Args> }
  ? Args
  : never;

/**
 * The message and hint the registry writes for a code, filled in.
 *
 * @example
 * report({ code: "circular-reports-to", path, ...phrase("circular-reports-to", { cycle }) });
 */
export function phrase<Code extends PhrasedCode>(code: Code, args: ArgsOf<Code>): { message: string; hint: string } {
  const text = (diagnosticCodes[code] as DiagnosticCodeEntry<ArgsOf<Code>>).text!;
  return { message: text.message(args), hint: text.hint(args) };
}

/** Whether `code` is a code of the language (a calendar spec code included). */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(diagnosticCodes, code);
}
