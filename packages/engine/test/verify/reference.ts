/**
 * A small reference interpreter of ticket clocks, written apart from the engine for the clock
 * differential test. It reads the Standard model (not the compiled program) and steps time one
 * minute at a time: a cycle's elapsed time is the list of the working minutes it counted
 * (@yardstick/calendar's `isWorkingTime` at each minute of the clock's calendar, pauses skipped),
 * and a threshold of x ms is reached during the ⌈x/1min⌉-th counted minute. Deadlines, warnings
 * and escalations are thresholds of elapsed time; nothing here adds working time or counts it
 * between two instants any other way.
 *
 * What it takes from the engine's documented semantics (docs/reference/engine.md, decisions
 * 0020-0025): events happen at an instant; timers due strictly before an event are announced
 * before it, `advance(t)` announces those due at or before t; a clock's conditions see the ticket's
 * data before the event with the event's data over it; cancel, stop, reset, pause, resume, start
 * are tried in that order; a priority change recomputes the target from the cycle's start; a clock
 * limited to some priorities starts only for them and has no target for another (decision 0060).
 * Follow-on obligations (decision 0084): a clock with `start: { breach: x }` starts at the instant
 * x's breach is announced, unless it is running; a transition with `afterBreach: x` is taken only
 * when x's latest cycle has its breach announced once the timers before the event have fired (the
 * reference fires them, and puts everything back when the event is refused).
 */
import { createCalendar, type Calendar } from "@yardstick/calendar";
import type { ClockModel, Condition, StandardModel, TicketKindModel } from "@yardstick/dsl";
import type { Data } from "@yardstick/engine";
import { matches, own } from "./matchers.js";

export const MIN = 60_000;
const DAY = 86_400_000;
/** The fixtures and shipped standards are in Asia/Shanghai: a fixed +08:00, no clock changes. */
const OFFSET = 8 * 3_600_000;

// ── working minutes ────────────────────────────────────────────────────────────────────────

/** isWorkingTime at each minute of a UTC day, asked once per calendar and day. */
class Minutes {
  private readonly days = new Map<number, { bits: Uint8Array; count: number }>();
  constructor(private readonly cal: Calendar) {}

  day(d: number) {
    let entry = this.days.get(d);
    if (entry === undefined) {
      const bits = new Uint8Array(1440);
      let count = 0;
      for (let i = 0; i < 1440; i++)
        if (this.cal.isWorkingTime(d * DAY + i * MIN)) {
          bits[i] = 1;
          count++;
        }
      entry = { bits, count };
      this.days.set(d, entry);
    }
    return entry;
  }

  working(t: number): boolean {
    const d = Math.floor(t / DAY);
    return this.day(d).bits[(t - d * DAY) / MIN] === 1;
  }

  /** Working minutes in [a, b), both whole minutes; negative when b < a. */
  count(a: number, b: number): number {
    if (b < a) return -this.count(b, a);
    let n = 0;
    for (let t = a; t < b;) {
      const d = Math.floor(t / DAY);
      if (t === d * DAY && b >= (d + 1) * DAY) {
        n += this.day(d).count;
        t = (d + 1) * DAY;
      } else {
        if (this.working(t)) n++;
        t += MIN;
      }
    }
    return n;
  }

  /** The start of the k-th working minute at or after `from` (k ≥ 1). */
  nth(from: number, k: number): number {
    let t = from;
    for (let guard = 0; guard < 800 * 1440; guard++) {
      const d = Math.floor(t / DAY);
      if (t === d * DAY && this.day(d).count < k) {
        k -= this.day(d).count;
        t = (d + 1) * DAY;
        continue;
      }
      if (this.working(t) && --k === 0) return t;
      t += MIN;
    }
    throw new Error("reference: no working minute within 800 days");
  }
}

/** One Minutes per calendar of a model, shared by every run over it. */
const shared = new WeakMap<StandardModel, Map<string, Minutes>>();
function minutesOf(model: StandardModel, id: string): Minutes {
  let byId = shared.get(model);
  if (byId === undefined) shared.set(model, (byId = new Map()));
  let m = byId.get(id);
  if (m === undefined) {
    const spec = model.calendars[id] ?? { id: "24x7", timezone: model.timezone, hours: "24x7" as const };
    byId.set(id, (m = new Minutes(createCalendar(spec))));
  }
  return m;
}

// ── the interpreter ────────────────────────────────────────────────────────────────────────

