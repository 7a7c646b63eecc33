/**
 * A ticket as the runtime works on it, decoded from the stored state (`TicketState`, format 2,
 * state/ticket-state.ts) at the start of a call and encoded back at its end (state/codec.ts), so a
 * call may change it in place. Its cycles are plain objects with epoch-ms instants; its events and
 * announced effects stay as they are stored — event tuples and tokens (decision 0087) — because a
 * call in order only appends to them: decoding and encoding them was most of a stored call's codec.
 * It records the events applied, in order of occurrence, so a late report can be placed where it
 * happened.
 */
import type { Data } from "../compile/matcher.js";
import type { Timer } from "../clocks/timers.js";
import type { EventTuple } from "./ticket-state.js";

export interface StoredEvent {
  type: string;
  at: number;
  /** The host's id of the event; applying an event with a known id again changes nothing. */
  id?: string;
  /** Who did it (staff id); the first one is the owner under first-contact ownership. */
  by?: string;
  data?: Data;
}

export type CycleStatus = "running" | "paused" | "stopped" | "cancelled" | "reset";

/** One run of a clock, from a start to a stop, cancel or reset. */
export interface ClockCycle {
  /** 1-based; a reopened ticket starts cycle 2. */
  n: number;
  startedAt: number;
  status: CycleStatus;
  /** The priority whose target the cycle counts against (null: the kind has none). */
  priority: string | null;
  /** The deadline before pauses (null: no target for this priority, or no agreed time yet). */
  base: number | null;
  /** Closed pauses, in order. */
  pauses: [number, number][];
  pausedAt?: number;
  /** A pause named by a state ends when the ticket leaves it; one named by an event needs a resume. */
  pausedBy?: "state" | "event";
  endedAt?: number;
  /**
   * The running cycle's timers, computed on first use within a call and cleared whenever the runtime
   * changes the cycle (clocks/timers.ts `cycleTimers`); never stored.
   */
  timers?: readonly Timer[] | undefined;
  /** No timer of the running cycle is before this instant (clocks/timers.ts `timersFloor`); kept and cleared as `timers`. */
  floor?: number | undefined;
}

export interface WorkingTicket {
  kind: string;
  id: string;
  opened: { at: number; data: Data; by?: string };
  state: string;
  priority: string | null;
  data: Data;
  owner?: string;
  reworkOf?: string;
  /** The latest instant the ticket has been brought to, by an event or `advance`. */
  now: number;
  /** The instant of the latest timer effect announced (a warning, breach or escalation). */
  firedAt?: number;
  /** The events applied, in order of occurrence, as stored: `at` in ms after the opening (`decodeEvent` reads one). */
  events: EventTuple[];
  /** The cycles of each clock, in the kind's order of clocks (`CompiledClock.index`): one list per clock. */
  clocks: ClockCycle[][];
  /**
   * Every effect announced and not retracted, in order, as the stored tokens (`0w1.1`; `keyOfToken`
   * gives the key without the ticket id, `arrival/1/warning/1`).
   */
  announced: string[];
}
