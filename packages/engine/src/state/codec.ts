/**
 * The stored state (format 2, ticket-state.ts) ↔ the working ticket (working-ticket.ts). Decoding
 * makes fresh cycle objects and fresh lists of the event tuples and announced tokens (the tuples
 * themselves are shared, never changed), so it is also the copy the runtime changes (the host's
 * value is never touched); encoding writes only what cannot be derived. Both are positional under
 * the kind, which the state's pin fixes: the same standard hash has the same clocks in the same order.
 */
import type { Data } from "../compile/matcher.js";
import type { CompiledKind, Program, StandardPin } from "../compile/program.js";
import type { TicketStateFormat1 } from "./format-1.js";
import type { CycleTuple, EventTuple, TicketState } from "./ticket-state.js";
import { STATE_FORMAT } from "./ticket-state.js";
import type { ClockCycle, CycleStatus, StoredEvent, WorkingTicket } from "./working-ticket.js";

const STATUSES: readonly CycleStatus[] = ["running", "paused", "stopped", "cancelled", "reset"];
const STATUS_CODE: Record<CycleStatus, number> = { running: 0, paused: 1, stopped: 2, cancelled: 3, reset: 4 };
const LETTER: Record<string, string> = {
  started: "s",
  stopped: "t",
  cancelled: "c",
  warning: "w",
  breach: "b",
  escalation: "e",
  "deadline-changed": "d",
};
const KIND_OF_LETTER: Record<string, string> = Object.fromEntries(Object.entries(LETTER).map(([k, v]) => [v, k]));
const REWORK_KEY = "rework/1/rework/0";
const TOKEN = /^(\d+)([stcwbed])(\d+)(?:\.(-?\d+))?$/;

/** `id@version#` and 16 hex digits of the hash: 64 bits tell the versions of one standard apart. */
export function pinText(pin: StandardPin): string {
  return `${pin.id}@${pin.version}#${pin.hash.replace(/^sha256:/, "").slice(0, 16)}`;
}

const pins = new WeakMap<Program, string>();
export function programPin(program: Program): string {
  let text = pins.get(program);
  if (text === undefined) pins.set(program, (text = pinText(program.pin)));
  return text;
}

/** Announced keys ↔ tokens of one kind, remembered (the same few strings for every ticket). */
interface Tokens {
  clockIndex: Map<string, number>;
  toToken: Map<string, string>;
  toKey: Map<string, string>;
}
const tokensByKind = new WeakMap<CompiledKind, Tokens>();
const REMEMBERED = 4096;

function tokensOf(kind: CompiledKind): Tokens {
  let t = tokensByKind.get(kind);
  if (t === undefined) {
    t = { clockIndex: new Map(kind.clocks.map((c, i) => [c.id, i])), toToken: new Map(), toKey: new Map() };
    tokensByKind.set(kind, t);
  }
  return t;
}

function remember(t: Tokens, key: string, token: string): void {
  if (t.toToken.size >= REMEMBERED) return;
  t.toToken.set(key, token);
  t.toKey.set(token, key);
}

/** The stored token of an announced key (`arrival/1/warning/1` → `0w1.1`); a key of no known shape is kept as written. */
export function tokenOfKey(kind: CompiledKind, opened: number, key: string): string {
  return tokenOf(kind, tokensOf(kind), opened, key);
}

/** The announced key of a stored token (`0w1.1` → `arrival/1/warning/1`). */
export function keyOfToken(kind: CompiledKind, opened: number, token: string): string {
  return keyOf(kind, tokensOf(kind), opened, token);
}

function tokenOf(kind: CompiledKind, t: Tokens, opened: number, key: string): string {
  const known = t.toToken.get(key);
  if (known !== undefined) return known;
  if (key === REWORK_KEY) return "r";
  const [clock, cycle, what, level] = key.split("/");
  const index = t.clockIndex.get(clock!);
  const letter = LETTER[what!];
  // A key of no known shape is kept as written (tokens never contain a slash).
  if (index === undefined || letter === undefined || !/^\d+$/.test(cycle!) || !/^-?\d+$/.test(level!)) return key;
  if (letter === "d") return `${index}d${cycle}.${Number(level) - opened}`;
  const token = `${index}${letter}${cycle}${level === "0" ? "" : `.${level}`}`;
  remember(t, key, token);
  return token;
}