type Status = "running" | "paused" | "stopped" | "cancelled" | "reset";

interface Cycle {
  n: number;
  start: number;
  status: Status;
  priority: string | null;
  /** Working ms the target allows (null: no target); `due` when an agreed time is at or before the start. */
  budget: number | null;
  due?: number;
  /** The start of every working minute counted so far. */
  counted: number[];
  pausedBy?: "state" | "event";
  end?: number;
}

export interface TimerEffect {
  clock: string;
  cycle: number;
  kind: "warning" | "breach" | "escalation";
  level: number;
  at: number;
}

export interface RefClockStatus {
  clock: string;
  status: string;
  cycle: number;
  cycles: number;
  priority: string | null;
  startedAt: number | null;
  deadline: number | null;
  elapsedMs: number;
  remainingMs: number | null;
  breached: boolean;
  everBreached: boolean;
  met?: boolean;
}

export type RefEvent = { type: string; at: number; data?: Data };

export class RefError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export class Reference {
  state: string;
  data: Data;
  priority: string | null = null;
  now: number;
  readonly cycles = new Map<string, Cycle[]>();
  /** Every timer effect announced, in order. */
  readonly announced: TimerEffect[] = [];
  private readonly kind: TicketKindModel;
  private readonly clocks: ClockModel[];
  private readonly minutes = new Map<string, Minutes>();
  private readonly clockEvents = new Set<string>();
  private readonly events: Set<string>;

  constructor(model: StandardModel, kindId: string, at: number, data: Data) {
    if (model.timezone !== "Asia/Shanghai") throw new Error("the reference reads Asia/Shanghai only");
    this.kind = model.tickets[kindId]!;
    this.clocks = Object.values(this.kind.clocks);
    for (const clock of this.clocks) {
      this.minutes.set(clock.id, minutesOf(model, clock.calendar));
      for (const c of [clock.start, clock.stop, clock.pause, clock.resume, clock.reset, clock.cancel])
        for (const x of c) if (x.kind === "event") this.clockEvents.add(x.event);
    }
    this.events = new Set(Object.keys(this.kind.events));
    for (const s of Object.values(this.kind.states)) for (const e of Object.keys(s.on)) this.events.add(e);
    this.state = this.kind.initial;
    this.data = { ...data };
    this.now = at;
    this.priority = this.choosePriority();
    this.stepClocks(at, this.kind.initial, undefined, undefined, this.data, undefined);
  }

  /** Events the ticket takes now (a transition whose `when` holds, or one a clock listens to). */
  accepted(data?: Data): string[] {
    if (this.kind.states[this.state]!.final) return [];
    return [...new Set([...this.events, ...this.clockEvents])]
      .filter((e) => this.transition(e, data) !== undefined || this.clockEvents.has(e))
      .sort();
  }

  allEvents(): string[] {
    return [...new Set([...this.events, ...this.clockEvents])].sort();
  }

  private transition(type: string, data: Data | undefined) {
    return (this.kind.states[this.state]!.on[type] ?? []).find(
      (t) => matches(t.when, this.data, data) && (t.afterBreach === undefined || this.hasBreached(t.afterBreach)),
    );
  }

  private hasBreached(clock: string): boolean {
    const last = this.cycles.get(clock)?.at(-1);
    return (
      last !== undefined && this.announced.some((a) => a.clock === clock && a.cycle === last.n && a.kind === "breach")
    );
  }

  apply(ev: RefEvent): TimerEffect[] {
    if (!this.events.has(ev.type) && !this.clockEvents.has(ev.type)) throw new RefError("unknown-event");
    if (this.kind.states[this.state]!.final) throw new RefError("ticket-closed");
    const from = this.announced.length;
    const saved = {
      now: this.now,
      cycles: [...this.cycles].map(
        ([id, list]) => [id, list.map((c) => ({ ...c, counted: c.counted.slice() }))] as const,
      ),
    };
    this.stepTo(ev.at);
    this.fire(ev.at, false);
    const taken = this.transition(ev.type, ev.data);
    if (taken === undefined && !this.clockEvents.has(ev.type)) {
      this.now = saved.now;
      this.announced.length = from;
      this.cycles.clear();
      for (const [id, list] of saved.cycles) this.cycles.set(id, list);
      throw new RefError("event-not-allowed");
    }
    const before = this.data;
    if (ev.data !== undefined) this.data = { ...before, ...ev.data };
    const left = this.state;
    if (taken !== undefined) this.state = taken.to;
    const changed = this.state !== left;
    if (ev.data !== undefined) {
      this.priority = this.choosePriority();
      for (const clock of this.clocks) {
        const c = this.open(clock);
        if (c === undefined) continue;
        Object.assign(c, this.target(clock, c.start));
        c.priority = this.priority;
      }
    }
    this.stepClocks(ev.at, changed ? this.state : undefined, changed ? left : undefined, ev.type, before, ev.data);
    return this.announced.slice(from);
  }

