/**
 * A compiled standard: what the runtime reads. Not JSON (it holds predicates and calendars); a
 * host compiles once per standard version and keeps it. Ticket states are JSON and pin the program.
 */
import type { Calendar } from "@yardstick/calendar";
import type { ClockModel, EscalationLevel, StandardModel, TicketKindModel } from "@yardstick/dsl";
import type { CompiledChoice } from "../clocks/start-choices.js";
import type { Predicate } from "./matcher.js";
import type { ClockPlan } from "../clocks/clock-plan.js";
import type { CycleKeys, Reasons } from "../clocks/timers.js";

export interface StandardPin {
  id: string;
  version: string;
  hash: string;
}

/** Where a clock condition listens: states entered, and events (with an optional guard each). */
export interface CompiledConditions {
  states: ReadonlySet<string>;
  events: ReadonlyMap<string, readonly (Predicate | undefined)[]>;
  empty: boolean;
}

export interface CompiledClock {
  id: string;
  /** Its place among the kind's clocks (the stored state lists clocks, and names them in tokens, by it). */
  index: number;
  model: ClockModel;
  calendar: Calendar;
  start: CompiledConditions;
  stop: CompiledConditions;
  pause: CompiledConditions;
  resume: CompiledConditions;
  reset: CompiledConditions;
  cancel: CompiledConditions;
  /** The calendar of each priority that counts on another than `calendar` (clocks/clock-scope.ts reads these). */
  calendarByPriority: ReadonlyMap<string, Calendar>;
  /** The priorities the clock applies to; undefined: every priority. */
  priorities: ReadonlySet<string> | undefined;
  /** Per priority (or `*`): targets chosen by when the cycle starts (clocks/start-choices.ts). */
  choices: ReadonlyMap<string, readonly CompiledChoice[]>;
  /** Whether the clock (and its standard) is in force at a start; undefined: always. */
  inForce: ((startedAt: number) => boolean) | undefined;
  /** Warning thresholds as fractions of the budget, ascending. */
  warn: readonly number[];
  /** Warning thresholds per priority, when the standard writes them per priority. */
  warnByPriority: ReadonlyMap<string, readonly number[]> | undefined;
  /** The most warnings any priority has: the warning effect keys built per cycle. */
  warnLevels: number;
  escalation: readonly EscalationLevel[];
  /** Every state and event any of the conditions above names: a step that touches none leaves the clock be. */
  watches: { states: ReadonlySet<string>; events: ReadonlySet<string> };
  /**
   * What the runtime works out once per clock and keeps (clocks/clock-plan.ts, clocks/timers.ts):
   * derived from the program alone, bounded by its priorities and a few cycles.
   */
  memo: ClockMemo;
}

export interface ClockMemo {
  /** Per priority (`\u0000`: none). */
  plans: Map<string, ClockPlan>;
  /** Per cycle number (cycle n at n - 1), the first few. */
  keys: CycleKeys[];
  /** Per priority and target text, for targets chosen by start time. */
  reasons: Map<string, Reasons>;
}

export interface CompiledTransition {
  to: string;
  guard: Predicate | undefined;
  /** Taken only when this clock's latest cycle has breached before the event (decision 0084). */
  afterBreach: string | undefined;
  /** The XState guard name of this transition (for `ticketMachine` and the differential test). */
  guardName: string | undefined;
  /**
   * The clocks that watch its source, its target or its event (`CompiledClock.watches`), in the
   * order declared: the only ones a step along it can change when it changes the state.
   */
  watchers: readonly ClockStep[];
}

/**
 * A clock a step can change, with which of its conditions the step meets (compile-kind.ts
 * `clockStep`): bits of `ON` set in `always` hold for every such step (the state entered is one
 * the condition names, or the event is, unguarded); bits in `dynamic` hold when a `when` of the
 * event holds on the ticket's data, evaluated at the step.
 */
export interface ClockStep {
  clock: CompiledClock;
  always: number;
  dynamic: number;
}

/** The bit of each condition in `ClockStep.always` / `.dynamic`. */
export const ON = { cancel: 1, stop: 2, reset: 4, pause: 8, resume: 16, start: 32 } as const;

export interface CompiledPriority {
  id: string;
  test: Predicate | undefined;
}

export interface CompiledKind {
  id: string;
  model: TicketKindModel;
  initial: string;
  finals: ReadonlySet<string>;
  /** state → event → transitions in the order written (the first whose guard holds is taken). */
  table: ReadonlyMap<string, ReadonlyMap<string, readonly CompiledTransition[]>>;
  events: ReadonlySet<string>;
  /** Events some clock condition listens to, so they are accepted in any state. */
  clockEvents: ReadonlySet<string>;
  /** Per event: the clocks that watch it, in the order declared (a step that leaves the state as it was). */
  eventWatchers: ReadonlyMap<string, readonly ClockStep[]>;
  /** The clocks that watch the initial state (the opening's step). */
  openWatchers: readonly ClockStep[];
  priorities: readonly CompiledPriority[];
  clocks: readonly CompiledClock[];
  /** Clock id → the clocks its breach starts (`start: { breach: id }`, decision 0084); empty for most kinds. */
  followOns: ReadonlyMap<string, readonly CompiledClock[]>;
  /** The field that names a ticket's zone, when the kind has one. */
  zoneField: string | undefined;
}

export interface Program {
  pin: StandardPin;
  timezone: string;
  model: StandardModel;
  tickets: ReadonlyMap<string, CompiledKind>;
  calendars: ReadonlyMap<string, Calendar>;
}
