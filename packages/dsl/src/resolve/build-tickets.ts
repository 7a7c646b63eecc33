import type { Path } from "@yardstick/calendar";
import type { Deadline } from "@yardstick/calendar";
import type {
  ClockModel,
  Condition,
  EscalationChainModel,
  EscalationLevel,
  FieldModel,
  PriorityModel,
  StateModel,
  TargetChoiceModel,
  TicketKindModel,
  Timed,
  TransitionModel,
} from "../model/standard-model.js";
import type {
  ClockEscalationInput,
  ClockInput,
  ConditionInput,
  EscalationInput,
  TargetChoiceInput,
  TicketKindInput,
} from "../schema/standard-schema.js";
import {
  parseClockRange,
  parseDuration,
  parseEscalationTrigger,
  parsePercent,
  parseTarget,
  splitElapsed,
} from "../time/index.js";
import { buildEffective } from "./build-effective.js";
import { ALWAYS_CALENDAR_ID } from "./build-calendars.js";
import { asList, type BuildContext, buildMatcher, compact, label } from "./build-context.js";
import { ownEntry } from "../model/own-entry.js";
import { phrase } from "../diagnostics/codes.js";

export function buildTickets(
  input: Record<string, TicketKindInput> | undefined,
  chains: Record<string, EscalationChainModel>,
  ctx: BuildContext,
): Record<string, TicketKindModel> {
  const tickets: Record<string, TicketKindModel> = {};
  for (const [id, kind] of Object.entries(input ?? {}))
    tickets[id] = buildTicketKind(id, kind, ["tickets", id], chains, ctx);
  return tickets;
}

function buildTicketKind(
  id: string,
  input: TicketKindInput,
  path: Path,
  chains: Record<string, EscalationChainModel>,
  ctx: BuildContext,
): TicketKindModel {
  const states: Record<string, StateModel> = {};
  const events: TicketKindModel["events"] = {};
  for (const [stateId, state] of Object.entries(input.states)) {
    const on: Record<string, TransitionModel[]> = {};
    for (const [event, transition] of Object.entries(state.on ?? {})) {
      on[event] = [
        typeof transition === "string"
          ? { to: transition }
          : compact({
              to: transition.to,
              when: transition.when && buildMatcher(transition.when),
              afterBreach: transition.afterBreach,
              title: label(transition.title),
            }),
      ];
      if (!Object.hasOwn(events, event)) events[event] = { id: event };
    }
    states[stateId] = compact({
      id: stateId,
      title: label(state.title),
      final: state.final ?? Object.keys(on).length === 0,
      on,
    });
  }
  for (const [event, declared] of Object.entries(input.events ?? {}))
    events[event] = compact({ id: event, title: label(declared.title) });

  const fields: Record<string, FieldModel> = {};
  for (const [fieldId, field] of Object.entries(input.fields ?? {}))
    fields[fieldId] = compact({ id: fieldId, title: label(field.title), type: field.type, values: field.values });

  const written: PriorityModel[] = Object.entries(input.priorities ?? {}).map(([priorityId, p]) =>
    compact({ id: priorityId, title: label(p.title), when: buildMatcher(p.when), default: p.default ?? false }),
  );
  const priorities = orderPriorities(written, input.priorityOrder, [...path, "priorityOrder"], ctx);

  const clocks: Record<string, ClockModel> = {};
  for (const [clockId, clock] of Object.entries(input.clocks ?? {}))
    clocks[clockId] = buildClock(clockId, clock, [...path, "clocks", clockId], chains, ctx);

  const rework =
    input.rework && ctx.timed([...path, "rework", "within"], input.rework.within, parseDuration, "invalid-duration");
  return compact({
    id,
    title: label(input.title)!,
    fields,
    initial: input.initial ?? Object.keys(input.states)[0]!,
    states,
    events: Object.fromEntries(
      Object.keys(events)
        .sort()
        .map((e) => [e, events[e]!]),
    ),
    priorities,
    clocks,
    rework:
      input.rework && rework
        ? { within: rework, same: input.rework.same, reopen: input.rework.reopen ?? false }
        : undefined,
    ownership: input.ownership ?? "assigned",
  });
}

/**
 * Priorities in the order they are tried: as written, or as `priorityOrder` lists them. The list
 * must name each priority once (unknown names are reported by the references rule).
 */
function orderPriorities(
  written: PriorityModel[],
  order: string[] | undefined,
  path: Path,
  ctx: BuildContext,
): PriorityModel[] {
  if (order === undefined) return written;
  const byId = new Map(written.map((p) => [p.id, p]));
  const missing = written.filter((p) => !order.includes(p.id)).map((p) => `\`${p.id}\``);
  if (missing.length)
    ctx.report({
      code: "priority-order",
      path: path,
      ...phrase("priority-order", "leavesOut", { missing: missing.join(", ") }),
      prefer: "key",
    });
  order.forEach((id, i) => {
    if (order.indexOf(id) !== i)
      ctx.report({
        code: "priority-order",
        path: [...path, i],
        ...phrase("priority-order", "twice", { id }),
      });
  });
  return [...new Set(order)].flatMap((id) => byId.get(id) ?? []);
}

