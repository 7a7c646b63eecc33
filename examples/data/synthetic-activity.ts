/**
 * Synthetic activity for examples/data/estate.yaml: months of repairs, complaints, night patrols
 * and survey facts for zones A–D, from a fixed seed. It returns the plan (every random draw, so a
 * test can compute the expected KPIs without the engine) and the activity (ticket states made by
 * the engine from that plan, duty outcomes, facts) that an audit reads.
 */
import {
  applyEvent,
  instantFrom,
  openTicket,
  type AuditActivity,
  type DutyResult,
  type FactRecord,
  type Program,
  type RecentTicket,
  type TicketState,
} from "@yardstick/engine";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** How well a zone works: the chance each promise is kept. */
const PROFILES: Record<string, { onTime: number; callback: number; reply: number; patrol: number; rework: number }> = {
  A: { onTime: 0.95, callback: 0.97, reply: 0.97, patrol: 0.98, rework: 0.03 },
  B: { onTime: 0.85, callback: 0.9, reply: 0.92, patrol: 0.92, rework: 0.08 },
  C: { onTime: 0.7, callback: 0.75, reply: 0.8, patrol: 0.8, rework: 0.15 },
  D: { onTime: 0.8, callback: 0.95, reply: 0.85, patrol: 0.9, rework: 0.06 },
};
export const ZONES = Object.keys(PROFILES);

export interface PlannedRepair {
  id: string;
  zone: string;
  unit: string;
  category: "water_leak" | "fixture";
  owner: string;
  openedAt: number;
  /** null: cancelled before anyone arrived. */
  arrivedAt: number | null;
  completedAt: number | null;
  /** null: not called back (yet). */
  calledBackAt: number | null;
}
export interface PlannedComplaint {
  id: string;
  zone: string;
  owner: string;
  receivedAt: number;
  repliedAt: number | null;
}
export interface Plan {
  repairs: PlannedRepair[];
  complaints: PlannedComplaint[];
  patrols: DutyResult[];
  facts: FactRecord[];
}

