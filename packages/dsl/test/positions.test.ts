// Every diagnostic points inside its file: the fuzzer's position invariant, as examples.
import { loadStandard } from "@yardstick/dsl";
import { expect, test } from "vitest";

test.each([
  ["an unclosed flow map at the end", "standard: a\nroles: {"],
  ["an unclosed quote at the end", 'standard: a\ntitle: "Test'],
  ["a flow map missing its } after a line break", "standard: a\nroles: { x\n"],
])("%s: the range ends inside the text", (_, text) => {
  const { diagnostics } = loadStandard(text);
  expect(diagnostics.length).toBeGreaterThan(0);
  for (const d of diagnostics) {
    expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
    expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
  }
});

test("after a scalar that runs over two lines in broken YAML, later lines keep their numbers", () => {
  const text = 'standard: a\nversion: "1" title\n  Test\nroles: { x\n';
  const lines = loadStandard(text).diagnostics.map((d) => [d.line, d.range.end.line]);
  expect(lines).toEqual([
    [2, 3],
    [5, 5],
  ]);
});
