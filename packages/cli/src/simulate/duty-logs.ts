/**
 * The month's duty work: the engine's planner lists what is due (planDuties, with simulated rain,
 * move-ins and warranty records for the triggered and date-relative duties), and each occurrence
 * gets the log a crew would send — most on time, some late, some with a checkpoint skipped, a
 * few never done or excused. The reconciler (in `replay`) judges them, not this file.
 */
import type { DutyModel } from "@yardstick/dsl";
import { formatLocal, planDuties, type DutyEvent, type DutySubject, type Program } from "@yardstick/engine";
import type { ExcuseRecord, LogRecord, SubjectRecord, TriggerRecord } from "../activity/records.js";
import type { Random } from "./random.js";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

type Duration = NonNullable<DutyModel["tolerance"]>["value"];

export interface DutyWorld {
  program: Program;
  from: number;
  to: number;
  items: Record<string, string[]>;
  staff: readonly string[];
  lateness: ReadonlyMap<string, number>;
  rng: Random;
}

export interface DutyActivity {
  triggers: TriggerRecord[];
  subjects: SubjectRecord[];
  logs: LogRecord[];
  excuses: ExcuseRecord[];
}

function localDate(t: number, timezone: string): string {
  return formatLocal(t, timezone).slice(0, 10);
}

/** Events the triggered duties listen to (`rain_stopped`, `moved_in`): a few a month, in daytime. */
function simulateTriggers(world: DutyWorld): TriggerRecord[] {
  const { program, rng } = world;
  const types = new Map<string, string[]>();
  for (const duty of Object.values(program.model.duties))
    if (duty.schedule.kind === "triggered")
      types.set(duty.schedule.on, [...(types.get(duty.schedule.on) ?? []), ...duty.zones]);
  const days = Math.round((world.to - world.from) / DAY);
  const triggers: TriggerRecord[] = [];
  for (const [event, zones] of types) {
    for (let k = 0, n = rng.poisson((4 * days) / 30); k < n; k++) {
      const at = world.from + rng.int(0, days - 1) * DAY + rng.int(8 * 60, 20 * 60) * MIN;
      const zone = zones.length > 0 ? rng.pick([...new Set(zones)]) : undefined;
      triggers.push({
        type: "trigger",
        at: formatLocal(at, program.timezone),
        event,
        ...(zone ? { zone } : {}),
        id: rng.id("E-"),
      });
    }
  }
  return triggers.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Records with the dates date-relative duties read (`unit.warrantyEnd`): spread over the next months. */
function simulateSubjects(world: DutyWorld): SubjectRecord[] {
  const { program, rng } = world;
  const fields = new Set<string>();
  for (const duty of Object.values(program.model.duties))
    if (duty.schedule.kind === "date-relative" && duty.schedule.anchor === undefined) fields.add(duty.schedule.of);
  const subjects: SubjectRecord[] = [];
  for (const field of fields)
    for (let k = 0; k < 24; k++) {
      const date = localDate(world.from + rng.int(0, 75) * DAY + 12 * HOUR, program.timezone);
      subjects.push({
        type: "subject",
        id: `${rng.int(1, 9)}-${String(rng.int(1, 30)).padStart(2, "0")}0${rng.int(1, 4)}`,
        data: { [field]: date },
      });
    }
  return subjects;
}

export function simulateDuties(world: DutyWorld): DutyActivity {
  const { program, rng } = world;
  const tz = program.timezone;
  const triggers = simulateTriggers(world);
  const subjects = simulateSubjects(world);
  const events: DutyEvent[] = triggers.map((t) => ({
    type: t.event,
    at: t.at,
    ...(t.zone ? { zone: t.zone } : {}),
    ...(t.id ? { id: t.id } : {}),
  }));
  const records: DutySubject[] = subjects.map((s) => ({ id: s.id, data: s.data }));
  const plan = planDuties(program, { from: world.from, to: world.to, items: world.items, events, subjects: records });
  const logs: LogRecord[] = [];
  const excuses: ExcuseRecord[] = [];
  for (const o of plan) {
    const duty = program.model.duties[o.duty]!;
    const f = world.lateness.get(o.zone ?? "") ?? 1;
    const roll = rng.next();
    if (roll < 0.01) {
      excuses.push({ type: "excuse", occurrence: o.id, reason: "excused by the supervisor" });
      continue;
    }
    if (roll < 0.01 + 0.03 * f) continue; // never done: the reconciler finds it missed
    const tolerance = duty.tolerance === undefined ? 0 : toleranceMs(duty.tolerance.value);
    const span = o.due - o.start;
    let at: number;
    if (roll < 0.01 + 0.06 * f) at = o.due + tolerance + rng.int(5, 90) * MIN;
    else if (span >= 20 * HOUR) {
      // A day (or a week…) to do it in: some day in it, in working hours.
      const day = rng.int(0, Math.max(0, Math.floor(span / DAY) - 1));
      at = Math.min(o.due - MIN, o.start + day * DAY + rng.int(8 * 60, 18 * 60) * MIN);
    } else at = o.start + Math.floor((rng.next() * span) / 1000) * 1000;
    if (at >= world.to) continue; // still to come when the file ends
    let checkpoints = o.checkpoints;
    if (checkpoints.length > 1 && rng.next() < 0.04 * f) {
      const skipped = rng.pick(checkpoints);
      checkpoints = checkpoints.filter((c) => c !== skipped);
    }
    const crew = duty.crew ?? 1;
    const by = crew > 1 ? pickSome(rng, world.staff, crew) : rng.pick(world.staff);
    logs.push({
      type: "log",
      at: formatLocal(at, tz),
      duty: o.duty,
      ...(o.zone !== undefined ? { zone: o.zone } : {}),
      ...(o.item !== undefined ? { item: o.item } : {}),
      by,
      ...(checkpoints.length > 0 ? { checkpoints } : {}),
      id: rng.id("L-"),
    });
  }
  return { triggers, subjects, logs, excuses };
}

function pickSome(rng: Random, staff: readonly string[], n: number): string[] {
  const out = new Set<string>();
  while (out.size < Math.min(n, staff.length)) out.add(rng.pick(staff));
  return [...out];
}

/** A tolerance is a plain duration (`10m`); days are read as 24 hours, months as 30 days. */
function toleranceMs(value: Duration): number {
  if (value.kind === "duration") return value.ms;
  if (value.kind === "calendar-days") return value.days * DAY;
  return value.months * 30 * DAY;
}
