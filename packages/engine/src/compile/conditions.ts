import type { Condition } from "@yardstick/dsl";
import type { CompiledConditions } from "./program.js";
import { compileMatcher, type Data, type Predicate } from "./matcher.js";

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

/**
 * Whether a step meets the conditions: `entered` is the state the ticket entered (only when the
 * state changed), `event` the event applied (none when the ticket is opened).
 */
export function conditionsHold(
  c: CompiledConditions,
  entered: string | undefined,
  event: string | undefined,
  ticket: Data,
  eventData: Data | undefined,
): boolean {
  if (c.empty) return false;
  if (entered !== undefined && c.states.has(entered)) return true;
  if (event === undefined) return false;
  const guards = c.events.get(event);
  if (guards === undefined) return false;
  for (const g of guards) if (g === undefined || g(ticket, eventData)) return true;
  return false;
}
