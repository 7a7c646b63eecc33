import type { Program } from "../compile/program.js";
import { buildTicketMachine, type TicketMachine } from "../compile/ticket-machine.js";
import { kindOf } from "./input.js";

const machines = new WeakMap<object, TicketMachine>();

/**
 * The XState v5 machine of a ticket kind's workflow, to inspect, visualise or run as an actor.
 * Its events are `{ type, ticket, data?, breached? }`: guards read the ticket's data with the event's over it,
 * and `breached` lists the clocks whose latest cycle has breached (for `afterBreach`, decision 0084).
 * The runtime does not run it (see decision 0020); the two are kept equal by a differential test.
 */
export function ticketMachine(program: Program, kind: string): TicketMachine {
  const compiled = kindOf(program, kind);
  let machine = machines.get(compiled);
  if (machine === undefined) {
    machine = buildTicketMachine(compiled);
    machines.set(compiled, machine);
  }
  return machine;
}