  advance(t: number): TimerEffect[] {
    const from = this.announced.length;
    this.stepTo(t);
    this.fire(t, true);
    return this.announced.slice(from);
  }

  private choosePriority(): string | null {
    let fallback: string | null = null;
    for (const p of this.kind.priorities) {
      if (p.default) fallback ??= p.id;
      else if (matches(p.when, this.data, undefined)) return p.id;
    }
    return fallback;
  }

  private open(clock: ClockModel): Cycle | undefined {
    const last = this.cycles.get(clock.id)?.at(-1);
    return last !== undefined && (last.status === "running" || last.status === "paused") ? last : undefined;
  }

  /** Minute by minute up to t: every running cycle counts the minute if its calendar works then. */
  private stepTo(t: number) {
    for (const clock of this.clocks) {
      const c = this.open(clock);
      if (c?.status !== "running") continue;
      const m = this.minutes.get(clock.id)!;
      for (let x = this.now; x < t; x += MIN) if (m.working(x)) c.counted.push(x);
    }
    if (t > this.now) this.now = t;
  }

  /** The budget of a cycle started at `start` under the current priority and data. */
  private target(clock: ClockModel, start: number): Pick<Cycle, "budget" | "due"> {
    const m = this.minutes.get(clock.id)!;
    let base: number | undefined;
    if (clock.dueAt !== undefined) {
      const v = own(this.data, clock.dueAt);
      if (typeof v === "number") base = v;
      else if (typeof v === "string" && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(v))
        base = Date.parse(`${v.replace(" ", "T")}:00+08:00`);
      if (base === undefined) return { budget: null, due: undefined };
      return base <= start ? { budget: 0, due: base } : { budget: m.count(start, base) * MIN, due: undefined };
    }
    const targets = clock.targets;
    if (clock.priorities !== undefined && (this.priority === null || !clock.priorities.includes(this.priority)))
      return { budget: null, due: undefined };
    const t =
      (this.priority !== null && Object.hasOwn(targets, this.priority) ? targets[this.priority] : undefined) ??
      (Object.hasOwn(targets, "*") ? targets["*"] : undefined);
    if (t === undefined) return { budget: null, due: undefined };
    const d = t.value;
    // A follow-on started by a breach at local midnight (24:00 of the day that ends there) counts a
    // day-based target from that day, except `end of day`, which would be its own start
    // (docs/reference/dsl.md, the 24:00 rule).
    const fromDayBefore =
      clock.start.some((c) => c.kind === "breach") &&
      (start + OFFSET) % DAY === 0 &&
      (d.kind === "workdays" || (d.kind === "end-of-day" && d.days > 0));
    const localDay = Math.floor((start + OFFSET) / DAY) - (fromDayBefore ? 1 : 0);
    switch (d.kind) {
      case "duration":
        return { budget: d.ms, due: undefined };
      case "calendar-days":
        base = start + d.days * DAY;
        break;
      case "end-of-day":
        base = (localDay + 1 + d.days) * DAY - OFFSET;
        break;
      case "workdays": {
        // The close of the N-th day after the start's local day that has a working minute.
        let day = localDay;
        for (let n = 0; n < d.workdays;) {
          day++;
          const from = day * DAY - OFFSET;
          if (m.count(from, from + DAY) > 0) n++;
        }
        let last = day * DAY - OFFSET + DAY - MIN;
        while (!m.working(last)) last -= MIN;
        base = last + MIN;
        break;
      }
      default:
        throw new Error(`the reference does not read \`${d.kind}\` targets`);
    }
    return { budget: m.count(start, base) * MIN, due: undefined };
  }

  private startCycle(clock: ClockModel, at: number) {
    const list = this.cycles.get(clock.id) ?? [];
    this.cycles.set(clock.id, list);
    list.push({
      n: list.length + 1,
      start: at,
      status: "running",
      priority: this.priority,
      counted: [],
      ...this.target(clock, at),
    });
  }

