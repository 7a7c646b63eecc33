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
 *
 * Per priority (decision 0060; docs/reference/dsl.md, clocks): a cycle counts on its priority's
 * calendar (`calendar: { urgent: 24x7, normal: office }`, an elapsed target's 24x7), warns at its
 * priority's `warn` (none for a priority a `warn` map leaves out; a `warning` escalation point is
 * the first of them), and fires only the escalation levels whose `priorities` name it. A priority
 * change "recomputes the deadline from the cycle's start" (docs/reference/engine.md) and the new
 * priority's calendar counts "its whole cycle" (0060): the cycle's elapsed time is what that
 * calendar counts from the start, pauses skipped — the reference counts every running minute on each
 * calendar the clock has and reads the cycle's. Targets chosen by the start (decision 0061; dsl.md,
 * "Targets chosen by when the clock starts"): the priority's own target or list, else the one for
 * every priority; in a list the first choice whose conditions all hold at the cycle's start, none:
 * no target; a priority change chooses again at the same start.
 *
 * Not read: a day-based target whose instant is not the end of a working minute of the clock's
 * calendar (`end of day` on office hours: the deadline is 24:00, the reference would say the close
 * of business), `by …`, `end of workday` and month targets (it throws on those), and `effective`,
 * `daysEndAtMidnight`, `rollForwardOnRestDay` (it refuses a clock with them); the fixtures keep to
 * what it reads.
 */
