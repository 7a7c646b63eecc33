/**
 * What a KPI reads of a stored ticket (format 2, state/ticket-state.ts), read from the tuples as
 * they are: its kind, a field of its current data, and each clock cycle's outcome. Decoding a whole
 * ticket (events, announced tokens, every cycle as an object) for a million tickets was most of a
 * KPI run, and a KPI needs none of that. test/audits/ticket-reader.test.ts checks every function
 * here against the full decode (`decodeTicket`, `judgeCycle`) on random states.
 */
import type { Data } from "../compile/matcher.js";
import type { CompiledClock, CompiledKind, Program } from "../compile/program.js";
import { checkState } from "../runtime/input.js";
import { decodeCycle, programPin } from "../state/codec.js";
import type { CycleTuple, TicketState } from "../state/ticket-state.js";
import { judgeCycle } from "./cycle-outcome.js";

/**
 * The kind of a stored ticket, checked as the runtime checks it (format, pin, shape, kind); a
 * state that fails any check is handed to `checkState`, which throws the runtime's error for it.
 */
export function storedKind(program: Program, pin: string, s: unknown): CompiledKind {
  const t = s as TicketState | null;
  if (
    t !== null &&
    typeof t === "object" &&
    t.format === 2 &&
    t.standard === pin &&
    typeof t.id === "string" &&
    typeof t.opened === "number" &&
    Array.isArray(t.events) &&
    Array.isArray(t.clocks) &&
    Array.isArray(t.announced) &&
    typeof t.kind === "string"
  ) {
    const kind = program.tickets.get(t.kind);
    if (kind !== undefined) return kind;
  }
  return checkState(program, s).kind;
}

/** The program's pin as stored states carry it. */
export const storedPin = programPin;

/** The ticket's data now (the opening's with each event's merged over it), as `decodeTicket` makes it. */
export function currentData(s: TicketState): Data {
  let data: Data | undefined;
  for (const e of s.events) {
    const d = e.length > 4 ? e[4] : undefined;
    // Spreads, as decodeTicket merges (Object.assign onto one object cost 5-10× more).
    if (d !== undefined) data = { ...(data ?? s.data), ...d };
  }
  return data ?? { ...s.data };
}

const CANCELLED = 3;
const RESET = 4;

/** A cycle's end (epoch ms), as the decoded cycle's `endedAt`. */
export function cycleEnd(t: CycleTuple, opened: number): number | undefined {
  return t[1] !== 1 && t.length > 5 ? (t[5] as number) + opened : undefined;
}

/**
 * `judgeCycle(clock, decodeCycle(t, n, opened), asOf)` without making the cycle when it has no
 * closed pause (a pause moves the deadline on the clock's calendar: then the cycle is decoded).
 */
export function judgeTuple(clock: CompiledClock, t: CycleTuple, n: number, opened: number, asOf: number): string {
  const status = t[1];
  if (status === CANCELLED) return "cancelled";
  if (status === RESET) return "reset";
  if (t[3] === null) return "no-target";
  if (t[4].length >= 2) return judgeCycle(clock, decodeCycle(t, n, opened), asOf);
  const deadline = t[3] + t[0] + opened;
  if (status !== 1 && t.length > 5) return (t[5] as number) + opened > deadline ? "late" : "met";
  if (status === 1) return (t[5] as number) + opened >= deadline ? "late" : "pending";
  return asOf >= deadline ? "late" : "pending";
}