function buildClock(
  id: string,
  input: ClockInput,
  path: Path,
  chains: Record<string, EscalationChainModel>,
  ctx: BuildContext,
): ClockModel {
  const targets: Record<string, Timed<Deadline>> = {};
  const choices: Record<string, TargetChoiceModel[]> = {};
  if ((input.target === undefined) === (input.dueAt === undefined)) {
    // The schema requires one of them, so reaching here means both were given.
    ctx.report({
      code: "clock-target",
      path: [...path, "dueAt"],
      ...phrase("clock-target", "both", { clock: id }),
      prefer: "key",
    });
  } else if (input.target === undefined) {
    // An agreed time: the due instant comes with the ticket's data.
  } else if (Array.isArray(input.target)) {
    choices["*"] = buildChoices(input.target, [...path, "target"], ctx);
  } else if (typeof input.target === "object") {
    for (const [priority, text] of Object.entries(input.target)) {
      if (Array.isArray(text)) {
        choices[priority] = buildChoices(text, [...path, "target", priority], ctx);
        continue;
      }
      const target = ctx.timed([...path, "target", priority], text, parseTarget, "invalid-deadline");
      if (target) targets[priority] = target;
    }
  } else {
    const target = ctx.timed([...path, "target"], input.target, parseTarget, "invalid-deadline");
    if (target) targets["*"] = target;
  }
  // A calendar per priority; a target in elapsed hours counts its priority round the clock.
  let calendar = typeof input.calendar === "string" ? input.calendar : ALWAYS_CALENDAR_ID;
  const calendars: Record<string, string> = {};
  if (typeof input.calendar === "object")
    for (const [priority, id] of Object.entries(input.calendar)) if (id !== calendar) calendars[priority] = id;
  for (const [priority, target] of Object.entries(targets)) {
    if (!splitElapsed(target.text).elapsed) continue;
    if (priority === "*") calendar = ALWAYS_CALENDAR_ID;
    else if (calendar === ALWAYS_CALENDAR_ID) delete calendars[priority];
    else calendars[priority] = ALWAYS_CALENDAR_ID;
  }
  const warnings = (written: ClockInput["warn"] & {}, at: Path): number[] =>
    thresholds(
      asList(written as string | number | (string | number)[])
        .map((w, i) => ctx.timed(Array.isArray(written) ? [...at, i] : at, w, parsePercent, "invalid-percent"))
        .filter((w) => w !== undefined)
        .map((w) => w.value.percent),
      at,
      ctx,
    );
  const byPriority = input.warn !== undefined && typeof input.warn === "object" && !Array.isArray(input.warn);
  const warn = input.warn === undefined || byPriority ? [] : warnings(input.warn, [...path, "warn"]);
  const warnByPriority: Record<string, number[]> = {};
  if (byPriority)
    for (const [priority, written] of Object.entries(
      input.warn as Record<string, string | number | (string | number)[]>,
    ))
      warnByPriority[priority] = warnings(written, [...path, "warn", priority]);
  return compact({
    id,
    title: label(input.title)!,
    start: conditions(input.start),
    stop: conditions(input.stop),
    pause: conditions(input.pause),
    resume: conditions(input.resume),
    reset: conditions(input.reset),
    cancel: conditions(input.cancel),
    targets,
    targetChoices: Object.keys(choices).length > 0 ? choices : undefined,
    dueAt: input.dueAt,
    calendar,
    calendars: Object.keys(calendars).length > 0 ? calendars : undefined,
    priorities: input.priorities,
    effective: buildEffective(input.effective, [...path, "effective"], ctx),
    warn,
    warnByPriority: byPriority ? warnByPriority : undefined,
    escalation: buildEscalation(input.escalate, [...path, "escalate"], chains, ctx),
    daysEndAtMidnight: input.daysEndAtMidnight === true ? (true as const) : undefined,
    rollForwardOnRestDay: input.rollForwardOnRestDay === true ? (true as const) : undefined,
  });
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** `nov-apr` → [11, 12, 1, 2, 3, 4]; `[dec, jan]` → [12, 1]; each month once, in the order of the year. */
function monthsOf(input: string | string[]): number[] {
  const months = new Set<number>();
  for (const item of asList(input)) {
    const [first, last = first] = item.split("-").map((m) => MONTHS.indexOf(m) + 1) as [number, number?];
    for (let m = first; ; m = (m % 12) + 1) {
      months.add(m);
      if (m === last) break;
    }
  }
  return [...months].sort((a, b) => a - b);
}

/**
 * Targets chosen by when the clock starts, tried in order (a season, office hours, the clause in
 * force). `elapsed` is refused inside a list: a priority counts on one calendar, so its choices do.
 */
function buildChoices(input: TargetChoiceInput[], path: Path, ctx: BuildContext): TargetChoiceModel[] {
  return input.flatMap((choice, i) => {
    const at = [...path, i];
    if (splitElapsed(choice.target).elapsed) {
      ctx.report({
        code: "invalid-deadline",
        path: [...at, "target"],
        ...phrase("invalid-deadline", "elapsedChoice", { target: choice.target }),
      });
      return [];
    }
    const target = ctx.timed([...at, "target"], choice.target, parseTarget, "invalid-deadline");
    const between =
      choice.between === undefined
        ? undefined
        : ctx.timed([...at, "between"], choice.between, parseClockRange, "invalid-clock-range");
    const effective = buildEffective(
      choice.from === undefined && choice.until === undefined ? undefined : { from: choice.from, until: choice.until },
      at,
      ctx,
    );
    if (target === undefined || (choice.between !== undefined && between === undefined)) return [];
    return [
      compact({
        target,
        months: choice.months === undefined ? undefined : monthsOf(choice.months),
        between,
        outside: choice.outside,
        inside: choice.inside,
        from: effective?.from,
        until: effective?.until,
      }),
    ];
  });
}

/** Warning thresholds as written: each below 100%, smallest first. */
function thresholds(warn: number[], path: Path, ctx: BuildContext): number[] {
  warn.forEach((percent, i) => {
    if (percent >= 100)
      ctx.report({
        code: "invalid-percent",
        path: [...path, "warn"],
        ...phrase("invalid-percent", "atBreach", { percent }),
      });
    if (i > 0 && percent <= warn[i - 1]!)
      ctx.report({
        code: "warnings-out-of-order",
        path: [...path, "warn"],
        ...phrase("warnings-out-of-order", "rise", {
          sorted: [...warn]
            .sort((a, b) => a - b)
            .map((p) => `${p}%`)
            .join(", "),
        }),
      });
  });
  return warn;
}

export function conditions(input: ConditionInput | undefined): Condition[] {
  return asList(input).map((item): Condition => {
    if (typeof item === "string") return { kind: "state", state: item };
    if ("state" in item) return { kind: "state", state: item.state };
    if ("breach" in item) return { kind: "breach", clock: item.breach };
    return compact({ kind: "event" as const, event: item.event, when: item.when && buildMatcher(item.when) });
  });
}

/**
 * Levels as written, or a chain expanded into one level per role: the first at `from`, each next
 * one `every` later (`{ chain: engineering, from: breach, every: 30m }` → technician at breach,
 * foreman at breach + 30m, …).
 */
export function buildEscalation(
  input: EscalationInput | ClockEscalationInput | undefined,
  path: Path,
  chains: Record<string, EscalationChainModel>,
  ctx: BuildContext,
): EscalationLevel[] {
  if (input === undefined) return [];
  if (Array.isArray(input)) {
    return input.flatMap((level, i) => {
      const at = ctx.timed([...path, i, "at"], level.at, parseEscalationTrigger, "invalid-escalation-time");
      const priorities = "priorities" in level ? level.priorities : undefined;
      return at ? [compact({ at, notify: asList(level.notify), title: label(level.title), priorities })] : [];
    });
  }
  const from = ctx.timed([...path, "from"], input.from ?? "breach", parseEscalationTrigger, "invalid-escalation-time");
  const every = ctx.timed([...path, "every"], input.every, parseDuration, "invalid-duration");
  const chain = ownEntry(chains, input.chain);
  if (!from || !every || !chain) return []; // an unknown chain is reported by the references rule
  if (every.value.kind !== "duration" || every.value.business) {
    ctx.report({
      code: "invalid-duration",
      path: [...path, "every"],
      ...phrase("invalid-duration", "elapsedSteps", {}),
    });
    return [];
  }
  if (from.value.anchor === "elapsed-percent") {
    ctx.report({
      code: "invalid-escalation-time",
      path: [...path, "from"],
      ...phrase("invalid-escalation-time", "chainStart", {}),
    });
    return [];
  }
  const first = from.value;
  const stepMs = every.value.ms;
  return chain.levels.map((role, i) => {
    const offsetMs = first.offsetMs + i * stepMs;
    const text = offsetMs === 0 ? first.anchor : `${first.anchor} + ${formatMinutes(offsetMs)}`;
    const level: EscalationLevel = { at: { text, value: { anchor: first.anchor, offsetMs } }, notify: [role] };
    if ("priorities" in input && input.priorities !== undefined) level.priorities = input.priorities;
    return level;
  });
}

function formatMinutes(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
}
