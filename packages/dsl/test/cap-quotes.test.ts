import { expect, test } from "vitest";
import { capQuotes } from "../src/diagnostics/cap-quotes.js";

test("a long quoted value keeps its two ends", () => {
  expect(capQuotes(`unknown key \`${"a".repeat(1000)}\``)).toBe(
    `unknown key \`${"a".repeat(50)}…(930 more)…${"a".repeat(20)}\``,
  );
});

test("the words between two short quoted values are not taken for a quoted value", () => {
  const hint =
    "add `calendar: office` (a calendar with working hours) to the clock, or write the target in elapsed time (`24h`)";
  expect(capQuotes(hint)).toBe(hint);
});