  private holds(conds: Condition[], entered: string | undefined, event: string | undefined, t: Data, e?: Data) {
    return conds.some((c) =>
      c.kind === "state" ? c.state === entered : c.kind === "event" && c.event === event && matches(c.when, t, e),
    );
  }

  private applies(clock: ClockModel): boolean {
    return clock.priorities === undefined || (this.priority !== null && clock.priorities.includes(this.priority));
  }

  private stepClocks(
    at: number,
    entered: string | undefined,
    left: string | undefined,
    event: string | undefined,
    before: Data,
    data: Data | undefined,
  ) {
    for (const clock of this.clocks) {
      const holds = (conds: Condition[]) => this.holds(conds, entered, event, before, data);
      const c = this.open(clock);
      if (c === undefined) {
        if (holds(clock.start) && this.applies(clock)) this.startCycle(clock, at);
        continue;
      }
      const end = (status: Status) => {
        c.status = status;
        c.end = at;
        delete c.pausedBy;
      };
      if (holds(clock.cancel)) end("cancelled");
      else if (holds(clock.stop)) end("stopped");
      else if (holds(clock.reset)) {
        end("reset");
        this.startCycle(clock, at);
      } else if (c.status === "running" && holds(clock.pause)) {
        c.status = "paused";
        const byState = entered !== undefined && clock.pause.some((p) => p.kind === "state" && p.state === entered);
        c.pausedBy = byState ? "state" : "event";
      } else if (c.status === "paused") {
        const inPause = (s: string | undefined) => clock.pause.some((p) => p.kind === "state" && p.state === s);
        const leftPause = c.pausedBy === "state" && left !== undefined && inPause(left) && !inPause(entered);
        if (leftPause || holds(clock.resume)) {
          c.status = "running";
          delete c.pausedBy;
        }
      }
    }
  }

  /** The instant a cycle's elapsed time reaches x ms: counted already, or counted on from now (or its end). */
  private reached(clock: ClockModel, c: Cycle, x: number): number | undefined {
    if (x === 0) return c.start;
    const k = Math.ceil(x / MIN);
    const part = x - (k - 1) * MIN;
    if (k <= c.counted.length) return c.counted[k - 1]! + part;
    if (c.status === "paused") return undefined;
    const from = c.status === "running" ? this.now : c.end!;
    return this.minutes.get(clock.id)!.nth(from, k - c.counted.length) + part;
  }

  private deadline(clock: ClockModel, c: Cycle): number | null {
    if (c.budget === null) return null;
    if (c.due !== undefined) return c.due;
    if (c.status === "paused" && c.counted.length * MIN < c.budget) return null;
    return this.reached(clock, c, c.budget)!;
  }

  /** The warnings, breach and escalations of a running cycle, with their instants. */
  private timers(clock: ClockModel, c: Cycle): TimerEffect[] {
    const out: TimerEffect[] = [];
    const push = (kind: TimerEffect["kind"], level: number, at: number | undefined) => {
      if (at !== undefined) out.push({ clock: clock.id, cycle: c.n, kind, level, at });
    };
    const d = this.deadline(clock, c);
    const budget = c.budget;
    if (d !== null && budget !== null) {
      clock.warn.forEach((p, i) => push("warning", i + 1, this.reached(clock, c, (p * budget) / 100)));
      push("breach", 0, d);
    }
    clock.escalation.forEach((level, i) => {
      const trigger = level.at.value;
      let at: number | undefined;
      if (trigger.anchor === "start") at = this.reached(clock, c, trigger.offsetMs);
      else if (d !== null && budget !== null) {
        if (trigger.anchor === "elapsed-percent") at = this.reached(clock, c, (trigger.percent * budget) / 100);
        else if (trigger.anchor === "warning") {
          if (clock.warn[0] !== undefined)
            at = this.reached(clock, c, (clock.warn[0] * budget) / 100 + trigger.offsetMs);
        } else {
          const after = this.reached(clock, c, (c.due !== undefined ? 0 : budget) + trigger.offsetMs);
          at = after === undefined ? undefined : Math.max(d, after);
        }
      }
      push("escalation", i + 1, at);
    });
    return out;
  }

