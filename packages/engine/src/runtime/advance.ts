import type { Instant } from "@yardstick/calendar";
import type { Program } from "../compile/program.js";
import { EngineError } from "../errors/engine-error.js";
import { encodeTicket } from "../state/codec.js";
import type { TicketState } from "../state/ticket-state.js";
import { fireTimers, nextWakeAt, type Ctx } from "./core.js";
import { checkState, instant } from "./input.js";
import type { TicketResult } from "./result.js";

/**
 * Brings a ticket to `now`: every warning, breach and escalation due at or before it is announced,
 * once. Advancing twice to the same instant announces nothing the second time.
 */
export function advance(program: Program, ticket: TicketState, now: Instant): TicketResult {
  // The decoded state is a fresh copy: this call changes it, never the host's value.
  const { st, kind } = checkState(program, ticket);
  const t = instant(now, ["now"]);
  if (t < st.now) {
    throw new EngineError(
      "time-went-back",
      `now (${new Date(t).toISOString()}) is before the ticket's last instant (${new Date(st.now).toISOString()})`,
      {
        path: ["now"],
      },
    );
  }
  const ctx: Ctx = { program, kind, out: [] };
  fireTimers(ctx, st, t, true);
  st.now = t;
  return { ticket: encodeTicket(program, kind, st), effects: ctx.out, nextWakeAt: nextWakeAt(kind, st, ctx) };
}