function keyOf(kind: CompiledKind, t: Tokens, opened: number, token: string): string {
  const known = t.toKey.get(token);
  if (known !== undefined) return known;
  if (token === "r") return REWORK_KEY;
  const m = TOKEN.exec(token);
  const clock = m === null ? undefined : kind.clocks[Number(m[1])];
  if (m === null || clock === undefined) return token;
  const what = KIND_OF_LETTER[m[2]!]!;
  if (what === "deadline-changed") return `${clock.id}/${m[3]}/${what}/${Number(m[4] ?? 0) + opened}`;
  const key = `${clock.id}/${m[3]}/${what}/${m[4] ?? 0}`;
  remember(t, key, token);
  return key;
}

export function encodeEvent(e: StoredEvent, opened: number): EventTuple {
  const at = e.at - opened;
  if (e.data !== undefined) return [e.type, at, e.id ?? 0, e.by ?? 0, e.data];
  if (e.by !== undefined) return [e.type, at, e.id ?? 0, e.by];
  if (e.id !== undefined) return [e.type, at, e.id];
  return [e.type, at];
}

export function decodeEvent(t: EventTuple, opened: number): StoredEvent {
  const e: StoredEvent = { type: t[0], at: t[1] + opened, id: undefined, by: undefined, data: undefined };
  if (t.length > 2 && t[2] !== 0) e.id = t[2]!;
  if (t.length > 3 && t[3] !== 0) e.by = t[3]!;
  if (t.length > 4) e.data = t[4]!;
  return e;
}

function encodeCycle(c: ClockCycle, opened: number): CycleTuple {
  const pauses: number[] = [];
  for (const [a, b] of c.pauses) pauses.push(a - opened, b - opened);
  const start = c.startedAt - opened;
  const base = c.base === null ? null : c.base - c.startedAt;
  if (c.status === "paused")
    return [start, 1, c.priority, base, pauses, c.pausedAt! - opened, c.pausedBy === "state" ? 1 : 0];
  if (c.status === "running") return [start, 0, c.priority, base, pauses];
  return [start, STATUS_CODE[c.status] as 2 | 3 | 4, c.priority, base, pauses, c.endedAt! - opened];
}

export function decodeCycle(t: CycleTuple, n: number, opened: number): ClockCycle {
  const startedAt = t[0] + opened;
  const status = STATUSES[t[1]]!;
  const flat = t[4];
  const pauses: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pauses.push([flat[i]! + opened, flat[i + 1]! + opened]);
  // Every field present (undefined when not set): one object shape for every cycle.
  const c: ClockCycle = {
    n,
    startedAt,
    status,
    priority: t[2],
    base: t[3] === null ? null : t[3] + startedAt,
    pauses,
    pausedAt: undefined,
    pausedBy: undefined,
    endedAt: undefined,
    timers: undefined,
    floor: undefined,
  };
  if (t[1] === 1) {
    c.pausedAt = t[5] + opened;
    c.pausedBy = t[6] === 1 ? "state" : "event";
  } else if (t.length > 5) c.endedAt = (t[5] as number) + opened;
  return c;
}

/** A field of the ticket's data now, from the stored state without decoding it: the latest event's that sets it, else the opening's. */
export function openingOrEventField(s: TicketState, field: string): Data[string] | undefined {
  for (let i = s.events.length - 1; i >= 0; i--) {
    const d = s.events[i]![4];
    if (d !== undefined && Object.prototype.hasOwnProperty.call(d, field)) return d[field];
  }
  return Object.prototype.hasOwnProperty.call(s.data, field) ? s.data[field] : undefined;
}

