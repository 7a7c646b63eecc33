/**
 * A ticket's stored state: a JSON value the host keeps and hands back (decision 0023). Instants
 * are epoch milliseconds. It pins the standard it was opened under and records the events applied,
 * in order of occurrence, so a late report can be placed where it happened.
 */
import type { Data } from "../compile/matcher.js";
import type { StandardPin } from "../compile/program.js";

export const STATE_FORMAT = 1;

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
}

export interface TicketState {
  format: typeof STATE_FORMAT;
  standard: StandardPin;
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
  events: StoredEvent[];
  clocks: Record<string, ClockCycle[]>;
  /** Keys (without the ticket id) of every effect announced and not retracted. */
  announced: string[];
}

/** A copy the runtime may change: events and data objects are never changed in place, so they are shared. */
export function cloneState(s: TicketState): TicketState {
  const clocks: Record<string, ClockCycle[]> = {};
  for (const id of Object.keys(s.clocks))
    clocks[id] = s.clocks[id]!.map((c) => ({ ...c, pauses: c.pauses.map((p) => [p[0], p[1]] as [number, number]) }));
  return { ...s, events: s.events.slice(), clocks, announced: s.announced.slice() };
}