/** mulberry32: a small seeded generator, so every run makes the same month. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function daysIn(month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The plan for `months` (`2026-09`, …) in the standard's zone. */
export function planActivity(program: Program, months: readonly string[], seed = 20261130): Plan {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const plan: Plan = { repairs: [], complaints: [], patrols: [], facts: [] };
  for (const month of months) {
    const first = instantFrom(`${month}-01 00:00`, program.timezone)!;
    const days = daysIn(month);
    for (const zone of ZONES) {
      const p = PROFILES[zone]!;
      const staff = [`${zone}-w1`, `${zone}-w2`, `${zone}-w3`];
      for (let day = 0; day < days; day++) {
        const midnight = first + day * DAY;
        for (let k = 0, n = 1 + Math.floor(next() * 3); k < n; k++) {
          const openedAt = midnight + (7 * 60 + Math.floor(next() * 14 * 60)) * MIN;
          const earlier = plan.repairs.filter((r) => r.zone === zone && openedAt - r.openedAt <= 20 * DAY);
          const again = earlier.length > 0 && next() < p.rework ? pick(earlier) : undefined;
          const category = again?.category ?? (next() < 0.3 ? "water_leak" : "fixture");
          const target = category === "water_leak" ? 30 : 120;
          const cancelled = next() < 0.04;
          const arriveMin =
            next() < p.onTime ? 5 + Math.floor(next() * (target - 5)) : target + 1 + Math.floor(next() * 90);
          const arrivedAt = cancelled ? null : openedAt + arriveMin * MIN;
          const completedAt = arrivedAt === null ? null : arrivedAt + (20 + Math.floor(next() * 100)) * MIN;
          const callbackMin =
            next() < p.callback ? 30 + Math.floor(next() * 22 * 60) : 24 * 60 + 1 + Math.floor(next() * 36 * 60);
          const calledBackAt = completedAt === null || next() < 0.05 ? null : completedAt + callbackMin * MIN;
          plan.repairs.push({
            id: `R-${month}-${zone}-${day + 1}-${k + 1}`,
            zone,
            unit: again?.unit ?? `${zone}-${100 + Math.floor(next() * 900)}`,
            category,
            owner: pick(staff),
            openedAt,
            arrivedAt,
            completedAt,
            calledBackAt,
          });
        }
        if (next() < 0.35) {
          const receivedAt = midnight + (8 * 60 + Math.floor(next() * 12 * 60)) * MIN;
          const toMidnight = (midnight + DAY - receivedAt) / MIN;
          const replyMin =
            next() < p.reply ? 10 + Math.floor(next() * (toMidnight - 11)) : toMidnight + 1 + Math.floor(next() * 600);
          plan.complaints.push({
            id: `C-${month}-${zone}-${day + 1}`,
            zone,
            owner: pick(staff),
            receivedAt,
            repliedAt: next() < 0.03 ? null : receivedAt + replyMin * MIN,
          });
        }
        const at = midnight + 23 * HOUR;
        const checkpoints = ["north-gate", "car-park", "lights-row"];
        const roll = next();
        const guard = `${zone}-guard`;
        const occurrence = {
          id: `night-patrol/${zone}/${month}-${String(day + 1).padStart(2, "0")}T23:00`,
          duty: "night-patrol",
          zone,
          checkpoints,
          at,
        };
        if (roll < 0.03) plan.patrols.push({ occurrence, status: "excused" });
        else if (roll < p.patrol) plan.patrols.push({ occurrence, status: "done", doneAt: at + 40 * MIN, by: [guard] });
        else if (roll < (p.patrol + 1) / 2)
          plan.patrols.push({ occurrence, status: "partial", missedCheckpoints: [pick(checkpoints)], by: [guard] });
        else plan.patrols.push({ occurrence, status: "missed" });
      }
      plan.facts.push({
        period: month,
        zone,
        facts: {
          satisfaction_rate: Math.round(70 + next() * 28),
          complaint_phone_posted: next() < 0.85,
          complaints_escalated: Math.floor(next() * 5),
        },
      });
    }
  }
  // Facts for every period (units, an incident and its re-inspection) and for the fiscal year
  // (escalations summed over its months): fixed, so they take no draw from the generator.
  const escalated = new Map<string, number>();
  for (const f of plan.facts)
    escalated.set(f.zone!, (escalated.get(f.zone!) ?? 0) + (f.facts.complaints_escalated as number));
  ZONES.forEach((zone, i) => {
    plan.facts.push({
      zone,
      facts: {
        units: [420, 360, 510, 300][i]!,
        incident_at: ["2025-06-10", "2025-12-01", "2026-02-14", "2025-09-30"][i]!,
        reinspected_at: ["2026-05-02", "2026-12-02", "2026-03-01", "2026-09-30"][i]!,
      },
    });
    plan.facts.push({ period: "2026", zone, facts: { complaints_escalated: escalated.get(zone) ?? 0 } });
  });
  return plan;
}

/** Runs the plan through the engine: each ticket's state after its events. */
export function activityOf(program: Program, plan: Plan): AuditActivity {
  const tickets: TicketState[] = [];
  const recent: RecentTicket[] = [];
  for (const r of plan.repairs) {
    const data = { zone: r.zone, unit: r.unit, category: r.category };
    let t = openTicket(program, { id: r.id, kind: "repair", at: r.openedAt, data, by: r.owner, recent }).ticket;
    recent.push({ id: r.id, at: r.openedAt, data });
    if (r.arrivedAt === null) t = applyEvent(program, t, { type: "cancel", at: r.openedAt + 10 * MIN }).ticket;
    else t = applyEvent(program, t, { type: "arrive", at: r.arrivedAt }).ticket;
    if (r.completedAt !== null) t = applyEvent(program, t, { type: "complete", at: r.completedAt }).ticket;
    if (r.calledBackAt !== null) t = applyEvent(program, t, { type: "callback", at: r.calledBackAt }).ticket;
    tickets.push(t);
  }
  for (const c of plan.complaints) {
    let t = openTicket(program, {
      id: c.id,
      kind: "complaint",
      at: c.receivedAt,
      data: { zone: c.zone },
      by: c.owner,
    }).ticket;
    if (c.repliedAt !== null) t = applyEvent(program, t, { type: "reply", at: c.repliedAt }).ticket;
    tickets.push(t);
  }
  return { tickets, duties: plan.patrols, facts: plan.facts };
}
