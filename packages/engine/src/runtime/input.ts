/** Checks what a host passes in, so a bad argument is a typed error before anything is computed. */
import { parseInstant, type Instant } from "@yardstick/calendar";
import type { Data } from "../compile/matcher.js";
import type { CompiledKind, Program } from "../compile/program.js";
import { EngineError } from "../errors/engine-error.js";
import { decodeTicket, programPin } from "../state/codec.js";
import { STATE_FORMAT, type TicketState } from "../state/ticket-state.js";
import type { StoredEvent, WorkingTicket } from "../state/working-ticket.js";

export function instant(value: Instant, path: readonly (string | number)[]): number {
  // Epoch ms, the common case, without naming the path (the name is only for the error).
  if (typeof value === "number" && Number.isInteger(value)) {
    try {
      return parseInstant(value);
    } catch {
      // named below
    }
  }
  try {
    return parseInstant(value, path.join("."));
  } catch (error) {
    throw new EngineError("invalid-instant", (error as Error).message, { path: [...path] });
  }
}

export function kindOf(program: Program, kind: unknown): CompiledKind {
  const compiled = typeof kind === "string" ? program.tickets.get(kind) : undefined;
  if (compiled === undefined) {
    throw new EngineError("unknown-ticket-kind", `\`${String(kind)}\` is not a ticket kind of \`${program.pin.id}\``, {
      hint: `the kinds are ${[...program.tickets.keys()].map((k) => `\`${k}\``).join(", ") || "(none)"}`,
      path: ["kind"],
    });
  }
  return compiled;
}

export function data(value: unknown, path: readonly (string | number)[]): Data | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new EngineError("invalid-input", `${path.join(".")} must be an object of strings, numbers and booleans`, {
      path: [...path],
    });
  }
  // A spread copies the own enumerable fields at once (many times faster than one store per key);
  // the copy is then checked, so nothing the host passed is kept or touched.
  const out = { ...(value as Record<string, unknown>) } as Data;
  for (const k in out) {
    const v = out[k] as unknown;
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
      throw new EngineError(
        "invalid-input",
        `${path.join(".")}.${k} must be a string, number or boolean, got ${v === null ? "null" : typeof v}`,
        {
          path: [...path, k],
        },
      );
    }
  }
  return out;
}

/** A stored state checked against the program and decoded: the working copy the call may change. */
export function checkState(program: Program, state: unknown): { st: WorkingTicket; kind: CompiledKind } {
  if (state === null || typeof state !== "object") {
    throw new EngineError("invalid-state", "the ticket state must be the object a previous call returned", {
      path: ["ticket"],
    });
  }
  const st = state as TicketState;
  if (st.format !== STATE_FORMAT) {
    throw new EngineError("unknown-state-format", `ticket state format ${String(st.format)} is not ${STATE_FORMAT}`, {
      hint:
        (st.format as unknown) === 1
          ? "a state stored by an earlier engine: upgrade it with migrateState(program, state) when reading it back"
          : undefined,
      path: ["ticket", "format"],
    });
  }
  const pin = programPin(program);
  if (st.standard !== pin) {
    throw new EngineError(
      "wrong-standard",
      `ticket \`${String(st.id)}\` was opened under ${String(st.standard)}, not ${pin}`,
      { path: ["ticket", "standard"] },
    );
  }
  if (
    typeof st.id !== "string" ||
    typeof st.opened !== "number" ||
    !Array.isArray(st.events) ||
    !Array.isArray(st.clocks) ||
    !Array.isArray(st.announced)
  ) {
    throw new EngineError(
      "invalid-state",
      "the ticket state is missing its id, opening, events, clocks or announced effects",
      {
        path: ["ticket"],
      },
    );
  }
  const kind = kindOf(program, st.kind);
  return { st: decodeTicket(kind, st), kind };
}

export interface TicketEvent {
  type: string;
  at: Instant;
  id?: string;
  by?: string;
  data?: Data;
}

const EVENT_AT = ["event", "at"];
const EVENT_DATA = ["event", "data"];

export function storedEvent(event: TicketEvent): StoredEvent {
  if (event === null || typeof event !== "object" || typeof event.type !== "string") {
    throw new EngineError("invalid-input", "an event is `{ type, at, id?, by?, data? }`", { path: ["event"] });
  }
  // Every field present (undefined when not given): one object shape for every event.
  return {
    type: event.type,
    at: instant(event.at, EVENT_AT),
    id: event.id === undefined ? undefined : String(event.id),
    by: event.by === undefined ? undefined : String(event.by),
    data: data(event.data, EVENT_DATA),
  };
}
