/**
 * Format 1, the first stored state (engine 0.1): the working ticket of that engine as it was (events
 * as objects, announced effects as keys), with its format and its pin as an object. Kept to be read by migrateState; golden files of it live in the tests.
 */
import type { Data } from "../compile/matcher.js";
import type { StandardPin } from "../compile/program.js";
import type { ClockCycle, StoredEvent } from "./working-ticket.js";

export interface TicketStateFormat1 {
  format: 1;
  standard: StandardPin;
  kind: string;
  id: string;
  opened: { at: number; data: Data; by?: string };
  state: string;
  priority: string | null;
  data: Data;
  owner?: string;
  reworkOf?: string;
  now: number;
  firedAt?: number;
  /** The events applied, in order of occurrence, with epoch-ms instants. */
  events: StoredEvent[];
  clocks: Record<string, ClockCycle[]>;
  /** Keys (without the ticket id) of every effect announced and not retracted, in order (`arrival/1/warning/1`). */
  announced: string[];
}
