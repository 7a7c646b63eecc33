/** Questions about the `reportsTo` pyramid of roles. */
import { ownEntry } from "./own-entry.js";

/** How many `reportsTo` steps lead from `role` up to `above`, or undefined if `above` is not above it. */
export function stepsAbove(
  roles: Record<string, { reportsTo?: string }>,
  role: string,
  above: string,
): number | undefined {
  let steps = 0;
  const seen = new Set<string>();
  for (let r = ownEntry(roles, role)?.reportsTo; r !== undefined && !seen.has(r); r = ownEntry(roles, r)?.reportsTo) {
    seen.add(r);
    steps++;
    if (r === above) return steps;
  }
  return undefined;
}
