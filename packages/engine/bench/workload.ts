/**
 * The benchmark's tickets: deterministic histories of seed/harbour-view's kinds, shaped like a
 * community's year. Repairs carry the mix the standard is written for — the 15-minute arrival
 * clock (most on time, some warned, some breached and climbing the pyramid), owners out (a pause
 * with an agreed visit time), assignments and recategorisations (data changes that retarget the
 * clocks), cancellations, callbacks on the office calendar across weekends, lunch breaks and the
 * National Day holidays, objections sent back for rework. The host's wake-ups (`advance` at
 * `nextWakeAt` whenever it comes before the next event) are part of each history.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { loadStandard, type StandardModel } from "@yardstick/dsl";
import {
  advance,
  applyEvent,
  compileStandard,
  formatShort,
  openTicket,
  type OpenTicketInput,
  type Program,
  type TicketEvent,
  type TicketResult,
  type TicketState,
} from "@yardstick/engine";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const standardsRoot = new URL("../../../standards/", import.meta.url);

/** Every shipped standard file (standards/**), as the CLI would read it. */
export function shippedFiles(): { file: string; text: string }[] {
  const root = standardsRoot.pathname;
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".yaml") || name.endsWith(".yml"))
        out.push({ file: `standards/${relative(root, path)}`, text: readFileSync(path, "utf8") });
    }
  };
  walk(root);
  return out;
}

/** `standards/<id>.yaml`, for `extends`. */
export function resolveShipped(id: string): { file: string; text: string } {
  return { file: `standards/${id}.yaml`, text: readFileSync(new URL(`${id}.yaml`, standardsRoot), "utf8") };
}

export function loadShipped(file: { file: string; text: string }): StandardModel {
  const { standard, diagnostics } = loadStandard(file.text, { file: file.file, resolve: resolveShipped });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (standard === undefined || errors.length > 0)
    throw new Error(`${file.file} does not load: ${errors.map((d) => d.message).join("; ")}`);
  return standard;
}

export function compileShipped(model: StandardModel): Program {
  const { program, diagnostics } = compileStandard(model);
  if (program === undefined)
    throw new Error(`${model.id} does not compile: ${diagnostics.map((d) => d.message).join("; ")}`);
  return program;
}

export type Step = { event: TicketEvent } | { advance: number };

export interface History {
  open: OpenTicketInput;
  steps: Step[];
  /** Events only, for replayTicket. */
  events: TicketEvent[];
  /** The instant of the last step (replayTicket's `until`). */
  until: number;
}

