import type { Instant } from "@yardstick/calendar";
import type { Program } from "../compile/program.js";
import { EngineError } from "../errors/engine-error.js";
import { applyCore, fireTimers, nextWakeAt } from "./core.js";
import { instant, storedEvent, type TicketEvent } from "./input.js";
import { openWorking, type OpenTicketInput } from "./open-ticket.js";
import { encodeTicket } from "../state/codec.js";
import type { TicketResult } from "./result.js";

/**
 * A whole ticket history in one call — for what-if replays and bulk imports. Events are applied
 * in order of occurrence (a stable sort), timers fire between them, and the ticket is advanced to
 * `until` (default: the last event). The same result as openTicket + applyEvent/advance call by
 * call, without copying the state at every step.
 */
export function replayTicket(
  program: Program,
  input: { open: OpenTicketInput; events: readonly TicketEvent[]; until?: Instant },
): TicketResult {
  const { ctx, st } = openWorking(program, input.open);
  const events = input.events.map(storedEvent);
  let sorted = true;
  for (let i = 1; i < events.length; i++) if (events[i]!.at < events[i - 1]!.at) sorted = false;
  if (!sorted) events.sort((a, b) => a.at - b.at);
  for (const ev of events) {
    if (ev.at < st.opened.at)
      throw new EngineError("late-event-conflict", "an event is before the ticket was opened", { path: ["events"] });
    applyCore(ctx, st, ev);
  }
  if (input.until !== undefined) {
    const until = instant(input.until, ["until"]);
    if (until < st.now)
      throw new EngineError("time-went-back", "`until` is before the last event", { path: ["until"] });
    fireTimers(ctx, st, until, true);
    st.now = until;
  }
  return { ticket: encodeTicket(program, ctx.kind, st), effects: ctx.out, nextWakeAt: nextWakeAt(ctx.kind, st, ctx) };
}
