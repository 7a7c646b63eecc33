import type { Path } from "@yardstick/calendar";
import { asList } from "../../../resolve/build-context.js";
import type { ClockEscalationInput, EscalationInput } from "../../../schema/standard-schema.js";
import { itemPath, type RuleContext } from "../../rule-context.js";
import type { ReferenceCheck } from "./reference-check.js";

/** `reportsTo` and each escalation chain's levels name declared roles. */
export function checkRoleReferences({ model, input }: RuleContext, check: ReferenceCheck): void {
  const roles = Object.keys(model.roles);
  for (const [id, role] of Object.entries(input.roles ?? {}))
    if (role.reportsTo !== undefined) check("role", role.reportsTo, roles, ["roles", id, "reportsTo"]);
  for (const [id, chain] of Object.entries(input.escalations ?? {}))
    chain.levels.forEach((r, i) => check("role", r, roles, ["escalations", id, "levels", i]));
}

/** A clock's or a duty's `escalate`: a declared chain by name, or levels that notify declared roles. */
export function checkEscalate(
  { model }: RuleContext,
  check: ReferenceCheck,
  escalate: EscalationInput | ClockEscalationInput | undefined,
  path: Path,
): void {
  if (escalate === undefined) return;
  if (!Array.isArray(escalate))
    return check("escalation-chain", escalate.chain, Object.keys(model.escalations), [...path, "chain"]);
  const roles = Object.keys(model.roles);
  escalate.forEach((level, i) =>
    asList(level.notify).forEach((r, j) => check("role", r, roles, itemPath([...path, i, "notify"], level.notify, j))),
  );
}
