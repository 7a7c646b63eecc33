import type { Condition } from "@yardstick/dsl";
import type { CompiledConditions } from "./program.js";
import { compileMatcher, type Predicate } from "./matcher.js";

export function compileConditions(conditions: readonly Condition[]): CompiledConditions {
  const states = new Set<string>();
  const events = new Map<string, (Predicate | undefined)[]>();
  for (const c of conditions) {
    if (c.kind === "state") states.add(c.state);
    else if (c.kind === "event") {
      const list = events.get(c.event) ?? [];
      list.push(compileMatcher(c.when));
      events.set(c.event, list);
    }
  }
  // A breach start (decision 0084) is fired with the other clock's timers, not by a step.
  return { states, events, empty: states.size === 0 && events.size === 0 };
}
