import type { Matcher, MatchTest, PriorityModel } from "../../model/standard-model.js";
import type { RuleContext } from "../rule-context.js";
import { phrase } from "../../diagnostics/codes.js";

const key = (t: MatchTest) => `${t.field} ${t.op} ${JSON.stringify(t.value)}`;

/** Whether every ticket matching `b` also matches `a` (sufficient check: `a`'s tests are among `b`'s, or implied by them). */
function covers(a: Matcher, b: Matcher): boolean {
  return a.every((ta) => b.some((tb) => key(ta) === key(tb) || implies(tb, ta)));
}

/** `category in [x]` implies `category in [x, y]`; `category eq x` implies `category in [x, …]`. */
function implies(narrow: MatchTest, wide: MatchTest): boolean {
  if (narrow.field !== wide.field || wide.op !== "in" || !Array.isArray(wide.value)) return false;
  const values =
    narrow.op === "eq" ? [narrow.value] : narrow.op === "in" && Array.isArray(narrow.value) ? narrow.value : undefined;
  return values !== undefined && values.every((v) => (wide.value as unknown[]).includes(v));
}

function sharedValues(a: Matcher, b: Matcher): string | undefined {
  for (const ta of a) {
    for (const tb of b) {
      if (ta.field !== tb.field) continue;
      const va = ta.op === "eq" ? [ta.value] : ta.op === "in" ? (ta.value as unknown[]) : undefined;
      const vb = tb.op === "eq" ? [tb.value] : tb.op === "in" ? (tb.value as unknown[]) : undefined;
      const common = va && vb ? va.filter((v) => vb.includes(v)) : [];
      if (common.length) return `${ta.field} = ${common.map(String).join(", ")}`;
    }
  }
  return undefined;
}

/**
 * Whether some ticket can pass every one of `tests` (all on one field): the values allowed by
 * `eq`/`in`, less those `ne`/`notIn` exclude, within the bounds of `gt`…`lte`, and `exists`.
 */
function satisfiable(tests: MatchTest[]): boolean {
  let allowed: unknown[] | undefined;
  const excluded: unknown[] = [];
  let lo = -Infinity;
  let hi = Infinity;
  let loOpen = false;
  let hiOpen = false;
  let present = false;
  let absent = false;
  for (const t of tests) {
    const list = Array.isArray(t.value) ? (t.value as unknown[]) : [t.value];
    const n = typeof t.value === "number" ? t.value : undefined;
    switch (t.op) {
      case "eq":
      case "in":
        allowed = allowed === undefined ? list : allowed.filter((v) => list.includes(v));
        present = true;
        break;
      case "ne":
      case "notIn":
        excluded.push(...list);
        break;
      case "gt":
      case "gte":
        if (n === undefined) break;
        present = true;
        if (n > lo || (n === lo && t.op === "gt")) [lo, loOpen] = [n, t.op === "gt"];
        break;
      case "lt":
      case "lte":
        if (n === undefined) break;
        present = true;
        if (n < hi || (n === hi && t.op === "lt")) [hi, hiOpen] = [n, t.op === "lt"];
        break;
      case "exists":
        if (t.value === false) absent = true;
        else present = true;
        break;
    }
  }
  if (absent && present) return false;
  const inBounds = (v: unknown) =>
    typeof v !== "number"
      ? lo === -Infinity && hi === Infinity
      : (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
  if (allowed !== undefined) return allowed.some((v) => !excluded.includes(v) && inBounds(v));
  return lo < hi || (lo === hi && !loOpen && !hiOpen);
}

/** Whether no ticket can match both: on some field they test, their tests cannot hold together. */
function disjoint(a: Matcher, b: Matcher): boolean {
  const fields = new Set(a.map((t) => t.field).filter((f) => b.some((t) => t.field === f)));
  return [...fields].some((f) => !satisfiable([...a, ...b].filter((t) => t.field === f)));
}

/**
 * Priorities are tried in the order written; the first whose matcher holds wins. Reported:
 * a priority that can never win because an earlier one catches all its tickets (error), more
 * than one catch-all (error), and two priorities that both match some tickets (warning: the
 * order decides silently).
 */
export function priorityMatchersRule(ctx: RuleContext): void {
  for (const [id, kind] of Object.entries(ctx.model.tickets)) {
    const list: PriorityModel[] = kind.priorities;
    const at = (p: PriorityModel) => ["tickets", id, "priorities", p.id];
    const catchAlls = list.filter((p) => p.when.length === 0);
    const defaults = list.filter((p) => p.default);
    if (defaults.length > 1)
      ctx.report({
        code: "ambiguous-priority",
        path: at(defaults[1]!),
        ...phrase("ambiguous-priority", "twoDefaults", { first: defaults[0]!.id, second: defaults[1]!.id }),
        prefer: "key",
      });
    list.forEach((p, j) => {
      for (let i = 0; i < j; i++) {
        const earlier = list[i]!;
        if (covers(earlier.when, p.when)) {
          // Two catch-alls are one problem, reported once below.
          if (earlier.when.length === 0 && p.when.length === 0) return;
          const why =
            earlier.when.length === 0
              ? phrase("ambiguous-priority", "matchesEvery", { earlier: earlier.id }).message
              : phrase("ambiguous-priority", "matchedFirst", { earlier: earlier.id }).message;
          ctx.report({
            code: "ambiguous-priority",
            path: at(p),
            ...phrase("ambiguous-priority", "never", { priority: p.id, why }),
            prefer: "key",
          });
          return;
        }
        const shared = sharedValues(earlier.when, p.when);
        if (shared && !covers(p.when, earlier.when) && !disjoint(earlier.when, p.when)) {
          ctx.report({
            code: "ambiguous-priority",
            path: at(p),
            ...phrase("ambiguous-priority", "overlap", { earlier: earlier.id, priority: p.id, shared }),
            severity: "warning",
            prefer: "key",
          });
        }
      }
    });
    if (catchAlls.length > 1)
      ctx.report({
        code: "ambiguous-priority",
        path: at(catchAlls[1]!),
        ...phrase("ambiguous-priority", "twoCatchAlls", { first: catchAlls[0]!.id, second: catchAlls[1]!.id }),
        prefer: "key",
      });
    const fallback = defaults[0];
    if (fallback && fallback.when.length > 0 && list.indexOf(fallback) !== list.length - 1) {
      ctx.report({
        code: "ambiguous-priority",
        path: at(fallback),
        ...phrase("ambiguous-priority", "defaultNotLast", { priority: fallback.id }),
        severity: "warning",
        prefer: "key",
      });
    }
  }
}
