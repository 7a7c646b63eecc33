import { phrase } from "../../diagnostics/codes.js";
import type { RuleContext } from "../rule-context.js";
import { ownEntry } from "../../model/own-entry.js";

/** `reportsTo` must form a tree: a role cannot, through others, report to itself. */
export function reportsToCycleRule(ctx: RuleContext): void {
  const roles = ctx.model.roles;
  const reported = new Set<string>();
  for (const start of Object.keys(roles)) {
    const trail: string[] = [];
    for (
      let role: string | undefined = start;
      role !== undefined && ownEntry(roles, role);
      role = ownEntry(roles, role)!.reportsTo
    ) {
      const at = trail.indexOf(role);
      if (at !== -1) {
        const cycle = trail.slice(at);
        const key = [...cycle].sort().join(",");
        if (!reported.has(key)) {
          reported.add(key);
          ctx.report({
            code: "circular-reports-to",
            path: ["roles", cycle[0]!, "reportsTo"],
            ...phrase("circular-reports-to", "cycle", { cycle: [...cycle, role].join(" → ") }),
          });
        }
        break;
      }
      trail.push(role);
    }
  }
}
