import type { Program } from "../compile/program.js";
import type { Effect } from "../effects/effect.js";
import { effectKey } from "../effects/effect-key.js";
import { EngineError, isEngineError } from "../errors/engine-error.js";
import { decodeEvent, encodeTicket, keyOfToken, tokenOfKey } from "../state/codec.js";
import type { TicketState } from "../state/ticket-state.js";
import type { StoredEvent, WorkingTicket } from "../state/working-ticket.js";
import { applyCore, checkEvent, fireTimers, nextWakeAt, openCore, type Ctx } from "./core.js";
import { checkState, storedEvent, type TicketEvent } from "./input.js";
import type { TicketResult } from "./result.js";

const sameData = (a: StoredEvent["data"], b: StoredEvent["data"]) =>
  JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

export function isDuplicate(st: WorkingTicket, ev: StoredEvent): boolean {
  const opened = st.opened.at;
  for (const t of st.events) {
    // An id is the tuple's third part (0: none); without one, the same type at the same instant first.
    if (ev.id !== undefined ? t[2] !== ev.id : t[0] !== ev.type || t[1] + opened !== ev.at) continue;
    const e = decodeEvent(t, opened);
    if (ev.id !== undefined || (e.id === undefined && e.by === ev.by && sameData(e.data, ev.data))) return true;
  }
  return false;
}

/** Whether an event is before what the ticket has seen (its last instant, or a timer already fired at or after it). */
export function isLate(st: WorkingTicket, ev: StoredEvent): boolean {
  return ev.at < st.now || (st.firedAt !== undefined && ev.at <= st.firedAt);
}

/**
 * Applies one event. Events carry the instant they happened: one earlier than what the ticket has
 * already seen is placed in order of occurrence and the ticket recomputed; effects announced before
 * that no longer hold are withdrawn by `retract` effects naming their keys, never silently.
 */
export function applyEvent(program: Program, ticket: TicketState, event: TicketEvent): TicketResult {
  // The decoded state is a fresh copy: this call changes it, never the host's value.
  const { st, kind } = checkState(program, ticket);
  const ev = storedEvent(event);
  if (isDuplicate(st, ev)) return { ticket, effects: [], nextWakeAt: nextWakeAt(kind, st), duplicate: true };
  const ctx: Ctx = { program, kind, out: [] };
  if (!isLate(st, ev)) {
    applyCore(ctx, st, ev);
    return { ticket: encodeTicket(program, kind, st), effects: ctx.out, nextWakeAt: nextWakeAt(kind, st, ctx) };
  }
  const late = replayWith(ctx, st, ev);
  return {
    ticket: encodeTicket(program, kind, late.st),
    effects: late.effects,
    nextWakeAt: nextWakeAt(kind, late.st, late.replay),
  };
}

/** The ticket recomputed from its opening over `events` and brought to `now`; the effects on the way. */
function recompute(
  ctx: Ctx,
  stored: WorkingTicket,
  events: readonly StoredEvent[],
  late: number,
): Ctx & { st: WorkingTicket } {
  const replay: Ctx = { program: ctx.program, kind: ctx.kind, out: [] };
  const st = openCore(replay, stored.id, stored.opened.at, stored.opened.data, stored.opened.by);
  if (stored.reworkOf !== undefined) st.reworkOf = stored.reworkOf;
  for (const token of stored.announced) if (token === "r" || token.startsWith("rework/")) st.announced.push(token);
  for (const [i, e] of events.entries()) {
    try {
      if (i === late) checkEvent(ctx.kind, st, e);
      applyCore(replay, st, e);
    } catch (error) {
      if (i === late || !isEngineError(error)) throw error;
      throw new EngineError(
        "late-event-conflict",
        `placing \`${events[late]!.type}\` at its time makes the recorded \`${e.type}\` impossible: ${error.message}`,
        { path: ["event"] },
      );
    }
  }
  fireTimers(replay, st, stored.now, true);
  st.now = stored.now;
  return { ...replay, st };
}

/**
 * Recomputes the ticket with a late event in its place, then reports the difference: what no longer
 * holds is retracted; what holds at another instant or with another deadline (a late pause moved a
 * breach) is retracted and announced again, under the same key, as it now holds; what newly holds
 * is announced. The instants first announced come from the history without the late event.
 * `stored` is not changed: the ticket after the event is a new one.
 */
export function replayWith(
  ctx: Ctx,
  stored: WorkingTicket,
  ev: StoredEvent,
): { st: WorkingTicket; effects: Effect[]; replay: Ctx } {
  if (ev.at < stored.opened.at) {
    throw new EngineError(
      "late-event-conflict",
      `the event at ${new Date(ev.at).toISOString()} is before the ticket was opened`,
      {
        path: ["event", "at"],
      },
    );
  }
  const events = stored.events.map((t) => decodeEvent(t, stored.opened.at));
  const recorded = events.slice();
  let index = events.length;
  while (index > 0 && events[index - 1]!.at > ev.at) index--;
  events.splice(index, 0, ev);
  const replay = recompute(ctx, stored, events, index);
  const st = replay.st;
  const said = new Map<string, Effect>();
  for (const e of recompute(ctx, stored, recorded, -1).out) said.set(e.key, e);
  const holds = new Map<string, Effect>();
  for (const e of replay.out) holds.set(e.key, e);
  const now = new Set(st.announced);
  const before = new Set(stored.announced);
  const effects: Effect[] = [];
  const moved = new Set<string>();
  const opened = stored.opened.at;
  for (const token of stored.announced) {
    const full = effectKey(st.id, keyOfToken(ctx.kind, opened, token));
    if (now.has(token)) {
      const was = said.get(full);
      const is = holds.get(full);
      if (was === undefined || is === undefined || (was.at === is.at && was.deadline === is.deadline)) continue;
      moved.add(token);
    }
    effects.push({
      key: `${full}/retract`,
      kind: "retract",
      ticket: st.id,
      ticketKind: st.kind,
      at: ev.at,
      retracts: full,
    });
  }
  for (const effect of replay.out) {
    const token = tokenOfKey(ctx.kind, opened, effect.key.slice(st.id.length + 1));
    if (!before.has(token) || moved.has(token)) effects.push(effect);
  }
  return { st, effects, replay };
}
