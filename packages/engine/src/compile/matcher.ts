/**
 * Matchers (`when:` on transitions, clock conditions and priorities) compiled to predicates.
 * A plain field name reads the ticket's data with the event's data merged over it; `ticket.<f>`
 * and `event.<f>` read one side only (decision 0025). Lookups are own-property only, so a field
 * named `constructor` is just a missing field.
 */
import type { Matcher, MatchTest } from "@yardstick/dsl";

export type Scalar = string | number | boolean;
export type Data = Record<string, Scalar>;
export type Predicate = (ticket: Data, event: Data | undefined) => boolean;

const own = (data: Data | undefined, field: string): Scalar | undefined =>
  data !== undefined && Object.prototype.hasOwnProperty.call(data, field) ? data[field] : undefined;

function reader(field: string): (ticket: Data, event: Data | undefined) => Scalar | undefined {
  if (field.startsWith("ticket.")) {
    const name = field.slice(7);
    return (ticket) => own(ticket, name);
  }
  if (field.startsWith("event.")) {
    const name = field.slice(6);
    return (_ticket, event) => own(event, name);
  }
  return (ticket, event) => own(event, field) ?? own(ticket, field);
}

function compare(a: Scalar, b: Scalar): number | undefined {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

function testOf(test: MatchTest): Predicate {
  const read = reader(test.field);
  const value = test.value;
  const list = Array.isArray(value) ? value : [value];
  switch (test.op) {
    case "eq":
      return (t, e) => read(t, e) === value;
    case "ne":
      return (t, e) => read(t, e) !== value;
    case "in":
      return (t, e) => {
        const v = read(t, e);
        return v !== undefined && list.includes(v);
      };
    case "notIn":
      return (t, e) => {
        const v = read(t, e);
        return v === undefined || !list.includes(v);
      };
    case "exists":
      return (t, e) => (read(t, e) !== undefined) === (value !== false);
    case "gt":
    case "gte":
    case "lt":
    case "lte": {
      const op = test.op;
      return (t, e) => {
        const v = read(t, e);
        if (v === undefined || Array.isArray(value)) return false;
        const c = compare(v, value as Scalar);
        if (c === undefined) return false;
        return op === "gt" ? c > 0 : op === "gte" ? c >= 0 : op === "lt" ? c < 0 : c <= 0;
      };
    }
    default: {
      const never: never = test.op;
      throw new Error(`unknown match operator ${String(never)}`);
    }
  }
}

/** All tests must hold; an empty matcher holds for every ticket. */
export function compileMatcher(matcher: Matcher | undefined): Predicate | undefined {
  if (matcher === undefined || matcher.length === 0) return undefined;
  const tests = matcher.map(testOf);
  if (tests.length === 1) return tests[0]!;
  return (t, e) => {
    for (const p of tests) if (!p(t, e)) return false;
    return true;
  };
}
