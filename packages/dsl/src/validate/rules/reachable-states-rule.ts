import { reachableFrom } from "../../model/workflow.js";
import type { RuleContext } from "../rule-context.js";
import { ownEntry } from "../../model/own-entry.js";
import { phrase } from "../../diagnostics/codes.js";

/** A state no event sequence can reach from the initial state is dead workflow: usually a typo in an `on:`. */
export function reachableStatesRule(ctx: RuleContext): void {
  for (const [id, kind] of Object.entries(ctx.model.tickets)) {
    if (!ownEntry(kind.states, kind.initial)) continue;
    const reachable = reachableFrom(kind, [kind.initial]);
    for (const state of Object.keys(kind.states)) {
      if (!reachable.has(state)) {
        ctx.report({
          code: "unreachable-state",
          path: ["tickets", id, "states", state],
          ...phrase("unreachable-state", "unreachable", { state, ticket: id, initial: kind.initial }),
          prefer: "key",
        });
      }
    }
    const dead = [...reachable].filter((s) => !kind.states[s]!.final && Object.keys(kind.states[s]!.on).length === 0);
    for (const state of dead)
      ctx.report({
        code: "dead-end-state",
        path: ["tickets", id, "states", state],
        ...phrase("dead-end-state", "deadEnd", { state }),
        prefer: "key",
      });
  }
}