/** A small LCG: the same histories on every run and machine. */
export class Random {
  constructor(private seed: number) {}
  next(): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
    return this.seed / 2 ** 32;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const ZONES = ["一区", "二区", "三区"];
const CATEGORIES = ["water_leak", "power_cut", "drain_blocked", "door_lock", "fixture", "appliance", "other"];
const TIMEZONE = "Asia/Shanghai";

/** Repairs reported from September 2025 to December 2026 (two National Days), mostly in the day. */
function reportedAt(r: Random): number {
  const from = Date.parse("2025-09-01T00:00:00+08:00");
  const day = r.int(0, 485);
  const hour = r.chance(0.85) ? r.int(7, 21) : r.int(0, 23);
  return from + day * DAY + hour * HOUR + r.int(0, 59) * MINUTE;
}

/** The events of one repair, in order of occurrence. */
function repairEvents(r: Random, t0: number): TicketEvent[] {
  const events: TicketEvent[] = [];
  let t = t0;
  const at = (dt: number) => (t += dt);
  const tech = `tech-${r.int(1, 40)}`;
  events.push({ type: "report", at: at(r.int(0, 2) * MINUTE) });
  if (r.chance(0.04)) {
    events.push({ type: "cancel", at: at(r.int(1, 10) * MINUTE) });
    return events;
  }
  // The desk corrects the category now and then: a priority change moves the deadline.
  const corrected: Record<string, string> = r.chance(0.1) ? { category: r.pick(CATEGORIES) } : {};
  events.push({ type: "dispatch", at: at(r.int(1, 4) * MINUTE), by: tech, data: { assignee: tech, ...corrected } });
  // Owners out: the clock pauses; the visit is agreed for later, and may be missed.
  const absences = r.chance(0.25) ? r.int(1, 3) : 0;
  for (let i = 0; i < absences; i++) {
    const out = at(r.int(2, 8) * MINUTE);
    const visit = out + r.int(20, 240) * MINUTE;
    events.push({ type: "owner_absent", at: out, data: { appointment_at: formatShort(visit, TIMEZONE) } });
    events.push({ type: "owner_back", at: at(r.int(10, 300) * MINUTE) });
  }
  if (r.chance(0.03)) {
    events.push({ type: "cancel", at: at(r.int(1, 10) * MINUTE) });
    return events;
  }
  // Arrival: 70% well within 15 minutes, 20% after the 80% warning, 10% late (the pyramid).
  const lateness = r.next();
  const arrive = lateness < 0.7 ? r.int(3, 11) : lateness < 0.9 ? r.int(12, 15) : r.int(16, 75);
  events.push({ type: "arrive", at: at(arrive * MINUTE) });
  events.push({ type: "complete", at: at(r.int(20, 240) * MINUTE) });
  // Callback within one working day on the office calendar; rework when the owner objects.
  for (let loop = 0; ; loop++) {
    const callback = r.chance(0.8) ? r.int(10, 20 * 60) : r.int(20 * 60, 5 * 24 * 60);
    if (loop < 2 && r.chance(0.12)) {
      events.push({ type: "callback_objection", at: at(callback * MINUTE) });
      events.push({ type: "rework_done", at: at(r.int(1, 48) * HOUR) });
      continue;
    }
    // 15% of repairs are still waiting for their callback when the history ends.
    if (r.chance(0.85)) events.push({ type: "callback_satisfied", at: at(callback * MINUTE) });
    return events;
  }
}

/** Other kinds: a walk through the workflow with the fields their clocks read. */
function walkEvents(program: Program, kind: string, r: Random, t0: number): TicketEvent[] {
  const compiled = program.tickets.get(kind)!;
  const events: TicketEvent[] = [];
  let state = compiled.initial;
  let t = t0;
  for (let i = 0; i < 12 && !compiled.finals.has(state); i++) {
    const byEvent = compiled.table.get(state);
    if (byEvent === undefined || byEvent.size === 0) break;
    const type = r.pick([...byEvent.keys()]);
    const event: TicketEvent = { type, at: (t += r.int(5, 600) * MINUTE) };
    if (kind === "facility-repair" && type === "order")
      event.data = { due_at: formatShort(t + r.int(1, 72) * HOUR, TIMEZONE) };
    if (compiled.model.ownership === "first-contact" || i === 0) event.by = `staff-${r.int(1, 20)}`;
    events.push(event);
    state = byEvent.get(type)![0]!.to;
  }
  return events;
}

function openFor(program: Program, kind: string, id: string, r: Random, at: number): OpenTicketInput {
  const fields = program.tickets.get(kind)!.model.fields;
  const data: Record<string, string> = {};
  if ("unit" in fields) data.unit = `${r.int(1, 12)}-${String(r.int(1, 30)).padStart(2, "0")}0${r.int(1, 4)}`;
  if ("zone" in fields) data.zone = r.pick(ZONES);
  if ("category" in fields) data.category = r.pick(CATEGORIES);
  if ("facility" in fields) data.facility = r.pick(["lift-1", "gate-north", "lights-row-3", "pump-b1"]);
  return { id, kind, at, data };
}

/**
 * `count` histories of `kind`, with the host's wake-ups: before each event, and at the end, the
 * ticket is advanced to every `nextWakeAt` that falls before it (at most a day past the last event).
 */
export function histories(program: Program, kind: string, count: number, seed: number): History[] {
  const r = new Random(seed);
  const out: History[] = [];
  for (let i = 0; i < count; i++) {
    const at = reportedAt(r);
    const open = openFor(program, kind, `${kind}-${i + 1}`, r, at);
    const events = kind === "repair" ? repairEvents(r, at) : walkEvents(program, kind, r, at);
    const steps: Step[] = [];
    let result: TicketResult = openTicket(program, open);
    const wakeUntil = (limit: number) => {
      for (let n = 0; n < 50 && result.nextWakeAt !== null && result.nextWakeAt < limit; n++) {
        // A timer can be due before the ticket's last instant (a pause that began exactly at the
        // deadline holds the breach until the resume); the host then advances to now.
        const wake = Math.max(result.nextWakeAt, result.ticket.now);
        steps.push({ advance: wake });
        result = advance(program, result.ticket, wake);
      }
    };
    for (const event of events) {
      wakeUntil(event.at as number);
      steps.push({ event });
      result = applyEvent(program, result.ticket, event);
    }
    const last = (events.at(-1)?.at as number | undefined) ?? at;
    wakeUntil(last + DAY);
    const final = steps.at(-1);
    const until = final === undefined ? at : "advance" in final ? final.advance : (final.event.at as number);
    out.push({ open, steps, events, until });
  }
  return out;
}

/** Every stored state a history passes through, as the JSON a host keeps. */
export function storedStates(program: Program, h: History): { json: string; ticket: TicketState }[] {
  let result = openTicket(program, h.open);
  const out = [{ json: JSON.stringify(result.ticket), ticket: result.ticket }];
  for (const step of h.steps) {
    result =
      "event" in step ? applyEvent(program, result.ticket, step.event) : advance(program, result.ticket, step.advance);
    out.push({ json: JSON.stringify(result.ticket), ticket: result.ticket });
  }
  return out;
}
