import type { Instant } from "@yardstick/calendar";
import type { Program } from "../compile/program.js";
import { EngineError } from "../errors/engine-error.js";
import { cloneState, type TicketState } from "../state/ticket-state.js";
import { fireTimers, nextWakeAt, type Ctx } from "./core.js";
import { checkState, instant } from "./input.js";
import type { TicketResult } from "./result.js";

/**
 * Brings a ticket to `now`: every warning, breach and escalation due at or before it is announced,
 * once. Advancing twice to the same instant announces nothing the second time.
 */
export function advance(program: Program, ticket: TicketState, now: Instant): TicketResult {
  const { st: stored, kind } = checkState(program, ticket);
  const t = instant(now, ["now"]);
  if (t < stored.now) {
    throw new EngineError(
      "time-went-back",
      `now (${new Date(t).toISOString()}) is before the ticket's last instant (${new Date(stored.now).toISOString()})`,
      {
        path: ["now"],
      },
    );
  }
  const ctx: Ctx = { program, kind, out: [] };
  const st = cloneState(stored);
  fireTimers(ctx, st, t, true);
  st.now = t;
  return { ticket: st, effects: ctx.out, nextWakeAt: nextWakeAt(kind, st, ctx) };
}
