import { EngineError } from "../errors/engine-error.js";
import { STATE_FORMAT, type TicketState } from "./ticket-state.js";

/**
 * Upgrades a stored ticket state to this engine's format. Format 1 is the first; each later format
 * adds one step here, so a state written by any released version reads (golden files in the tests).
 */
export function migrateState(state: unknown): TicketState {
  if (state === null || typeof state !== "object") {
    throw new EngineError("invalid-state", "a stored ticket state is a JSON object", { path: ["ticket"] });
  }
  const format = (state as { format?: unknown }).format;
  if (format === STATE_FORMAT) return state as TicketState;
  throw new EngineError("unknown-state-format", `ticket state format ${String(format)} is not one this engine reads`, {
    hint: `this engine reads format ${STATE_FORMAT}; a newer state needs a newer engine`,
    path: ["ticket", "format"],
  });
}
