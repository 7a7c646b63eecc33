import type { Calendar } from "@yardstick/calendar";
import type { StandardModel, TicketKindModel } from "@yardstick/dsl";
import { compileChoice, compileInForce } from "../clocks/start-choices.js";
import { compileConditions } from "./conditions.js";
import { compileMatcher } from "./matcher.js";
import { ON, type ClockStep, type CompiledClock, type CompiledKind, type CompiledTransition } from "./program.js";

export function compileKind(
  kind: TicketKindModel,
  calendars: ReadonlyMap<string, Calendar>,
  standard: StandardModel,
): CompiledKind {
  const table = new Map<string, Map<string, CompiledTransition[]>>();
  const edges: { from: string; event: string; t: { to: string; watchers: readonly ClockStep[] } }[] = [];
  const finals = new Set<string>();
  const events = new Set<string>(Object.keys(kind.events));
  for (const [stateId, state] of Object.entries(kind.states)) {
    if (state.final) finals.add(stateId);
    const byEvent = new Map<string, CompiledTransition[]>();
    for (const [event, transitions] of Object.entries(state.on)) {
      events.add(event);
      byEvent.set(
        event,
        transitions.map((t, i) => {
          const guard = compileMatcher(t.when);
          const afterBreach = t.afterBreach;
          const guarded = guard !== undefined || afterBreach !== undefined;
          const compiled: CompiledTransition = {
            to: t.to,
            guard,
            afterBreach,
            guardName: guarded ? `${stateId}:${event}:${i}` : undefined,
            watchers: [],
          };
          edges.push({ from: stateId, event, t: compiled });
          return compiled;
        }),
      );
    }
    table.set(stateId, byEvent);
  }
  const clocks: CompiledClock[] = [];
  const clockEvents = new Set<string>();
  for (const clock of Object.values(kind.clocks)) {
    const calendarOf = (id: string) => calendars.get(id) ?? calendars.get("24x7")!;
    const warnByPriority =
      clock.warnByPriority === undefined
        ? undefined
        : new Map(Object.entries(clock.warnByPriority).map(([p, w]) => [p, w.map((x) => x / 100)] as const));
    const compiled: CompiledClock = {
      id: clock.id,
      index: clocks.length,
      model: clock,
      calendar: calendarOf(clock.calendar),
      calendarByPriority: new Map(Object.entries(clock.calendars ?? {}).map(([p, id]) => [p, calendarOf(id)] as const)),
      priorities: clock.priorities === undefined ? undefined : new Set(clock.priorities),
      choices: new Map(
        Object.entries(clock.targetChoices ?? {}).map(
          ([p, list]) => [p, list.map((c) => compileChoice(c, standard.timezone, calendars))] as const,
        ),
      ),
      inForce: compileInForce(clock, standard, standard.timezone),
      warnByPriority,
      warnLevels: Math.max(clock.warn.length, ...[...(warnByPriority?.values() ?? [])].map((w) => w.length)),
      start: compileConditions(clock.start),
      stop: compileConditions(clock.stop),
      pause: compileConditions(clock.pause),
      resume: compileConditions(clock.resume),
      reset: compileConditions(clock.reset),
      cancel: compileConditions(clock.cancel),
      warn: clock.warn.map((p) => p / 100),
      escalation: clock.escalation,
      watches: { states: new Set(), events: new Set() },
      memo: { plans: new Map(), keys: [], reasons: new Map() },
    };
    const watchedStates = compiled.watches.states as Set<string>;
    const watchedEvents = compiled.watches.events as Set<string>;
    for (const c of [compiled.start, compiled.stop, compiled.pause, compiled.resume, compiled.reset, compiled.cancel]) {
      for (const e of c.events.keys()) {
        clockEvents.add(e);
        watchedEvents.add(e);
      }
      for (const s of c.states) watchedStates.add(s);
    }
    clocks.push(compiled);
  }
  // Which clocks a step can change, per transition and per event: the runtime steps only those.
  // A transition that changes the state enters its target; one back to its source is a step that
  // leaves the state as it was, which the runtime steps with the event's watchers.
  for (const { from, event, t } of edges)
    t.watchers = clocks
      .filter((c) => c.watches.states.has(t.to) || c.watches.states.has(from) || c.watches.events.has(event))
      .map((c) => clockStep(c, t.to !== from ? t.to : undefined, event));
  const eventWatchers = new Map<string, ClockStep[]>();
  for (const event of new Set([...events, ...clockEvents]))
    eventWatchers.set(
      event,
      clocks.filter((c) => c.watches.events.has(event)).map((c) => clockStep(c, undefined, event)),
    );
  const followOns = new Map<string, CompiledClock[]>();
  for (const clock of clocks)
    for (const c of clock.model.start)
      if (c.kind === "breach" && clocks.some((x) => x.id === c.clock)) {
        const list = followOns.get(c.clock) ?? [];
        if (!list.includes(clock)) list.push(clock);
        followOns.set(c.clock, list);
      }
  return {
    id: kind.id,
    model: kind,
    initial: kind.initial,
    finals,
    table,
    events,
    clockEvents,
    eventWatchers,
    openWatchers: clocks
      .filter((c) => c.watches.states.has(kind.initial))
      .map((c) => clockStep(c, kind.initial, undefined)),
    priorities: kind.priorities.map((p) => ({ id: p.id, test: compileMatcher(p.when) })),
    clocks,
    followOns,
    zoneField: Object.prototype.hasOwnProperty.call(kind.fields, "zone") ? "zone" : undefined,
  };
}

/**
 * Which of a clock's conditions a step meets, as far as the step alone decides: entering a state a
 * condition names, or an event it names without a `when`, always; an event it names only with
 * `when`s, when one holds on the data (`dynamic`, evaluated at the step: core.ts `meets`). The
 * conditions see the ticket's data with the event's over it (decision 0025).
 */
function clockStep(clock: CompiledClock, entered: string | undefined, event: string | undefined): ClockStep {
  let always = 0;
  let dynamic = 0;
  const sets = [
    [clock.cancel, ON.cancel],
    [clock.stop, ON.stop],
    [clock.reset, ON.reset],
    [clock.pause, ON.pause],
    [clock.resume, ON.resume],
    [clock.start, ON.start],
  ] as const;
  for (const [set, bit] of sets) {
    if (set.empty) continue;
    if (entered !== undefined && set.states.has(entered)) always |= bit;
    else if (event !== undefined) {
      const guards = set.events.get(event);
      if (guards === undefined) continue;
      if (guards.some((g) => g === undefined)) always |= bit;
      else dynamic |= bit;
    }
  }
  return { clock, always, dynamic };
}
