import type { Path } from "@yardstick/calendar";
import { ownEntry } from "../../../model/own-entry.js";
import type { RuleInput } from "../../../schema/standard-schema.js";
import type { RuleContext } from "../../rule-context.js";
import type { ReferenceCheck } from "./reference-check.js";
import { common } from "../../../diagnostics/codes.js";

/** A KPI's ticket kind, duty and clock; the KPIs and rules an audit rule's condition reads; a remedy's clock. */
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
        check(
          "clock",
          kpi.clock,
          Object.keys(kind.clocks),
          [...path, "clock"],
          common("inTicket", { ticket: kpi.ticket! }),
        );
    }
    const rules = Object.keys(audit.rules ?? {});
    for (const [ruleId, rule] of Object.entries(audit.rules ?? {})) {
      const path: Path = ["audits", auditId, "rules", ruleId, "when"];
      for (const [kpi, at] of references(rule.when, "kpi", path))
        check("kpi", kpi, kpis, at, common("inAudit", { audit: auditId }));
      for (const [other, at] of references(rule.when, "rule", path))
        check("rule", other, rules, at, common("inAudit", { audit: auditId }));
    }
    for (const [remedyId, remedy] of Object.entries(audit.remedies ?? {})) {
      const path: Path = ["audits", auditId, "remedies", remedyId];
      check("ticket", remedy.ticket, tickets, [...path, "ticket"]);
      const kind = ownEntry(model.tickets, remedy.ticket);
      if (kind)
        check(
          "clock",
          remedy.clock,
          Object.keys(kind.clocks),
          [...path, "clock"],
          common("inTicket", { ticket: remedy.ticket }),
        );
    }
  }
}

/** `{ kpi: x }` (or `{ rule: x }`) leaves of a rule condition, with their paths. */
function references(when: RuleInput["when"] | unknown, key: "kpi" | "rule", path: Path): [string, Path][] {
  if (when === null || typeof when !== "object") return [];
  const node = when as Record<string, unknown>;
  const name = node[key];
  if (typeof name === "string") return [[name, [...path, key]]];
  const out: [string, Path][] = [];
  for (const list of ["all", "any", "of"] as const) {
    const parts = node[list];
    if (Array.isArray(parts)) parts.forEach((child, i) => out.push(...references(child, key, [...path, list, i])));
  }
  if (node.not !== undefined) out.push(...references(node.not, key, [...path, "not"]));
  return out;
}