  private isAnnounced(t: TimerEffect) {
    return this.announced.some(
      (a) => a.clock === t.clock && a.cycle === t.cycle && a.kind === t.kind && a.level === t.level,
    );
  }

  private fire(bound: number, inclusive: boolean) {
    for (;;) {
      const due: TimerEffect[] = [];
      for (const clock of this.clocks) {
        const c = this.open(clock);
        if (c?.status !== "running") continue;
        for (const t of this.timers(clock, c))
          if ((inclusive ? t.at <= bound : t.at < bound) && !this.isAnnounced(t)) due.push(t);
      }
      due.sort((a, b) => a.at - b.at);
      // Announce up to a breach that starts a clock; that clock's timers join the next round.
      const started = due.findIndex((t) => t.kind === "breach" && this.startFollowOns(t.clock, t.at));
      this.announced.push(...(started === -1 ? due : due.slice(0, started + 1)));
      if (started === -1) return;
    }
  }

  /** Starts, at `at`, every clock that starts on `breached`'s breach and is not running; whether any did. */
  private startFollowOns(breached: string, at: number): boolean {
    let any = false;
    for (const clock of this.clocks) {
      if (!clock.start.some((c) => c.kind === "breach" && c.clock === breached)) continue;
      if (this.open(clock) !== undefined || !this.applies(clock)) continue;
      this.startCycle(clock, at);
      // The minutes from the breach up to now (the reference has already stepped to now) count.
      const c = this.cycles.get(clock.id)!.at(-1)!;
      const m = this.minutes.get(clock.id)!;
      for (let x = at; x < this.now; x += MIN) if (m.working(x)) c.counted.push(x);
      any = true;
    }
    return any;
  }

  /** Every instant a running cycle has a timer still to come, ascending (for tests to land events on). */
  upcoming(): number[] {
    const out = new Set<number>();
    for (const clock of this.clocks) {
      const c = this.open(clock);
      if (c?.status !== "running") continue;
      for (const t of this.timers(clock, c)) if (!this.isAnnounced(t) && t.at >= this.now) out.add(t.at);
    }
    return [...out].sort((a, b) => a - b);
  }

  nextWakeAt(): number | null {
    let next: number | null = null;
    for (const clock of this.clocks) {
      const c = this.open(clock);
      if (c?.status !== "running") continue;
      for (const t of this.timers(clock, c)) if (!this.isAnnounced(t) && (next === null || t.at < next)) next = t.at;
    }
    // A timer already due (an agreed time given in the past) is to be woken now, never in the past.
    return next === null ? null : Math.max(next, this.now);
  }

  private breached(clock: ClockModel, c: Cycle): boolean {
    if (c.budget === null) return false;
    if (c.status === "running" || c.status === "paused") return c.counted.length * MIN >= c.budget;
    return c.status === "stopped" && c.end! > this.deadline(clock, c)!;
  }

  status(): RefClockStatus[] {
    return this.clocks.map((clock) => {
      const list = this.cycles.get(clock.id) ?? [];
      const c = list.at(-1);
      if (c === undefined)
        return {
          clock: clock.id,
          status: "not-started",
          cycle: 0,
          cycles: 0,
          priority: null,
          startedAt: null,
          deadline: null,
          elapsedMs: 0,
          remainingMs: null,
          breached: false,
          everBreached: false,
        };
      const open = c.status === "running" || c.status === "paused";
      const breached = open && this.breached(clock, c);
      const deadline = this.deadline(clock, c);
      const elapsedMs = c.counted.length * MIN;
      const first = clock.warn[0];
      const warned = first !== undefined && c.budget !== null && elapsedMs >= (first * c.budget) / 100;
      const m = this.minutes.get(clock.id)!;
      const from = open ? this.now : c.end!;
      const status =
        c.status === "stopped" || c.status === "cancelled"
          ? c.status
          : breached
            ? "breached"
            : c.status === "paused"
              ? "paused"
              : warned && deadline !== null
                ? "warning"
                : "running";
      const result: RefClockStatus = {
        clock: clock.id,
        status,
        cycle: c.n,
        cycles: list.length,
        priority: c.priority,
        startedAt: c.start,
        deadline,
        elapsedMs,
        remainingMs: deadline === null ? null : m.count(from, deadline) * MIN,
        breached,
        everBreached: list.some((x) => this.breached(clock, x)),
      };
      if (c.status === "stopped") result.met = !this.breached(clock, c);
      return result;
    });
  }
}
