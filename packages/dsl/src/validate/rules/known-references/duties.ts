import type { Path } from "@yardstick/calendar";
import { asList } from "../../../resolve/build-context.js";
import { itemPath, type RuleContext } from "../../rule-context.js";
import type { ReferenceCheck } from "./reference-check.js";
import { checkEscalate } from "./roles.js";

/** A duty's roles, the roles it notifies, its calendar, its escalation and the duty it is anchored on. */
export function checkDutyReferences(ctx: RuleContext, check: ReferenceCheck): void {
  const roles = Object.keys(ctx.model.roles);
  const calendars = Object.keys(ctx.model.calendars);
  for (const [dutyId, duty] of Object.entries(ctx.input.duties ?? {})) {
    const path: Path = ["duties", dutyId];
    asList(duty.role).forEach((r, i) => check("role", r, roles, itemPath([...path, "role"], duty.role, i)));
    asList(duty.notify).forEach((r, i) => check("role", r, roles, itemPath([...path, "notify"], duty.notify, i)));
    if (duty.calendar !== undefined) check("calendar", duty.calendar, calendars, [...path, "calendar"]);
    checkEscalate(ctx, check, duty.escalate, [...path, "escalate"]);
    // A field name has no `-`; an `of` with one names a duty.
    if (duty.of?.includes("-")) check("duty", duty.of, Object.keys(ctx.input.duties ?? {}), [...path, "of"]);
  }
}
