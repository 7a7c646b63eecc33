/** Questions about a ticket kind's workflow that several rules (and the engine) ask. */
import { ownEntry } from "./own-entry.js";
import type { TicketKindModel } from "./standard-model.js";

/** States reachable from `from` (itself included) by following transitions. */
export function reachableFrom(kind: TicketKindModel, from: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length) {
    const state = queue.pop()!;
    if (seen.has(state) || !ownEntry(kind.states, state)) continue;
    seen.add(state);
    for (const transitions of Object.values(kind.states[state]!.on)) for (const t of transitions) queue.push(t.to);
  }
  return seen;
}
