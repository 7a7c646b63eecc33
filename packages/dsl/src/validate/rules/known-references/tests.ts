import type { Path } from "@yardstick/calendar";
import { ownEntry } from "../../../model/own-entry.js";
import { asList } from "../../../resolve/build-context.js";
import { itemPath, type RuleContext } from "../../rule-context.js";
import type { ReferenceCheck } from "./reference-check.js";
import { common } from "../../../diagnostics/codes.js";

/** A scenario test's ticket kind or duty, and the events, states, clocks, priorities and roles its steps name. */
export function checkTestReferences({ model, input }: RuleContext, check: ReferenceCheck): void {
  const roles = Object.keys(model.roles);
  for (const [testId, test] of Object.entries(input.tests ?? {})) {
    const path: Path = ["tests", testId];
    if (test.duty !== undefined) check("duty", test.duty, Object.keys(model.duties), [...path, "duty"]);
    if (test.ticket === undefined) continue;
    check("ticket", test.ticket, Object.keys(model.tickets), [...path, "ticket"]);
    const kind = ownEntry(model.tickets, test.ticket);
    if (!kind) continue;
    const where = common("inTicket", { ticket: test.ticket });
    (test.steps ?? []).forEach((step, i) =>
      check("event", step.event, Object.keys(kind.events), [...path, "steps", i, "event"], where),
    );
    const priorities = kind.priorities.map((p) => p.id);
    test.expect.forEach((e, i) => {
      const at: Path = [...path, "expect", i];
      if (e.state !== undefined) check("state", e.state, Object.keys(kind.states), [...at, "state"], where);
      if (e.clock !== undefined) check("clock", e.clock, Object.keys(kind.clocks), [...at, "clock"], where);
      if (e.priority !== undefined) check("priority", e.priority, priorities, [...at, "priority"], where);
      asList(e.notified).forEach((r, j) => check("role", r, roles, itemPath([...at, "notified"], e.notified, j)));
    });
  }
}
