/**
 * The documented matcher rules (docs/reference/dsl.md, Matchers; decision 0025 on what a `when`
 * sees), written again apart from the engine's compiled predicates: the reference interpreter and
 * the workflow differential both judge the engine by this one copy.
 */
import type { MatchTest } from "@yardstick/dsl";
import type { Data, Scalar } from "@yardstick/engine";

/** A field of the data, when the data has it as its own. */
export const own = (d: Data | undefined, k: string): Scalar | undefined =>
  d !== undefined && Object.hasOwn(d, k) ? d[k] : undefined;

/** Whether every test holds: a bare field reads the event's data, else the ticket's; `ticket.` and `event.` read one side. */
export function matches(tests: readonly MatchTest[] | undefined, ticket: Data, event: Data | undefined): boolean {
  return (tests ?? []).every((t) => {
    const k = t.field.replace(/^(ticket|event)\./, "");
    const x = t.field.startsWith("ticket.")
      ? own(ticket, k)
      : t.field.startsWith("event.")
        ? own(event, k)
        : (own(event, k) ?? own(ticket, k));
    const list = Array.isArray(t.value) ? t.value : [t.value];
    const cmp = (f: (c: number) => boolean) =>
      x !== undefined &&
      typeof x === typeof t.value &&
      typeof x !== "boolean" &&
      f(x < t.value ? -1 : x > t.value ? 1 : 0);
    switch (t.op) {
      case "eq":
        return x === t.value;
      case "ne":
        return x !== t.value;
      case "in":
        return x !== undefined && list.includes(x);
      case "notIn":
        return x === undefined || !list.includes(x);
      case "exists":
        return (x !== undefined) === (t.value !== false);
      case "gt":
        return cmp((c) => c > 0);
      case "gte":
        return cmp((c) => c >= 0);
      case "lt":
        return cmp((c) => c < 0);
      case "lte":
        return cmp((c) => c <= 0);
    }
  });
}
