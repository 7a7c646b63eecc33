/**
 * `planDuties(program, input)`: the occurrences of a standard's duties in a window, for given
 * sites, zones and items, in time order. The result is iterable and lazy: it walks the window a
 * day at a time and keeps one day's slots, so a year for 1,000 sites runs in flat memory.
 */
import type { DateRelativeSchedule, DutyModel, TriggeredSchedule } from "@yardstick/dsl";
import type { Program } from "../compile/program.js";
import { EngineError } from "../errors/engine-error.js";
import { instantFrom } from "../time/local-time.js";
import { addDuration } from "./add-duration.js";
import { addMonthsClamped, compactDay, parseDay } from "./civil-date.js";
import { dutyDiagnostic, type DutyDiagnostic } from "./duty-diagnostics.js";
import type { Slot } from "./duty-schedule.js";
import type { DutyOccurrence } from "./occurrence.js";
import type { DutySubject, PlanInput } from "./plan-input.js";
import { PlanStream } from "./plan-stream.js";
import { makeTarget, occurrence, type PlannedDuty, type Target } from "./planned-duty.js";
import { ZoneClock } from "./zone-clock.js";

export interface DutyPlan extends Iterable<DutyOccurrence> {
  from: number;
  to: number;
  /** Problems with the input found before planning (items missing, events for unknown zones, bad dates). */
  diagnostics: DutyDiagnostic[];
}

const DAY_MS = 86_400_000;

