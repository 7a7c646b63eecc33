import type { Path } from "@yardstick/calendar";
import { ownEntry } from "../../../model/own-entry.js";
import type { RuleInput } from "../../../schema/standard-schema.js";
import type { RuleContext } from "../../rule-context.js";
import type { ReferenceCheck } from "./reference-check.js";

/** A KPI's ticket kind, duty and clock; the KPIs an audit rule's condition reads. */
export function checkAuditReferences({ model, input }: RuleContext, check: ReferenceCheck): void {
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
