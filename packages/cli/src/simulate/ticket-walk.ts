/**
 * One simulated ticket: opened with data the kind defines (its categories, zone, unit), then
 * walked through its workflow by the engine itself. The next event is drawn from the transitions
 * the current state has, forward more often than back; its time is drawn against the deadline
 * the engine reports for the clock it would stop, so most work is on time, some late, and a few
 * tickets breach and climb the escalation chain.
 */
import {
  applyEvent,
  formatLocal,
  formatShort,
  isEngineError,
  openTicket,
  status,
  type CompiledKind,
  type Data,
  type Program,
  type RecentTicket,
  type TicketState,
} from "@yardstick/engine";
import type { EventRecord, OpenRecord } from "../activity/records.js";
import type { Random } from "./random.js";

const MIN = 60_000;
const HOUR = 60 * MIN;

export interface TicketWorld {
  program: Program;
  zones: readonly string[];
  staff: readonly string[];
  /** How often each zone is late: 1 is the community's average. */
  lateness: ReadonlyMap<string, number>;
  /** Nothing is recorded at or after this instant: tickets opened late in the month stay open. */
  until: number;
  rng: Random;
}

/** Distance (in transitions) from each state to a final state that completes the work. */
function distances(kind: CompiledKind): Map<string, number> {
  // A final state entered from several states is an exit (cancelled), not the work's end.
  const entries = new Map<string, Set<string>>();
  for (const [from, events] of kind.table)
    for (const transitions of events.values())
      for (const t of transitions) {
        const set = entries.get(t.to) ?? new Set<string>();
        set.add(from);
        entries.set(t.to, set);
      }
  const ends = [...kind.finals].filter((f) => (entries.get(f)?.size ?? 0) <= 1);
  const dist = new Map<string, number>((ends.length > 0 ? ends : [...kind.finals]).map((f) => [f, 0]));
  for (let changed = true; changed;) {
    changed = false;
    for (const [from, events] of kind.table)
      for (const transitions of events.values())
        for (const t of transitions) {
          const d = dist.get(t.to);
          if (d !== undefined && (dist.get(from) ?? Infinity) > d + 1) {
            dist.set(from, d + 1);
            changed = true;
          }
        }
  }
  return dist;
}

const distanceCache = new WeakMap<CompiledKind, Map<string, number>>();

interface Step {
  event: string;
  to: string;
  weight: number;
}

/** The steps the state offers, weighted: forward 1, sideways 0.5, back or into a pause 0.08, out (cancel) 0.03. */
function stepsFrom(kind: CompiledKind, state: string): Step[] {
  let dist = distanceCache.get(kind);
  if (dist === undefined) distanceCache.set(kind, (dist = distances(kind)));
  const here = dist.get(state) ?? Infinity;
  const steps: Step[] = [];
  for (const [event, transitions] of kind.table.get(state) ?? []) {
    const to = transitions[0]!.to;
    const there = dist.get(to) ?? Infinity;
    const exit = kind.finals.has(to) && there !== 0;
    const weight = exit ? 0.03 : there < here ? 1 : there === here ? 0.5 : 0.08;
    steps.push({ event, to, weight });
  }
  return steps;
}

function fieldValue(id: string, type: string, values: readonly unknown[] | undefined, world: TicketWorld): unknown {
  const { rng } = world;
  if (values !== undefined && values.length > 0) return rng.pick(values);
  if (type === "number") return rng.int(1, 100);
  if (type === "boolean") return rng.next() < 0.5;
  if (type === "date") return undefined; // agreed times come with the event that starts their clock
  if (/unit|room|房/.test(id)) return `${rng.int(1, 9)}-${String(rng.int(1, 30)).padStart(2, "0")}0${rng.int(1, 4)}`;
  return `${id}-${rng.int(1, 40)}`;
}

/** The opening data: every field the kind declares, the zone from the community's zones. */
function openingData(kind: CompiledKind, world: TicketWorld, recent: readonly RecentTicket[]): Data {
  const data: Data = {};
  for (const field of Object.values(kind.model.fields)) {
    const value =
      field.id === kind.zoneField || field.id === "zone"
        ? world.zones.length > 0
          ? world.rng.pick(world.zones)
          : undefined
        : fieldValue(field.id, field.type, field.values, world);
    if (value !== undefined) data[field.id] = value as Data[string];
  }
  // Some repairs come back: the same unit and category again (the kind's `rework.same`), in
  // the zone of the repair that did not hold, more often where work is late.
  const same = kind.model.rework?.same ?? [];
  const zoneOf = (d: Data | undefined) =>
    kind.zoneField === undefined ? undefined : (d?.[kind.zoneField] as string | undefined);
  const f = world.lateness.get(zoneOf(data) ?? "") ?? 1;
  if (same.length > 0 && recent.length > 0 && world.rng.next() < 0.05 * f) {
    const earlier = world.rng.pick(recent.slice(-30));
    for (const f of same) if (earlier.data?.[f] !== undefined) data[f] = earlier.data[f]!;
    if (kind.zoneField !== undefined && earlier.data?.[kind.zoneField] !== undefined)
      data[kind.zoneField] = earlier.data[kind.zoneField]!;
  }
  return data;
}