function targetsOf(duty: DutyModel, input: PlanInput, report: (d: DutyDiagnostic) => void): Target[] {
  const sites = input.sites ?? [{ id: "" }];
  const onlyZones = input.zones === undefined ? undefined : new Set(input.zones);
  const targets: Target[] = [];
  for (const site of sites) {
    const zones: (string | undefined)[] =
      duty.zones.length === 0
        ? [undefined]
        : duty.zones.filter((z) => (site.zones === undefined || site.zones.includes(z)) && (onlyZones?.has(z) ?? true));
    let items: (string | undefined)[] = [undefined];
    if (duty.each !== undefined) {
      const list = site.items?.[duty.each] ?? input.items?.[duty.each];
      if (list === undefined) {
        report(
          dutyDiagnostic(
            "missing-items",
            "warning",
            `duty \`${duty.id}\` is planned per item of \`${duty.each}\`, and no items were given${site.id ? ` for site \`${site.id}\`` : ""}`,
            site.id ? ["sites", site.id, "items", duty.each] : ["items", duty.each],
          ),
        );
      }
      items = list ?? [];
    }
    for (const zone of zones)
      for (const item of items) {
        const parts = [duty.id, site.id || undefined, zone, item].filter((p) => p !== undefined);
        targets.push(makeTarget(site.id || undefined, zone, item, `${parts.join("/")}/`));
      }
  }
  return targets;
}

function readField(data: Record<string, unknown>, field: string): unknown {
  if (field in data) return data[field];
  let value: unknown = data;
  for (const part of field.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** What planning a window needs before it walks the days: the duties to plan, and the occurrences of events and dates. */
export interface PreparedPlan {
  from: number;
  to: number;
  diagnostics: DutyDiagnostic[];
  clock: ZoneClock;
  /** The recurring duties, in the standard's order. */
  recurring: PlannedDuty[];
  /** Triggered and date-relative occurrences in [from, to), sorted. */
  events: DutyOccurrence[];
}

export function preparePlan(program: Program, input: PlanInput): PreparedPlan {
  const zone = program.timezone;
  const from = instantFrom(input.from, zone);
  const to = instantFrom(input.to, zone);
  if (from === undefined)
    throw new EngineError("invalid-instant", `plan \`from\` is not a time: ${String(input.from)}`, { path: ["from"] });
  if (to === undefined)
    throw new EngineError("invalid-instant", `plan \`to\` is not a time: ${String(input.to)}`, { path: ["to"] });
  const diagnostics: DutyDiagnostic[] = [];
  // The same problem found twice (an anchor duty planned again for the duties anchored on it) is reported once.
  const reported = new Set<string>();
  const report = (d: DutyDiagnostic) => {
    const key = JSON.stringify(d);
    if (reported.has(key)) return;
    reported.add(key);
    diagnostics.push(d);
  };
  const clock = new ZoneClock(zone);
  const planned: PlannedDuty[] = [];
  Object.values(program.model.duties).forEach((duty, order) => {
    if (input.duties !== undefined && !input.duties.includes(duty.id)) return;
    const calendar = duty.calendar === undefined ? undefined : program.calendars.get(duty.calendar);
    // Planned in a year its calendar's holiday data does not cover: said, not silently weekly hours (decision 0085).
    if (calendar !== undefined && to > from)
      for (const w of calendar.coverageWarnings(from, to - 1)) {
        // A year before the set's data is the window's start's doing; one after, its end's.
        const years = calendar.spec.holidays?.find((h) => h.id === w.set)?.years ?? [];
        const before = years.length > 0 && w.year < Math.min(...years);
        report(
          dutyDiagnostic(
            "holiday-data-missing",
            "warning",
            `duty \`${duty.id}\` is planned in ${w.year} on calendar \`${duty.calendar}\`, but holiday set \`${w.set}\` has no data for ${w.year}`,
            [before ? "from" : "to"],
            duty.id,
          ),
        );
      }
    planned.push({
      duty,
      order,
      calendar,
      targets: targetsOf(duty, input, report),
      roles: Object.freeze([...duty.roles]) as string[],
      checkpoints: Object.freeze(duty.checkpoints.map((c) => c.id)) as string[],
    });
  });
  const events = planEvents(program, planned, input, from, to, clock, report);
  const recurring = planned.filter((p) => p.duty.schedule.kind === "recurring");
  return { from, to, diagnostics, clock, recurring, events };
}

/**
 * Plans the standard's duties over [from, to).
 * @example
 * for (const o of planDuties(program, { from: "2026-12-01", to: "2026-12-08", items: { lifts: ["L1"] } }))
 *   console.log(o.id, formatShort(o.at, program.timezone));
 */
export function planDuties(program: Program, input: PlanInput): DutyPlan {
  const prepared = preparePlan(program, input);
  return {
    from: prepared.from,
    to: prepared.to,
    diagnostics: prepared.diagnostics,
    [Symbol.iterator]: () => new PlanStream(prepared, program.timezone),
  };
}

/** Triggered and date-relative occurrences: as many as the input's events and records, sorted. */
function planEvents(
  program: Program,
  planned: PlannedDuty[],
  input: PlanInput,
  from: number,
  to: number,
  clock: ZoneClock,
  report: (d: DutyDiagnostic) => void,
): DutyOccurrence[] {
  const out: DutyOccurrence[] = [];
  for (const p of planned) {
    const s = p.duty.schedule;
    if (s.kind === "triggered") triggered(p, s, input, clock, report, out);
    if (s.kind === "date-relative" && s.anchor === "holidays") {
      shadowedHolidays(p, input.subjects ?? [], report);
      holidayRelative(p, s, program, clock, from, to, out);
    } else if (s.kind === "date-relative" && s.anchor === "duty")
      dutyRelative(p, s, program, input, clock, from, to, report, out);
    else if (s.kind === "date-relative") dateRelative(p, s, input.subjects ?? [], clock, report, out);
  }
  return out
    .filter((o) => o.at >= from && o.at < to)
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * `of: holidays` names the calendars' holidays, never a host field: a record that carries a
 * `holidays` field is told so once per duty, rather than its value being ignored silently.
 */
function shadowedHolidays(p: PlannedDuty, subjects: DutySubject[], report: (d: DutyDiagnostic) => void): void {
  const i = subjects.findIndex((subject) => subject.data !== undefined && "holidays" in subject.data);
  if (i < 0) return;
  report(
    dutyDiagnostic(
      "shadowed-field",
      "warning",
      `duty \`${p.duty.id}\` has \`of: holidays\`: it counts from the calendars' holidays, not from record \`${subjects[i]!.id}\`'s \`holidays\` field`,
      ["subjects", i, "data", "holidays"],
      subjects[i]!.id,
    ),
  );
}

function triggered(
  p: PlannedDuty,
  s: TriggeredSchedule,
  input: PlanInput,
  clock: ZoneClock,
  report: (d: DutyDiagnostic) => void,
  out: DutyOccurrence[],
): void {
  (input.events ?? []).forEach((event, i) => {
    if (event.type !== s.on) return;
    const at = instantFrom(event.at, clock.timezone);
    if (at === undefined) {
      report(
        dutyDiagnostic(
          "invalid-log",
          "error",
          `event ${i + 1} (\`${event.type}\`): \`${String(event.at)}\` is not a time`,
          ["events", i, "at"],
          event.id,
        ),
      );
      return;
    }
    if (event.zone !== undefined && p.duty.zones.length > 0 && !p.duty.zones.includes(event.zone)) {
      report(
        dutyDiagnostic(
          "unknown-zone",
          "warning",
          `event \`${event.type}\` in zone \`${event.zone}\`: duty \`${p.duty.id}\` covers ${p.duty.zones.join(", ")}`,
          ["events", i, "zone"],
          event.id,
        ),
      );
      return;
    }
    const due = addDuration(at, s.within.value, clock.timezone, p.calendar);
    const stamp = event.id ?? clock.stamp(at);
    for (const target of p.targets) {
      if (event.site !== undefined && target.site !== event.site) continue;
      if (event.zone !== undefined && target.zone !== undefined && target.zone !== event.zone) continue;
      if (event.item !== undefined && target.item !== undefined && target.item !== event.item) continue;
      const o = occurrence(p, target, { at: due, start: at, due, allDay: false, day: 0 }, stamp);
      o.trigger = { event: event.type, at, ...(event.id !== undefined ? { id: event.id } : {}) };
      out.push(o);
    }
  });
}

function dateRelative(
  p: PlannedDuty,
  s: DateRelativeSchedule,
  subjects: DutySubject[],
  clock: ZoneClock,
  report: (d: DutyDiagnostic) => void,
  out: DutyOccurrence[],
): void {
  const sign = s.direction === "before" ? -1 : 1;
  const offset = s.offset.value;
  subjects.forEach((subject, i) => {
    const value = readField(subject.data, s.of);
    if (value === undefined || value === null || value === "") {
      report(
        dutyDiagnostic(
          "missing-date",
          "info",
          `record \`${subject.id}\` has no \`${s.of}\`: duty \`${p.duty.id}\` skips it`,
          ["subjects", i, "data", s.of],
          subject.id,
        ),
      );
      return;
    }
    let slot: Slot;
    const day = typeof value === "string" ? parseDay(value) : undefined;
    if (day !== undefined && offset.kind !== "duration") {
      // Whole days and months on the calendar date: month ends clamp (03-31 − 1 month = 02-28).
      const target =
        offset.kind === "calendar-months" ? addMonthsClamped(day, sign * offset.months) : day + sign * offset.days;
      const start = clock.midnight(target);
      slot = { at: start, start, due: clock.midnight(target + 1), allDay: true, day: target };
    } else {
      const base = day !== undefined ? clock.midnight(day) : instantFrom(value, clock.timezone);
      if (base === undefined) {
        report(
          dutyDiagnostic(
            "invalid-date",
            "error",
            `record \`${subject.id}\`: \`${String(value)}\` in \`${s.of}\` is not a date`,
            ["subjects", i, "data", s.of],
            subject.id,
          ),
        );
        return;
      }
      const at = addDuration(base, offset, clock.timezone, p.calendar, sign);
      const whole = day !== undefined && offset.kind === "duration" && offset.ms % DAY_MS === 0;
      slot = whole
        ? { at, start: at, due: at + DAY_MS, allDay: true, day: clock.dayOf(at) }
        : { at, start: at, due: at, allDay: false, day: clock.dayOf(at) };
    }
    const stamp = slot.allDay ? compactDay(slot.day) : clock.stamp(slot.at);
    for (const target of p.targets) {
      if (subject.site !== undefined && target.site !== undefined && target.site !== subject.site) continue;
      if (subject.zone !== undefined && target.zone !== undefined && target.zone !== subject.zone) continue;
      const o = occurrence(
        p,
        makeTarget(target.site, target.zone, target.item, `${target.prefix}${subject.id}/`),
        slot,
        stamp,
      );
      o.item = subject.id;
      if (subject.zone !== undefined) o.zone = subject.zone;
      out.push(o);
    }
  });
}

/** The day `day` moved by a whole-day or whole-month offset (month ends clamp); undefined for hours. */
function shiftDay(day: number, offset: DateRelativeSchedule["offset"]["value"], sign: number): number | undefined {
  if (offset.kind === "calendar-months") return addMonthsClamped(day, sign * offset.months);
  if (offset.kind === "calendar-days") return day + sign * offset.days;
  return offset.ms % DAY_MS === 0 ? day + (sign * offset.ms) / DAY_MS : undefined;
}

/** The first day of each holiday (a run of consecutive holiday dates) of the duty's calendar, or of every calendar. */
function holidayStarts(p: PlannedDuty, program: Program): number[] {
  const calendars = Object.values(program.model.calendars).filter(
    (c) => p.duty.calendar === undefined || c.id === p.duty.calendar,
  );
  const spans: [number, number][] = [];
  for (const c of calendars)
    for (const set of c.holidays ?? [])
      for (const h of set.holidays) {
        const a = parseDay(h.from);
        const b = parseDay(h.to);
        if (a !== undefined && b !== undefined) spans.push([a, b]);
      }
  spans.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const starts: number[] = [];
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (a > end + 1) starts.push(a);
    end = Math.max(end, b);
  }
  return starts;
}

/** `before: 1 day, of: holidays`: the eve of each holiday, all day. */
function holidayRelative(
  p: PlannedDuty,
  s: DateRelativeSchedule,
  program: Program,
  clock: ZoneClock,
  from: number,
  to: number,
  out: DutyOccurrence[],
): void {
  const sign = s.direction === "before" ? -1 : 1;
  for (const start of holidayStarts(p, program)) {
    const day = shiftDay(start, s.offset.value, sign);
    if (day === undefined) continue;
    const at = clock.midnight(day);
    if (at < from || at >= to) continue;
    const slot: Slot = { at, start: at, due: clock.midnight(day + 1), allDay: true, day };
    for (const target of p.targets) out.push(occurrence(p, target, slot, compactDay(day)));
  }
}

/**
 * `before: 30 days, of: lease-end`: one occurrence for each of the other duty's, where it is, that
 * much before (a whole day before an all-day one; before its due time otherwise).
 */
function dutyRelative(
  p: PlannedDuty,
  s: DateRelativeSchedule,
  program: Program,
  input: PlanInput,
  clock: ZoneClock,
  from: number,
  to: number,
  report: (d: DutyDiagnostic) => void,
  out: DutyOccurrence[],
): void {
  const sign = s.direction === "before" ? -1 : 1;
  const offset = s.offset.value;
  const reach =
    (offset.kind === "calendar-months" ? offset.months * 31 : offset.kind === "calendar-days" ? offset.days : 0) *
      DAY_MS +
    (offset.kind === "duration" ? offset.ms : 0) +
    2 * DAY_MS;
  // The anchors that can land in [from, to): planned over the window moved back by the offset.
  const anchors = planDuties(program, { ...input, duties: [s.of], from: from - reach, to: to + reach });
  for (const d of anchors.diagnostics) report(d);
  for (const a of anchors) {
    let slot: Slot;
    const day = a.allDay ? shiftDay(clock.dayOf(a.at), offset, sign) : undefined;
    if (day !== undefined) {
      const at = clock.midnight(day);
      slot = { at, start: at, due: clock.midnight(day + 1), allDay: true, day };
    } else {
      const at = addDuration(a.allDay ? a.at : a.due, offset, clock.timezone, p.calendar, sign);
      slot = { at, start: at, due: at, allDay: false, day: clock.dayOf(at) };
    }
    if (slot.at < from || slot.at >= to) continue;
    // Where the anchor is; its id says where and when, so this one's is `<duty>/<anchor id>`.
    const where = makeTarget(a.site, a.zone, a.item, `${p.duty.id}/`);
    out.push(occurrence(p, where, slot, a.id));
  }
}
