import type { Program } from "../compile/program.js";
import { EngineError } from "../errors/engine-error.js";
import { kindOf } from "../runtime/input.js";
import { encodeFormat1, pinText, programPin } from "./codec.js";
import type { TicketStateFormat1 } from "./format-1.js";
import { STATE_FORMAT, type TicketState } from "./ticket-state.js";

/**
 * Upgrades a stored ticket state to this engine's format (2), under the program of the standard it
 * pins: a host calls it on every state it reads back, and stores what it returns. Each format adds
 * one step here, so a state written by any released version reads (golden files in the tests).
 * @example
 * const ticket = migrateState(program, JSON.parse(row.state));
 * const { ticket: next } = applyEvent(program, ticket, event);
 */
export function migrateState(program: Program, state: unknown): TicketState {
  if (state === null || typeof state !== "object") {
    throw new EngineError("invalid-state", "a stored ticket state is a JSON object", { path: ["ticket"] });
  }
  const format = (state as { format?: unknown }).format;
  if (format === STATE_FORMAT) return state as TicketState;
  if (format === 1) return fromFormat1(program, state as TicketStateFormat1);
  throw new EngineError("unknown-state-format", `ticket state format ${String(format)} is not one this engine reads`, {
    hint: `this engine reads formats 1 and ${STATE_FORMAT}; a newer state needs a newer engine`,
    path: ["ticket", "format"],
  });
}

/** Format 1 → 2: the same ticket, written compactly (nothing is recomputed). */
function fromFormat1(program: Program, v1: TicketStateFormat1): TicketState {
  const pin = v1.standard;
  if (pin === null || typeof pin !== "object" || pinText(pin) !== programPin(program)) {
    throw new EngineError(
      "wrong-standard",
      `ticket \`${String(v1.id)}\` was opened under ${pin?.id}@${pin?.version}, not ${program.pin.id}@${program.pin.version} (or another content hash)`,
      { hint: "migrate a state with the program of the standard it pins", path: ["ticket", "standard"] },
    );
  }
  if (
    typeof v1.id !== "string" ||
    !Array.isArray(v1.events) ||
    typeof v1.clocks !== "object" ||
    !Array.isArray(v1.announced)
  ) {
    throw new EngineError(
      "invalid-state",
      "the format 1 state is missing its id, events, clocks or announced effects",
      {
        path: ["ticket"],
      },
    );
  }
  return encodeFormat1(program, kindOf(program, v1.kind), v1);
}
