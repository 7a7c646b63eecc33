/**
 * A synthetic month for a community under a standard: tickets of every kind the standard defines,
 * arriving with a daily and weekly rhythm, walked through their workflow by the engine; the
 * duties the planner lists, with the logs staff would send. The result is the activity file
 * (docs/reference/events-jsonl.md) that `yardstick replay` and `yardstick report --events` read.
 */
import { formatLocal, instantFrom, periodOf, type Program, type RecentTicket } from "@yardstick/engine";
import { ACTIVITY_FORMAT, type ActivityRecord, type HeaderRecord } from "../activity/records.js";
import { simulateFacts } from "./audit-facts.js";
import { simulateDuties } from "./duty-logs.js";
import { seededRandom } from "./random.js";
import { walkTicket, type TicketWorld } from "./ticket-walk.js";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Reports per hour of the day (0–23): a morning and an evening peak, quiet nights. */
const HOURLY = [
  0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.6, 1.2, 2, 2.2, 2, 1.6, 1.2, 1.4, 1.6, 1.6, 1.5, 1.6, 2, 2.2, 1.8, 1.2, 0.7, 0.4,
];
const HOURLY_TOTAL = HOURLY.reduce((a, b) => a + b, 0);
/** Monday first: weekends a little quieter. */
const WEEKLY = [1.1, 1, 1, 1, 1.05, 0.9, 0.85];
const STAFF = ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu"];
/** Items of each `each:` set, when the standard does not say: four of each. */
const ITEMS_PER_SET = 4;

export interface SimulateOptions {
  /** `2026-11` */
  month: string;
  seed: number;
  /** Multiplies every ticket kind's daily volume (default 1). */
  scale?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface Simulation {
  records: ActivityRecord[];
  counts: {
    tickets: number;
    events: number;
    logs: number;
    triggers: number;
    subjects: number;
    excuses: number;
    /** Fact records: one per audit period and subject (site, zone or staff member). */
    facts: number;
  };
}

/** The zones the standard names (its duties' zones), in the order written. */
export function zonesOf(program: Program): string[] {
  const zones = new Set<string>();
  for (const duty of Object.values(program.model.duties)) for (const z of duty.zones) zones.add(z);
  return [...zones];
}

function ticketPrefix(kind: string): string {
  return `${kind
    .split("-")
    .map((w) => w[0]!.toUpperCase())
    .join("")}-`;
}

export function simulateMonth(program: Program, options: SimulateOptions): Simulation {
  const tz = program.timezone;
  const period = periodOf("month", options.month, tz);
  const rng = seededRandom(options.seed);
  const zones = zonesOf(program);
  // The first zone works best, the last worst, so the ranking has something to rank.
  const lateness = new Map(
    zones.map((z, i) => [z, zones.length === 1 ? 1 : 0.03 + 1.57 * (i / (zones.length - 1)) ** 1.5]),
  );
  const world: TicketWorld = { program, zones, staff: STAFF, lateness, until: period.end, rng };

  // Arrivals: per kind, per hour, a Poisson count around the kind's daily volume.
  const kinds = [...program.tickets.values()];
  const arrivals: { at: number; kind: number }[] = [];
  const scale = options.scale ?? 1;
  for (let day = period.start; day < period.end;) {
    const date = formatLocal(day, tz).slice(0, 10);
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    for (let hour = 0; hour < 24; hour++) {
      const hourStart = instantFrom(`${date} ${String(hour).padStart(2, "0")}:00`, tz)!;
      kinds.forEach((_, k) => {
        const mean = ((12 * scale) / (k + 1)) * (HOURLY[hour]! / HOURLY_TOTAL) * WEEKLY[weekday]!;
        for (let n = rng.poisson(mean); n > 0; n--)
          arrivals.push({ at: hourStart + rng.int(0, 59) * MIN + rng.int(0, 59) * 1000, kind: k });
      });
    }
    // The next local midnight (a day is not always 24 hours where clocks change).
    day = instantFrom(formatLocal(day + DAY + 2 * HOUR, tz).slice(0, 10), tz)!;
  }
  arrivals.sort((a, b) => a.at - b.at || a.kind - b.kind);

  const timed: { at: number; order: number; record: ActivityRecord }[] = [];
  const push = (at: number, record: ActivityRecord) => timed.push({ at, order: timed.length, record });
  const recent = kinds.map((): RecentTicket[] => []);
  const total = arrivals.length + 1;
  let events = 0;
  arrivals.forEach((arrival, i) => {
    const kind = kinds[arrival.kind]!;
    const seen = recent[arrival.kind]!;
    while (seen.length > 0 && arrival.at - (seen[0]!.at as number) > 30 * DAY) seen.shift();
    const walked = walkTicket(kind, rng.id(ticketPrefix(kind.id)), arrival.at, world, seen);
    seen.push(walked.recent);
    for (const r of walked.records) push(instantFrom(r.at, tz)!, r);
    events += walked.records.length - 1;
    options.onProgress?.(i + 1, total);
  });

  const items: Record<string, string[]> = {};
  for (const duty of Object.values(program.model.duties))
    if (duty.each !== undefined)
      items[duty.each] ??= Array.from({ length: ITEMS_PER_SET }, (_, i) => `${duty.each}-${i + 1}`);
  const duties = simulateDuties({ program, from: period.start, to: period.end, items, staff: STAFF, lateness, rng });
  for (const r of duties.triggers) push(instantFrom(r.at, tz)!, r);
  for (const r of duties.logs) push(instantFrom(r.at, tz)!, r);
  // The audits' facts draw from a generator of their own, so the tickets and logs of a seed do not
  // depend on which facts the standard's audits read.
  const facts = simulateFacts({
    program,
    month: options.month,
    zones,
    lateness,
    items,
    rng: seededRandom(options.seed ^ 0xfac75),
  });
  options.onProgress?.(total, total);
  timed.sort((a, b) => a.at - b.at || a.order - b.order);

  const header: HeaderRecord = {
    type: "header",
    format: ACTIVITY_FORMAT,
    standard: `${program.model.id}@${program.model.version}`,
    period: options.month,
    from: formatLocal(period.start, tz),
    to: formatLocal(period.end, tz),
    ...(Object.keys(items).length > 0 ? { items } : {}),
    source: `yardstick simulate --month ${options.month} --seed ${options.seed}${scale !== 1 ? ` --scale ${scale}` : ""}`,
  };
  return {
    records: [header, ...duties.subjects, ...facts, ...duties.excuses, ...timed.map((t) => t.record)],
    counts: {
      tickets: arrivals.length,
      events,
      logs: duties.logs.length,
      triggers: duties.triggers.length,
      subjects: duties.subjects.length,
      excuses: duties.excuses.length,
      facts: facts.length,
    },
  };
}
