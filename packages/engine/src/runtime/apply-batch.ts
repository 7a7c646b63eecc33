import type { Instant } from "@yardstick/calendar";
import type { Program } from "../compile/program.js";
import type { Effect } from "../effects/effect.js";
import { EngineError, isEngineError } from "../errors/engine-error.js";
import { encodeTicket } from "../state/codec.js";
import type { TicketState } from "../state/ticket-state.js";
import { isDuplicate, isLate, replayWith } from "./apply-event.js";
import { applyCore, fireTimers, nextWakeAt, type Ctx } from "./core.js";
import { checkState, instant, storedEvent, type TicketEvent } from "./input.js";

/** One step of a batch: an event for a ticket, or the ticket brought to an instant (a wake-up). */
export type BatchStep = { ticket: string; event: TicketEvent } | { ticket: string; advance: Instant };

/** What a batch did to one ticket: what applyEvent and advance, called step by step, would have. */
export interface BatchTicketResult {
  id: string;
  /** The state after its steps (the one given, unchanged, when none of them changed it). */
  ticket: TicketState;
  /** The effects of its steps, in step order. */
  effects: Effect[];
  nextWakeAt: number | null;
  /** Steps (indexes into the batch) refused with a typed error, which left the ticket as it was. */
  errors: { step: number; error: EngineError }[];
  /** Steps (indexes into the batch) that were events applied before. */
  duplicates: number[];
}

/**
 * Applies many steps across many tickets, decoding and encoding each ticket once: for a host that
 * drains a queue of events and wake-ups. The result per ticket — state, effects, `nextWakeAt` — is
 * what calling applyEvent and advance one step at a time gives (a step refused with a typed error is
 * reported and skipped, as a host catching that call's error would); steps apply in the order given.
 * A step naming a ticket not in `tickets`, or a state that is not one, throws before anything runs.
 * @example
 * const [t1] = applyBatch(program, [stored], [{ ticket: "T-1", event: { type: "dispatch", at } }, { ticket: "T-1", advance: later }]);
 */
export function applyBatch(
  program: Program,
  tickets: readonly TicketState[],
  steps: readonly BatchStep[],
): BatchTicketResult[] {
  const byId = new Map<string, number[]>();
  tickets.forEach((t, i) => {
    const id = t !== null && typeof t === "object" ? t.id : undefined;
    if (typeof id !== "string" || byId.has(id)) {
      throw new EngineError("invalid-input", `tickets[${i}] is not a ticket state, or its id is given twice`, {
        path: ["tickets", i, "id"],
      });
    }
    byId.set(id, []);
  });
  steps.forEach((step, i) => {
    const list = step !== null && typeof step === "object" ? byId.get(step.ticket) : undefined;
    if (list === undefined) {
      throw new EngineError(
        "invalid-input",
        `step ${i} is for ticket \`${String(step?.ticket)}\`, which is not given`,
        {
          hint: "pass every ticket the steps name in `tickets`",
          path: ["steps", i, "ticket"],
        },
      );
    }
    list.push(i);
  });
  // Every state is checked before any step runs, so a bad one changes nothing.
  const decoded = tickets.map((t) => checkState(program, t));
  return tickets.map((given, i) => {
    let { st } = decoded[i]!;
    const kind = decoded[i]!.kind;
    const mine = byId.get(st.id)!;
    const effects: Effect[] = [];
    let ctx: Ctx = { program, kind, out: effects };
    const errors: BatchTicketResult["errors"] = [];
    const duplicates: number[] = [];
    let changed = false;
    for (const index of mine) {
      const step = steps[index]!;
      try {
        if ("event" in step) {
          const ev = storedEvent(step.event);
          if (isDuplicate(st, ev)) {
            duplicates.push(index);
            continue;
          }
          if (isLate(st, ev)) {
            const late = replayWith(ctx, st, ev);
            st = late.st;
            effects.push(...late.effects);
            // The recomputed ticket is a new one: the call's memos start again with it.
            ctx = { program, kind, out: effects };
          } else applyCore(ctx, st, ev);
        } else {
          const t = instant(step.advance, ["steps", index, "advance"]);
          if (t < st.now) {
            throw new EngineError(
              "time-went-back",
              `now (${new Date(t).toISOString()}) is before the ticket's last instant (${new Date(st.now).toISOString()})`,
              { path: ["steps", index, "advance"] },
            );
          }
          fireTimers(ctx, st, t, true);
          st.now = t;
        }
        changed = true;
      } catch (error) {
        // applyCore, replayWith and the checks above throw before changing the working ticket.
        if (!isEngineError(error)) throw error;
        errors.push({ step: index, error });
      }
    }
    return {
      id: st.id,
      ticket: changed ? encodeTicket(program, kind, st) : given,
      effects,
      nextWakeAt: nextWakeAt(kind, st, ctx),
      errors,
      duplicates,
    };
  });
}
