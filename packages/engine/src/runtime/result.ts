import type { Effect } from "../effects/effect.js";
import type { TicketState } from "../state/ticket-state.js";

/** What every runtime call returns: the new state to store, the effects to deliver, when to wake it. */
export interface TicketResult {
  ticket: TicketState;
  effects: Effect[];
  /** The earliest instant at which `advance` has something to do; null when nothing is pending. */
  nextWakeAt: number | null;
  /** applyEvent: the event was applied before (same id, or same type, instant and data); nothing changed. */
  duplicate?: boolean;
}
