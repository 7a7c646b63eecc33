import type { Path } from "@yardstick/calendar";
import { asList } from "../../../resolve/build-context.js";
import type { ClockInput, TicketKindInput } from "../../../schema/standard-schema.js";
import { itemPath, type RuleContext } from "../../rule-context.js";
import type { ReferenceCheck } from "./reference-check.js";
import { checkEscalate } from "./roles.js";
import { common, phrase } from "../../../diagnostics/codes.js";
import type { Words } from "../../../diagnostics/words.js";

/** Each ticket kind's states, events, priorities and fields, and its clocks' calendars and chains. */
export function checkTicketReferences(ctx: RuleContext, check: ReferenceCheck): void {
  for (const [ticketId, ticket] of Object.entries(ctx.input.tickets ?? {})) checkTicket(ctx, check, ticketId, ticket);
}

function checkTicket(ctx: RuleContext, check: ReferenceCheck, ticketId: string, ticket: TicketKindInput): void {
  const kind = ctx.model.tickets[ticketId]!;
  const base: Path = ["tickets", ticketId];
  const states = Object.keys(kind.states);
  const where = common("inTicket", { ticket: ticketId });
  if (ticket.initial !== undefined) check("state", ticket.initial, states, [...base, "initial"], where);
  for (const [stateId, state] of Object.entries(ticket.states)) {
    for (const [event, transition] of Object.entries(state.on ?? {})) {
      const on = [...base, "states", stateId, "on", event];
      if (typeof transition === "string") check("state", transition, states, on, where);
      else {
        check("state", transition.to, states, [...on, "to"], where);
        if (transition.afterBreach !== undefined)
          check("clock", transition.afterBreach, Object.keys(kind.clocks), [...on, "afterBreach"], where);
      }
    }
  }
  const fields = ticket.fields ? Object.keys(ticket.fields) : undefined;
  const priorities = Object.keys(ticket.priorities ?? {});
  ticket.priorityOrder?.forEach((p, i) => check("priority", p, priorities, [...base, "priorityOrder", i], where));
  if (fields) {
    for (const [p, priority] of Object.entries(ticket.priorities ?? {})) {
      for (const field of Object.keys(priority.when ?? {}))
        check("field", field.split(".")[0]!, fields, [...base, "priorities", p, "when", field], where);
    }
    ticket.rework?.same.forEach((field, i) => check("field", field, fields, [...base, "rework", "same", i], where));
  }
  for (const [clockId, clock] of Object.entries(ticket.clocks ?? {})) {
    const path: Path = [...base, "clocks", clockId];
    checkClockTriggers(ctx, check, clock, path, {
      states,
      events: Object.keys(kind.events),
      clocks: Object.keys(kind.clocks),
      where,
    });
    checkClockScope(check, clock, path, { priorities, calendars: Object.keys(ctx.model.calendars), where });
    if (clock.dueAt !== undefined && fields)
      check("field", clock.dueAt.split(".")[0]!, fields, [...path, "dueAt"], where);
    if (typeof clock.target === "object" && !Array.isArray(clock.target))
      for (const p of Object.keys(clock.target)) check("priority", p, priorities, [...path, "target", p], where, "key");
    checkEscalate(ctx, check, clock.escalate, [...path, "escalate"]);
  }
}

/** `start`, `stop`, `pause`, … : a bare name is a state; `{ state }` or `{ event }` say which. */
function checkClockTriggers(
  ctx: RuleContext,
  check: ReferenceCheck,
  clock: ClockInput,
  path: Path,
  { states, events, clocks, where }: { states: string[]; events: string[]; clocks: string[]; where: Words },
): void {
  for (const key of ["start", "stop", "pause", "resume", "reset", "cancel"] as const) {
    const value = clock[key];
    if (value === undefined) continue;
    asList(value).forEach((item, i) => {
      const at = itemPath([...path, key], value, i);
      if (typeof item !== "string") {
        if ("state" in item) check("state", item.state, states, [...at, "state"], where);
        else if ("breach" in item) check("clock", item.breach, clocks, [...at, "breach"], where);
        else check("event", item.event, events, [...at, "event"], where);
      } else if (!states.includes(item) && events.includes(item)) {
        ctx.report({ code: "unknown-state", path: at, ...phrase("unknown-state", "event", { name: item, where }) });
      } else check("state", item, states, at, where);
    });
  }
}

/** A clock's calendars (one, or one per priority) and the priorities its keys and levels are limited to. */
function checkClockScope(
  check: ReferenceCheck,
  clock: ClockInput,
  path: Path,
  { priorities, calendars, where }: { priorities: string[]; calendars: string[]; where: Words },
): void {
  if (typeof clock.calendar === "string") check("calendar", clock.calendar, calendars, [...path, "calendar"]);
  else
    for (const [p, id] of Object.entries(clock.calendar ?? {})) {
      check("priority", p, priorities, [...path, "calendar", p], where, "key");
      check("calendar", id, calendars, [...path, "calendar", p]);
    }
  clock.priorities?.forEach((p, i) => check("priority", p, priorities, [...path, "priorities", i], where));
  const choiceLists = Array.isArray(clock.target)
    ? [[[...path, "target"], clock.target] as const]
    : Object.entries(typeof clock.target === "object" ? clock.target : {}).flatMap(([p, value]) =>
        Array.isArray(value) ? [[[...path, "target", p], value] as const] : [],
      );
  for (const [at, choices] of choiceLists)
    choices.forEach((choice, i) => {
      for (const key of ["outside", "inside"] as const) {
        const id = choice[key];
        if (id !== undefined) check("calendar", id, calendars, [...at, i, key]);
      }
    });
  if (clock.warn !== undefined && typeof clock.warn === "object" && !Array.isArray(clock.warn))
    for (const p of Object.keys(clock.warn)) check("priority", p, priorities, [...path, "warn", p], where, "key");
  const escalate = clock.escalate;
  if (Array.isArray(escalate))
    escalate.forEach((level, i) =>
      level.priorities?.forEach((p, j) =>
        check("priority", p, priorities, [...path, "escalate", i, "priorities", j], where),
      ),
    );
  else
    escalate?.priorities?.forEach((p, j) =>
      check("priority", p, priorities, [...path, "escalate", "priorities", j], where),
    );
}
