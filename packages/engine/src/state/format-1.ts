/**
 * Format 1, the first stored state (engine 0.1): the working ticket as it is, with its format and
 * its pin as an object. Kept to be read by migrateState; golden files of it live in the tests.
 */
import type { StandardPin } from "../compile/program.js";
import type { WorkingTicket } from "./working-ticket.js";

export interface TicketStateFormat1 extends WorkingTicket {
  format: 1;
  standard: StandardPin;
}