/** Fields of clocks that count to an agreed time (`dueAt`), keyed by the state or event that starts them. */
function agreedTimes(kind: CompiledKind, to: string, event: string): string[] {
  const fields: string[] = [];
  for (const clock of kind.clocks) {
    const field = clock.model.dueAt;
    if (field !== undefined && (clock.start.states.has(to) || clock.start.events.has(event))) fields.push(field);
  }
  return fields;
}

/** How long the next step takes: against the deadline of the clock it stops, else minutes to hours. */
function delayOf(
  kind: CompiledKind,
  ticket: TicketState,
  step: Step,
  now: number,
  world: TicketWorld,
  zone: string | undefined,
): number {
  const { rng, program } = world;
  const late = 0.12 * (world.lateness.get(zone ?? "") ?? 1);
  let stopping: number | undefined;
  let running: number | undefined;
  const clocks = status(program, ticket, now).clocks;
  for (const clock of kind.clocks) {
    const st = clocks.find((c) => c.clock === clock.id);
    if (st?.deadline == null || (st.status !== "running" && st.status !== "warning")) continue;
    const left = st.deadline - now;
    running = Math.min(running ?? left, left);
    if (clock.stop.states.has(step.to) || clock.stop.events.has(step.event))
      stopping = Math.min(stopping ?? left, left);
  }
  if (stopping !== undefined && stopping > 0) {
    if (rng.next() < late) return Math.round(stopping * (1.02 + rng.next() * 1.5) + rng.int(1, 30) * MIN);
    return Math.max(MIN, Math.round(stopping * (0.1 + 0.85 * rng.next() ** 2)));
  }
  // A step on the way (dispatch) takes a share of the time the running clock leaves.
  if (running !== undefined && running > 0) return Math.max(MIN, Math.round(running * (0.05 + 0.3 * rng.next())));
  const leaving = kind.clocks.some((c) => c.pause.states.has(step.to));
  if (leaving) return rng.int(10, 90) * MIN;
  return rng.int(2, 150) * MIN;
}

export interface WalkedTicket {
  records: (OpenRecord | EventRecord)[];
  recent: RecentTicket;
}

/** Opens a ticket of `kind` at `at` and walks it until it closes or the window ends. */
export function walkTicket(
  kind: CompiledKind,
  id: string,
  at: number,
  world: TicketWorld,
  recent: readonly RecentTicket[],
): WalkedTicket {
  const { program, rng } = world;
  const tz = program.timezone;
  const data = openingData(kind, world, recent);
  const by = rng.pick(world.staff);
  const zone = kind.zoneField === undefined ? undefined : (data[kind.zoneField] as string | undefined);
  // Only earlier tickets with the same `rework.same` values can be what this one repeats.
  const same = kind.model.rework?.same;
  const matching = same === undefined ? [] : recent.filter((r) => same.every((f) => r.data[f] === data[f]));
  let ticket = openTicket(program, { id, kind: kind.id, at, data, by, recent: matching }).ticket;
  const records: (OpenRecord | EventRecord)[] = [
    { type: "open", at: formatLocal(at, tz), ticket: id, kind: kind.id, data, by },
  ];
  let now = at;
  let state = kind.initial;
  for (let n = 0; n < 24 && !kind.finals.has(state); n++) {
    const steps = stepsFrom(kind, state);
    if (steps.length === 0) break;
    const step = steps[rng.weighted(steps.map((s) => s.weight))]!;
    // The first step is the report that opened the ticket: at once.
    const delay =
      n === 0 && state === kind.initial ? rng.int(0, 2) * MIN : delayOf(kind, ticket, step, now, world, zone);
    const at = now + Math.round(delay / 1000) * 1000; // whole seconds, as a host's records are
    if (at >= world.until) break;
    const eventData: Data = {};
    for (const field of agreedTimes(kind, step.to, step.event))
      eventData[field] = formatShort(Math.ceil((at + rng.int(1, 8) * HOUR) / (30 * MIN)) * 30 * MIN, tz);
    const event = {
      type: step.event,
      at,
      by: rng.pick(world.staff),
      ...(Object.keys(eventData).length > 0 ? { data: eventData } : {}),
    };
    try {
      ticket = applyEvent(program, ticket, event).ticket;
    } catch (error) {
      if (isEngineError(error)) break; // a guard that does not hold for this ticket's data: it rests here
      throw error;
    }
    records.push({
      type: "event",
      at: formatLocal(at, tz),
      ticket: id,
      event: step.event,
      ...(event.data ? { data: event.data } : {}),
      by: event.by,
    });
    now = at;
    state = ticket.state;
  }
  return { records, recent: { id, at, data } };
}
