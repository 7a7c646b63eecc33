/**
 * A ticket's stored state, format 2: the JSON value the host keeps and hands back (decision 0023).
 * Small and flat because a host parses and writes it at every call: nothing derived is kept (the
 * ticket's current data is its opening data with each event's data merged over it; a cycle's number
 * is its place), instants after the opening are milliseconds after it, events and cycles are
 * tuples, clocks are listed in the order the kind declares them and announced effects are short
 * tokens — positions that mean the same under the standard the state pins, and only under it.
 *
 * @example
 * {"format":2,"standard":"seed/harbour-view@2026.1#df97a603c65e4e6a","kind":"repair","id":"T-1",
 *  "state":"dispatched","priority":"normal","opened":1782175620000,"data":{"unit":"2-2801"},
 *  "now":1782175860000,"events":[["report",60000],["dispatch",240000,0,"tech-1",{"assignee":"tech-1"}]],
 *  "clocks":[[[60000,0,"normal",900000,[]]],[],[]],"announced":["0s1"]}
 */
import type { Data } from "../compile/matcher.js";

export const STATE_FORMAT = 2;

/** `[type, at, id, by, data]`: `at` in ms after the opening; an absent id or by is 0; absent trailing parts are left off. */
export type EventTuple =
  | [type: string, at: number]
  | [type: string, at: number, id: string | 0]
  | [type: string, at: number, id: string | 0, by: string | 0]
  | [type: string, at: number, id: string | 0, by: string | 0, data: Data];

/**
 * `[start, status, priority, base, pauses, end]` or, while paused, `[…, pauses, pausedAt, pausedBy]`:
 * instants in ms after the opening except `base`, the deadline before pauses in ms after `start`
 * (null: no target); `status` 0 running, 1 paused, 2 stopped, 3 cancelled, 4 reset; `pauses` the
 * closed pauses as `[from, to, from, to, …]`; `pausedBy` 1 for a state, 0 for an event.
 */
export type CycleTuple =
  | [start: number, status: 0, priority: string | null, base: number | null, pauses: number[]]
  | [
      start: number,
      status: 1,
      priority: string | null,
      base: number | null,
      pauses: number[],
      pausedAt: number,
      pausedBy: 0 | 1,
    ]
  | [start: number, status: 2 | 3 | 4, priority: string | null, base: number | null, pauses: number[], end: number];

export interface TicketState {
  format: typeof STATE_FORMAT;
  /** The standard it was opened under: `id@version#` and the first 16 hex digits of the content hash. */
  standard: string;
  kind: string;
  id: string;
  state: string;
  priority: string | null;
  owner?: string;
  reworkOf?: string;
  /** When it was opened (epoch ms); every other instant is counted from here. */
  opened: number;
  /** Who opened it (the first taker). */
  by?: string;
  /** The data it was opened with. */
  data: Data;
  /** The latest instant it has been brought to (epoch ms: hosts read it). */
  now: number;
  /** The instant of the latest timer effect announced, in ms after the opening. */
  fired?: number;
  /** The events applied, in order of occurrence. */
  events: EventTuple[];
  /** Per clock of the kind, in the order declared: its cycles. */
  clocks: CycleTuple[][];
  /**
   * The effects announced and not retracted, in order: `<clock index><kind letter><cycle>[.<level>]`
   * (`0w1.1` is the first clock's cycle 1 warning 1; letters s t c w b e d for started, stopped,
   * cancelled, warning, breach, escalation, deadline-changed — whose level, a deadline, is in ms after
   * the opening), `r` for rework.
   */
  announced: string[];
}