import { createCalendar, type Calendar, type Deadline } from "@yardstick/calendar";
import type { ClockModel, Condition, StandardModel, TargetChoiceModel, TicketKindModel } from "@yardstick/dsl";
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
  /**
   * The start of every working minute counted so far, on each calendar the clock can count on: a
   * priority change moves the cycle onto its new priority's calendar, which counts the cycle from
   * its start (pauses skipped) as if it had been that priority's all along.
   */
  counted: Record<string, number[]>;
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
  private readonly model: StandardModel;
  private readonly kind: TicketKindModel;
  private readonly clocks: ClockModel[];
  /** Per clock, every calendar it can count on (its own, then those of its priorities). */
  private readonly calendars = new Map<string, Map<string, Minutes>>();
  private readonly clockEvents = new Set<string>();
  private readonly events: Set<string>;

  constructor(model: StandardModel, kindId: string, at: number, data: Data) {
    if (model.timezone !== "Asia/Shanghai") throw new Error("the reference reads Asia/Shanghai only");
    this.model = model;
    this.kind = model.tickets[kindId]!;
    this.clocks = Object.values(this.kind.clocks);
    for (const clock of this.clocks) {
      const unread = (["effective", "daysEndAtMidnight", "rollForwardOnRestDay"] as const).find(
        (k) => clock[k] !== undefined,
      );
      if (unread !== undefined || model.effective !== undefined)
        throw new Error(`the reference does not read \`${unread ?? "effective"}\``);
      const ids = [clock.calendar, ...Object.values(clock.calendars ?? {})];
      this.calendars.set(clock.id, new Map(ids.map((id) => [id, minutesOf(model, id)] as const)));
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
        ([id, list]) =>
          [
            id,
            list.map((c) => ({
              ...c,
              counted: Object.fromEntries(Object.entries(c.counted).map(([k, v]) => [k, v.slice()])),
            })),
          ] as const,
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
        Object.assign(c, this.target(clock, c.start, this.priority));
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

  /** Minute by minute up to t: every running cycle counts the minute on each of its clock's calendars working then. */
  private stepTo(t: number) {
    for (const clock of this.clocks) {
      const c = this.open(clock);
      if (c?.status === "running") this.count(clock, c, this.now, t);
    }
    if (t > this.now) this.now = t;
  }

  private count(clock: ClockModel, c: Cycle, from: number, to: number) {
    for (const [id, m] of this.calendars.get(clock.id)!) {
      const list = (c.counted[id] ??= []);
      for (let x = from; x < to; x += MIN) if (m.working(x)) list.push(x);
    }
  }

  /** The calendar a clock counts on for a priority: the one written for that priority, else its own (decision 0060). */
  private calendarId(clock: ClockModel, priority: string | null): string {
    const byPriority = clock.calendars;
    return priority !== null && byPriority !== undefined && Object.hasOwn(byPriority, priority)
      ? byPriority[priority]!
      : clock.calendar;
  }

  private minutesOf(clock: ClockModel, priority: string | null): Minutes {
    return this.calendars.get(clock.id)!.get(this.calendarId(clock, priority))!;
  }

  /** What a cycle has counted on its priority's calendar. */
  private counted(clock: ClockModel, c: Cycle): number[] {
    return c.counted[this.calendarId(clock, c.priority)] ?? [];
  }

  /** A clock's warnings for a priority: `warn: { urgent: [50%, 80%] }` warns for the priorities it names only. */
  private warningsOf(clock: ClockModel, priority: string | null): number[] {
    const byPriority = clock.warnByPriority;
    if (byPriority === undefined) return clock.warn;
    return priority !== null && Object.hasOwn(byPriority, priority) ? byPriority[priority]! : [];
  }

  /** The budget of a cycle started at `start` for `priority`, under the current data. */
  private target(clock: ClockModel, start: number, priority: string | null): Pick<Cycle, "budget" | "due"> {
    const m = this.minutesOf(clock, priority);
    let base: number | undefined;
    if (clock.dueAt !== undefined) {
      const v = own(this.data, clock.dueAt);
      if (typeof v === "number") base = v;
      else if (typeof v === "string" && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(v))
        base = Date.parse(`${v.replace(" ", "T")}:00+08:00`);
      if (base === undefined) return { budget: null, due: undefined };
      return base <= start ? { budget: 0, due: base } : { budget: m.count(start, base) * MIN, due: undefined };
    }
    if (clock.priorities !== undefined && (priority === null || !clock.priorities.includes(priority)))
      return { budget: null, due: undefined };
    const d = this.chosen(clock, priority, start);
    if (d === undefined) return { budget: null, due: undefined };
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

  /**
   * The priority's own target, else the one for every priority (`*`); either may be a list of
   * choices, the first whose conditions all hold at the start (none that fits: no target).
   */
  private chosen(clock: ClockModel, priority: string | null, start: number): Deadline | undefined {
    for (const key of priority === null ? ["*"] : [priority, "*"]) {
      if (Object.hasOwn(clock.targets, key)) return clock.targets[key]!.value;
      const choices = clock.targetChoices;
      if (choices !== undefined && Object.hasOwn(choices, key))
        return choices[key]!.find((choice) => this.fits(choice, start))?.target.value;
    }
    return undefined;
  }

  /**
   * Whether a choice's conditions all hold at a cycle's start (docs/reference/dsl.md, "Targets
   * chosen by when the clock starts"): the local month, the local time of day in a clock range
   * (from its start, up to its end, across midnight when the end comes first — as working hours
   * are read), inside or outside a calendar's working hours, and the local date within from/until
   * (both included).
   */
  private fits(choice: TargetChoiceModel, start: number): boolean {
    const local = start + OFFSET;
    const day = Math.floor(local / DAY);
    const date = new Date(day * DAY);
    const minute = Math.floor((local - day * DAY) / MIN);
    const iso = date.toISOString().slice(0, 10);
    if (choice.months !== undefined && !choice.months.includes(date.getUTCMonth() + 1)) return false;
    if (choice.between !== undefined) {
      const from = choice.between.value.start.minutes;
      const to = choice.between.value.end.minutes;
      if (from < to ? minute < from || minute >= to : minute < from && minute >= to) return false;
    }
    if (choice.inside !== undefined && !minutesOf(this.model, choice.inside).working(start)) return false;
    if (choice.outside !== undefined && minutesOf(this.model, choice.outside).working(start)) return false;
    if (choice.from !== undefined && iso < choice.from) return false;
    if (choice.until !== undefined && iso > choice.until) return false;
    return true;
  }

  private startCycle(clock: ClockModel, at: number) {
    const list = this.cycles.get(clock.id) ?? [];
    this.cycles.set(clock.id, list);
    list.push({
      n: list.length + 1,
      start: at,
      status: "running",
      priority: this.priority,
      counted: {},
      ...this.target(clock, at, this.priority),
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
    const counted = this.counted(clock, c);
    if (k <= counted.length) return counted[k - 1]! + part;
    if (c.status === "paused") return undefined;
    const from = c.status === "running" ? this.now : c.end!;
    return this.minutesOf(clock, c.priority).nth(from, k - counted.length) + part;
  }

  private deadline(clock: ClockModel, c: Cycle): number | null {
    if (c.budget === null) return null;
    if (c.due !== undefined) return c.due;
    if (c.status === "paused" && this.counted(clock, c).length * MIN < c.budget) return null;
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
    const warn = this.warningsOf(clock, c.priority);
    if (d !== null && budget !== null) {
      warn.forEach((p, i) => push("warning", i + 1, this.reached(clock, c, (p * budget) / 100)));
      push("breach", 0, d);
    }
    clock.escalation.forEach((level, i) => {
      // A level with `priorities` fires for those only; the others keep their numbers.
      if (level.priorities !== undefined && (c.priority === null || !level.priorities.includes(c.priority))) return;
      const trigger = level.at.value;
      let at: number | undefined;
      if (trigger.anchor === "start") at = this.reached(clock, c, trigger.offsetMs);
      else if (d !== null && budget !== null) {
        if (trigger.anchor === "elapsed-percent") at = this.reached(clock, c, (trigger.percent * budget) / 100);
        else if (trigger.anchor === "warning") {
          if (warn[0] !== undefined) at = this.reached(clock, c, (warn[0] * budget) / 100 + trigger.offsetMs);
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
      this.count(clock, this.cycles.get(clock.id)!.at(-1)!, at, this.now);
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
    if (c.status === "running" || c.status === "paused") return this.counted(clock, c).length * MIN >= c.budget;
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
      const elapsedMs = this.counted(clock, c).length * MIN;
      const first = this.warningsOf(clock, c.priority)[0];
      const warned = first !== undefined && c.budget !== null && elapsedMs >= (first * c.budget) / 100;
      const m = this.minutesOf(clock, c.priority);
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
