/**
 * The baselines the engine is measured against, on the same events: seed/harbour-view's repair
 * workflow through a raw XState actor, through XState's pure `transition()`, and through a
 * reducer written by hand for this one kind — the fastest a host could go with no engine at all.
 */
import { createActor, initialTransition, transition, type AnyStateMachine } from "xstate";
import type { Data, TicketEvent } from "@yardstick/engine";
import type { History } from "./workload.js";

/**
 * seed/group's repair workflow and its arrival clock (15 minutes in harbour-view, on 24x7, paused
 * while the owner is out), written out by hand. Immutable: each event returns a new state.
 */
const REPAIR: Record<string, Record<string, string>> = {
  new: { report: "reported" },
  reported: { dispatch: "dispatched", arrive: "on_site", cancel: "cancelled" },
  dispatched: { arrive: "on_site", owner_absent: "waiting_for_owner", cancel: "cancelled" },
  waiting_for_owner: { owner_back: "dispatched", cancel: "cancelled" },
  on_site: { complete: "completed" },
  completed: { callback_satisfied: "closed", callback_objection: "follow_up" },
  follow_up: { rework_done: "completed" },
  closed: {},
  cancelled: {},
};
const ARRIVAL_MS = 15 * 60_000;

interface Arrival {
  readonly startedAt: number;
  readonly pausedAt: number | null;
  readonly pausedMs: number;
  readonly endedAt: number | null;
  readonly deadline: number;
}

export interface ReducerState {
  readonly state: string;
  readonly data: Readonly<Data>;
  readonly arrival: Arrival | null;
}

export function reduceRepair(s: ReducerState, e: { type: string; at: number; data?: Data }): ReducerState {
  const to = REPAIR[s.state]![e.type];
  if (to === undefined) throw new Error(`${s.state} does not take ${e.type}`);
  const data = e.data === undefined ? s.data : { ...s.data, ...e.data };
  let arrival = s.arrival;
  if (arrival === null) {
    if (to === "reported")
      arrival = { startedAt: e.at, pausedAt: null, pausedMs: 0, endedAt: null, deadline: e.at + ARRIVAL_MS };
  } else if (arrival.endedAt === null) {
    if (to === "on_site" || to === "cancelled") arrival = { ...arrival, endedAt: e.at };
    else if (to === "waiting_for_owner" && arrival.pausedAt === null) arrival = { ...arrival, pausedAt: e.at };
    else if (to === "dispatched" && arrival.pausedAt !== null) {
      const pausedMs = arrival.pausedMs + (e.at - arrival.pausedAt);
      arrival = { ...arrival, pausedAt: null, pausedMs, deadline: arrival.startedAt + ARRIVAL_MS + pausedMs };
    }
  }
  return { state: to, data, arrival };
}

const at = (e: TicketEvent) => e.at as number;

/** Every history through the reducer; returns a checksum so the work cannot be optimised away. */
export function runReducer(histories: readonly History[]): number {
  let sum = 0;
  for (const h of histories) {
    let s: ReducerState = { state: "new", data: h.open.data ?? {}, arrival: null };
    for (const e of h.events) s = reduceRepair(s, { type: e.type, at: at(e), ...(e.data ? { data: e.data } : {}) });
    sum += s.state.length + (s.arrival?.deadline ?? 0);
  }
  return sum;
}

/** Every history through a started XState actor (`createActor` + `send`), as a host might run one. */
export function runActor(machine: AnyStateMachine, histories: readonly History[]): number {
  let sum = 0;
  for (const h of histories) {
    const actor = createActor(machine).start();
    let data: Data = h.open.data ?? {};
    for (const e of h.events) {
      actor.send({ type: e.type, ticket: data, ...(e.data ? { data: e.data } : {}) });
      if (e.data !== undefined) data = { ...data, ...e.data };
    }
    sum += String(actor.getSnapshot().value).length;
    actor.stop();
  }
  return sum;
}

/** Every history through XState's pure `transition(machine, snapshot, event)`. */
export function runTransition(machine: AnyStateMachine, histories: readonly History[]): number {
  let sum = 0;
  for (const h of histories) {
    let [snapshot] = initialTransition(machine);
    let data: Data = h.open.data ?? {};
    for (const e of h.events) {
      [snapshot] = transition(machine, snapshot, { type: e.type, ticket: data, ...(e.data ? { data: e.data } : {}) });
      if (e.data !== undefined) data = { ...data, ...e.data };
    }
    sum += String(snapshot.value).length;
  }
  return sum;
}
