import type { RuleContext } from "../rule-context.js";
import { checkAuditReferences } from "./known-references/audits.js";
import { checkDutyReferences } from "./known-references/duties.js";
import { referenceCheck } from "./known-references/reference-check.js";
import { checkRoleReferences } from "./known-references/roles.js";
import { checkTestReferences } from "./known-references/tests.js";
import { checkTicketReferences } from "./known-references/tickets.js";

/**
 * Every name used must be declared: calendars, roles, states, events, priorities, KPIs, duties,
 * ticket kinds, clocks, escalation chains (and ticket fields, when the kind declares `fields`).
 * Each unknown name is reported as `unknown-<kind>` with the closest declared names. One file per
 * section of the standard, checked in the order the sections are written.
 */
export function knownReferencesRule(ctx: RuleContext): void {
  const check = referenceCheck(ctx);
  checkRoleReferences(ctx, check);
  checkTicketReferences(ctx, check);
  checkDutyReferences(ctx, check);
  checkAuditReferences(ctx, check);
  checkTestReferences(ctx, check);
}
