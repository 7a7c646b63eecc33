/**
 * The workflow of a ticket kind as a real XState v5 machine, from plain config (decision 0020).
 * Only states, events and guards: no `after`, no delayed sends, no invoked actors — clocks and
 * deadlines are the engine's own data. The runtime steps through a transition table compiled from
 * the same config; a differential test keeps the two equal over every reachable (state, event).
 */
import { setup } from "xstate";
import type { Data } from "./matcher.js";
import type { CompiledKind } from "./program.js";

/** The events the machine takes: the ticket's data and the event's own data ride along for guards. */
export interface TicketMachineEvent {
  type: string;
  ticket: Data;
  data?: Data;
  /** The clocks whose latest cycle has breached before the event (for `afterBreach`, decision 0084). */
  breached?: readonly string[];
}

interface StateConfig {
  type?: "final";
  on?: Record<string, { target: string; guard?: string }[]>;
}

export function buildTicketMachine(kind: CompiledKind) {
  const guards: Record<string, (args: { event: TicketMachineEvent }) => boolean> = {};
  const states: Record<string, StateConfig> = {};
  for (const [state, byEvent] of kind.table) {
    const config: StateConfig = kind.finals.has(state) ? { type: "final" } : {};
    if (!kind.finals.has(state) && byEvent.size > 0) {
      config.on = {};
      for (const [event, transitions] of byEvent) {
        config.on[event] = transitions.map((t) => {
          if (t.guardName === undefined) return { target: t.to };
          const { guard, afterBreach } = t;
          guards[t.guardName] = ({ event: e }) =>
            (guard === undefined || guard(e.ticket, e.data)) &&
            (afterBreach === undefined || (e.breached ?? []).includes(afterBreach));
          return { target: t.to, guard: t.guardName };
        });
      }
    }
    states[state] = config;
  }
  return setup({ types: { events: {} as TicketMachineEvent }, guards }).createMachine({
    id: kind.id,
    initial: kind.initial,
    states,
  });
}

export type TicketMachine = ReturnType<typeof buildTicketMachine>;

/** Guard names the machine config refers to that `setup` was not given (a compile check). */
export function missingGuards(kind: CompiledKind, machine: TicketMachine): string[] {
  const known = new Set(Object.keys((machine.implementations as { guards: Record<string, unknown> }).guards));
  const missing: string[] = [];
  for (const byEvent of kind.table.values())
    for (const transitions of byEvent.values())
      for (const t of transitions) if (t.guardName !== undefined && !known.has(t.guardName)) missing.push(t.guardName);
  return missing;
}