/**
 * The stored form of a working ticket: a new value, which takes over the working ticket's lists of
 * events and announced tokens (a call encodes its working ticket last, and changes it no more).
 */
export function encodeTicket(program: Program, kind: CompiledKind, w: WorkingTicket): TicketState {
  const opened = w.opened.at;
  const clocks: CycleTuple[][] = [];
  for (const clock of kind.clocks) {
    const cycles = w.clocks[clock.index]!;
    const out: CycleTuple[] = [];
    for (let i = 0; i < cycles.length; i++) out.push(encodeCycle(cycles[i]!, opened));
    clocks.push(out);
  }
  return written(program, w, opened, w.events, clocks, w.announced);
}

function written(
  program: Program,
  w: WorkingTicket | TicketStateFormat1,
  opened: number,
  events: EventTuple[],
  clocks: CycleTuple[][],
  announced: string[],
): TicketState {
  const s: TicketState = {
    format: STATE_FORMAT,
    standard: programPin(program),
    kind: w.kind,
    id: w.id,
    state: w.state,
    priority: w.priority,
    opened,
    data: w.opened.data,
    now: w.now,
    events,
    clocks,
    announced,
  };
  // Optional fields only when set, so a state has one written form (golden files compare the text).
  if (w.owner !== undefined) s.owner = w.owner;
  if (w.reworkOf !== undefined) s.reworkOf = w.reworkOf;
  if (w.opened.by !== undefined) s.by = w.opened.by;
  if (w.firedAt !== undefined) s.fired = w.firedAt - opened;
  return s;
}

/** A format 1 state (events as objects, announced keys, cycles by clock id) written as format 2. */
export function encodeFormat1(program: Program, kind: CompiledKind, v1: TicketStateFormat1): TicketState {
  const opened = v1.opened.at;
  const events: EventTuple[] = [];
  for (const e of v1.events) events.push(encodeEvent(e, opened));
  const clocks: CycleTuple[][] = [];
  for (const clock of kind.clocks) {
    const cycles = v1.clocks[clock.id];
    const out: CycleTuple[] = [];
    if (cycles !== undefined) for (const c of cycles) out.push(encodeCycle(c, opened));
    clocks.push(out);
  }
  const tokens = tokensOf(kind);
  const announced: string[] = [];
  for (const key of v1.announced) announced.push(tokenOf(kind, tokens, opened, key));
  return written(program, v1, opened, events, clocks, announced);
}

/** The working ticket of a stored state already checked to be of this format and this kind. */
export function decodeTicket(kind: CompiledKind, s: TicketState): WorkingTicket {
  const opened = s.opened;
  const openedWith: WorkingTicket["opened"] = { at: opened, data: s.data, by: s.by };
  // The current data: the opening's with each event's merged over it, in order — by spreads, as
  // applyCore merges an event's data (adding keys to one object with Object.assign cost 5-10× more).
  let data: Data | undefined;
  const stored = s.events;
  for (let i = 0; i < stored.length; i++) {
    const d = stored[i]![4];
    if (d !== undefined) data = { ...(data ?? s.data), ...d };
  }
  data ??= { ...s.data };
  const clocks: ClockCycle[][] = [];
  for (let i = 0; i < kind.clocks.length; i++) {
    const tuples = s.clocks[i];
    const cycles: ClockCycle[] = [];
    if (tuples !== undefined)
      for (let k = 0; k < tuples.length; k++) cycles.push(decodeCycle(tuples[k]!, k + 1, opened));
    clocks.push(cycles);
  }
  const w: WorkingTicket = {
    kind: s.kind,
    id: s.id,
    opened: openedWith,
    state: s.state,
    priority: s.priority,
    data,
    owner: s.owner,
    reworkOf: s.reworkOf,
    now: s.now,
    firedAt: s.fired === undefined ? undefined : s.fired + opened,
    // Fresh lists (the call appends to them), of the host's tuples and tokens (never changed).
    events: stored.slice(),
    clocks,
    announced: s.announced.slice(),
  };
  return w;
}
