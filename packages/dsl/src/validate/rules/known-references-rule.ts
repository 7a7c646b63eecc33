import type { Path } from "@yardstick/calendar";
import type { ReferenceKind } from "../../diagnostics/codes.js";
import { didYouMean } from "../../diagnostics/did-you-mean.js";
import { asList } from "../../resolve/build-context.js";
import type { EscalationInput, RuleInput } from "../../schema/standard-schema.js";
import { itemPath, type RuleContext } from "../rule-context.js";
import { ownEntry } from "../../model/own-entry.js";

/**
 * Every name used must be declared: calendars, roles, states, events, priorities, KPIs, duties,
 * ticket kinds, clocks, escalation chains (and ticket fields, when the kind declares `fields`).
 * Each unknown name is reported as `unknown-<kind>` with the closest declared names.
 */
export function knownReferencesRule(ctx: RuleContext): void {
  const { model, input } = ctx;
  const check = (kind: ReferenceKind, name: string, declared: Iterable<string>, path: Path, where = "") => {
    const names = [...declared];
    if (names.includes(name)) return;
    const suggestion = didYouMean(name, names);
    const noun = kind.replace("-", " ");
    const plural = noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`;
    const hint =
      suggestion ??
      (names.length
        ? `declared ${plural}${where}: ${names.map((n) => `\`${n}\``).join(", ")}`
        : `declare it first${where}`);
    ctx.report({ code: `unknown-${kind}`, path: path, message: `unknown ${noun} \`${name}\`${where}`, hint: hint });
  };
  const roles = Object.keys(model.roles);
  const calendars = Object.keys(model.calendars);
  const chains = Object.keys(model.escalations);

  for (const [id, role] of Object.entries(input.roles ?? {}))
    if (role.reportsTo !== undefined) check("role", role.reportsTo, roles, ["roles", id, "reportsTo"]);
  for (const [id, chain] of Object.entries(input.escalations ?? {}))
    chain.levels.forEach((r, i) => check("role", r, roles, ["escalations", id, "levels", i]));

  const checkEscalation = (escalate: EscalationInput | undefined, path: Path) => {
    if (escalate === undefined) return;
    if (!Array.isArray(escalate)) return check("escalation-chain", escalate.chain, chains, [...path, "chain"]);
    escalate.forEach((level, i) =>
      asList(level.notify).forEach((r, j) =>
        check("role", r, roles, itemPath([...path, i, "notify"], level.notify, j)),
      ),
    );
  };

  for (const [ticketId, ticket] of Object.entries(input.tickets ?? {})) {
    const kind = model.tickets[ticketId]!;
    const base: Path = ["tickets", ticketId];
    const states = Object.keys(kind.states);
    const events = Object.keys(kind.events);
    const where = ` in ticket kind \`${ticketId}\``;
    if (ticket.initial !== undefined) check("state", ticket.initial, states, [...base, "initial"], where);
    for (const [stateId, state] of Object.entries(ticket.states)) {
      for (const [event, transition] of Object.entries(state.on ?? {})) {
        const to = typeof transition === "string" ? transition : transition.to;
        check(
          "state",
          to,
          states,
          typeof transition === "string"
            ? [...base, "states", stateId, "on", event]
            : [...base, "states", stateId, "on", event, "to"],
          where,
        );
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
      for (const key of ["start", "stop", "pause", "resume", "reset", "cancel"] as const) {
        const value = clock[key];
        if (value === undefined) continue;
        asList(value).forEach((item, i) => {
          const at = itemPath([...path, key], value, i);
          if (typeof item === "string") {
            if (!states.includes(item) && events.includes(item)) {
              ctx.report({
                code: "unknown-state",
                path: at,
                message: `\`${item}\` is an event, not a state${where}`,
                hint: `a bare name means entering a state; for an event write \`{ event: ${item} }\``,
              });
            } else check("state", item, states, at, where);
          } else if ("state" in item) check("state", item.state, states, [...at, "state"], where);
          else check("event", item.event, events, [...at, "event"], where);
        });
      }
      if (clock.calendar !== undefined) check("calendar", clock.calendar, calendars, [...path, "calendar"]);
      if (clock.dueAt !== undefined && fields)
        check("field", clock.dueAt.split(".")[0]!, fields, [...path, "dueAt"], where);
      if (typeof clock.target === "object")
        for (const p of Object.keys(clock.target)) check("priority", p, priorities, [...path, "target", p], where);
      checkEscalation(clock.escalate, [...path, "escalate"]);
    }
  }

  for (const [dutyId, duty] of Object.entries(input.duties ?? {})) {
    const path: Path = ["duties", dutyId];
    asList(duty.role).forEach((r, i) => check("role", r, roles, itemPath([...path, "role"], duty.role, i)));
    asList(duty.notify).forEach((r, i) => check("role", r, roles, itemPath([...path, "notify"], duty.notify, i)));
    if (duty.calendar !== undefined) check("calendar", duty.calendar, calendars, [...path, "calendar"]);
    checkEscalation(duty.escalate, [...path, "escalate"]);
  }

  const tickets = Object.keys(model.tickets);
  const duties = Object.keys(model.duties);
  for (const [auditId, audit] of Object.entries(input.audits ?? {})) {
    const kpis = Object.keys(audit.kpis ?? {});
    for (const [kpiId, kpi] of Object.entries(audit.kpis ?? {})) {
      const path: Path = ["audits", auditId, "kpis", kpiId];
      if (kpi.ticket !== undefined) check("ticket", kpi.ticket, tickets, [...path, "ticket"]);
      if (kpi.duty !== undefined) check("duty", kpi.duty, duties, [...path, "duty"]);
      const kind = kpi.ticket === undefined ? undefined : ownEntry(model.tickets, kpi.ticket);
      if (kpi.clock !== undefined && kind)
        check("clock", kpi.clock, Object.keys(kind.clocks), [...path, "clock"], ` in ticket kind \`${kpi.ticket}\``);
    }
    for (const [ruleId, rule] of Object.entries(audit.rules ?? {})) {
      for (const [kpi, at] of kpiReferences(rule.when, ["audits", auditId, "rules", ruleId, "when"]))
        check("kpi", kpi, kpis, at, ` in audit \`${auditId}\``);
    }
  }

  for (const [testId, test] of Object.entries(input.tests ?? {})) {
    const path: Path = ["tests", testId];
    if (test.duty !== undefined) check("duty", test.duty, duties, [...path, "duty"]);
    if (test.ticket === undefined) continue;
    check("ticket", test.ticket, tickets, [...path, "ticket"]);
    const kind = ownEntry(model.tickets, test.ticket);
    if (!kind) continue;
    const where = ` in ticket kind \`${test.ticket}\``;
    (test.steps ?? []).forEach((step, i) =>
      check("event", step.event, Object.keys(kind.events), [...path, "steps", i, "event"], where),
    );
    test.expect.forEach((e, i) => {
      const at: Path = [...path, "expect", i];
      if (e.state !== undefined) check("state", e.state, Object.keys(kind.states), [...at, "state"], where);
      if (e.clock !== undefined) check("clock", e.clock, Object.keys(kind.clocks), [...at, "clock"], where);
      if (e.priority !== undefined)
        check(
          "priority",
          e.priority,
          kind.priorities.map((p) => p.id),
          [...at, "priority"],
          where,
        );
      asList(e.notified).forEach((r, j) => check("role", r, roles, itemPath([...at, "notified"], e.notified, j)));
    });
  }
}

/** `{ kpi: x }` leaves of a rule condition, with their paths. */
function kpiReferences(when: RuleInput["when"] | unknown, path: Path): [string, Path][] {
  if (when === null || typeof when !== "object") return [];
  const node = when as Record<string, unknown>;
  if (typeof node.kpi === "string") return [[node.kpi, [...path, "kpi"]]];
  const out: [string, Path][] = [];
  for (const key of ["all", "any"] as const) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child, i) => out.push(...kpiReferences(child, [...path, key, i])));
  }
  if (node.not !== undefined) out.push(...kpiReferences(node.not, [...path, "not"]));
  return out;
}
