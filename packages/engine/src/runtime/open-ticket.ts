import { deadlineFrom, type Deadline, type Instant } from "@yardstick/calendar";
import type { Data } from "../compile/matcher.js";
import type { Program } from "../compile/program.js";
import { localKey } from "../effects/effect-key.js";
import { EngineError } from "../errors/engine-error.js";
import { announce, nextWakeAt, openCore, type Ctx } from "./core.js";
import { data, instant, kindOf } from "./input.js";
import type { TicketResult } from "./result.js";
import { encodeTicket } from "../state/codec.js";
import type { WorkingTicket } from "../state/working-ticket.js";

/** A ticket the host opened before, for rework detection (the engine keeps no store of its own). */
export interface RecentTicket {
  id: string;
  /** When it was opened. */
  at: Instant;
  data: Data;
}

export interface OpenTicketInput {
  /** The host's id for the ticket; effect keys derive from it. */
  id: string;
  kind: string;
  at: Instant;
  data?: Data;
  /** Who took it (staff id): the owner under first-contact ownership (首问负责制). */
  by?: string;
  /** The host's recent tickets of the same kind, for the kind's `rework: { within, same }` rule. */
  recent?: RecentTicket[];
}

/**
 * Opens a ticket in its kind's initial state at `at`; clocks that start on the initial state start.
 * @example
 * const { ticket, effects, nextWakeAt } = openTicket(program, { id: "T-1", kind: "repair", at: "2026-03-06T17:55:00+08:00", data: { category: "water_leak" } });
 */
export function openTicket(program: Program, input: OpenTicketInput): TicketResult {
  const { ctx, st } = openWorking(program, input);
  return { ticket: encodeTicket(program, ctx.kind, st), effects: ctx.out, nextWakeAt: nextWakeAt(ctx.kind, st, ctx) };
}

/** openTicket without encoding: the working ticket and the call's context, for replayTicket to go on with. */
export function openWorking(program: Program, input: OpenTicketInput): { ctx: Ctx; st: WorkingTicket } {
  if (input === null || typeof input !== "object" || typeof input.id !== "string" || input.id === "") {
    throw new EngineError("invalid-input", "openTicket needs `{ id, kind, at, data? }` with a non-empty string id", {
      path: ["id"],
    });
  }
  const kind = kindOf(program, input.kind);
  const at = instant(input.at, ["at"]);
  const d = data(input.data, ["data"]) ?? {};
  const ctx: Ctx = { program, kind, out: [] };
  const st = openCore(ctx, input.id, at, d, input.by === undefined ? undefined : String(input.by));
  const rework = kind.model.rework;
  if (rework !== undefined && input.recent !== undefined) {
    const earlier = findReworkOf(program, rework.within.value, rework.same, at, st.data, input.recent);
    if (earlier !== undefined) {
      st.reworkOf = earlier;
      announce(ctx, st, localKey("rework", 1, "rework", 0), "rework", at, {
        level: 0,
        reworkOf: earlier,
        reason: `the same ${rework.same.join(" and ")} as ${earlier} within ${rework.within.text}`,
      });
    }
  }
  return { ctx, st };
}

/** The latest recent ticket with the same values of every `same` field, opened within the window. */
function findReworkOf(
  program: Program,
  within: Deadline,
  same: string[],
  at: number,
  d: Data,
  recent: RecentTicket[],
): string | undefined {
  // Elapsed calendar time in the standard's zone: `30d` is 30 local days, `1 month` clamps at month ends.
  const always = program.calendars.get("24x7")!;
  let best: { id: string; at: number } | undefined;
  recent.forEach((r, i) => {
    const t = instant(r.at, ["recent", i, "at"]);
    if (t > at || deadlineFrom(always, t, within) < at) return;
    const own = (x: Data, f: string) => (Object.prototype.hasOwnProperty.call(x, f) ? x[f] : undefined);
    if (!same.every((f) => own(d, f) !== undefined && own(d, f) === own(r.data ?? {}, f))) return;
    if (best === undefined || t > best.at) best = { id: r.id, at: t };
  });
  return best?.id;
}
