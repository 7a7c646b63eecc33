import { compareCodeUnits } from "./code-unit-order.js";

/** Longest name (in UTF-16 units) that gets suggestions. */
export const MAX_SUGGESTION_INPUT = 64;

/** Edit distance with transpositions (optimal string alignment), as graphql-js's suggestionList. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const row = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, prevPrev[j - 2]! + 1);
      row.push(best);
    }
    prevPrev = prev;
    prev = row;
  }
  return prev[n]!;
}

/**
 * The options closest to `input`, best first: those within about a third of the input's length
 * in edits, or differing only in case, `-`/`_`, as graphql-js's `suggestionList` does.
 */
export function suggestionList(input: string, options: Iterable<string>): string[] {
  // A name this long is not a typo of a declared one; comparing it would cost its length times each option's.
  if (input.length > MAX_SUGGESTION_INPUT) return [];
  const normalized = normalize(input);
  const threshold = Math.floor(input.length * 0.4) + 1;
  const scored: [string, number][] = [];
  for (const option of options) {
    if (option.length > 2 * MAX_SUGGESTION_INPUT) continue;
    const same = normalize(option) === normalized;
    // The distance is at least the difference in length: an option much longer or shorter is not compared.
    if (!same && Math.abs(option.length - input.length) > threshold) continue;
    const distance = same ? 0 : editDistance(input.toLowerCase(), option.toLowerCase());
    if (distance <= threshold) scored.push([option, distance]);
  }
  return scored.sort((a, b) => a[1] - b[1] || compareCodeUnits(a[0], b[0])).map(([option]) => option);
}

/** "did you mean `office`?" / "did you mean `office` or `offices`?" — or undefined when nothing is close. */
export function didYouMean(input: string, options: Iterable<string>): string | undefined {
  const [first, second] = suggestionList(input, options);
  if (first === undefined) return undefined;
  return second === undefined ? `did you mean \`${first}\`?` : `did you mean \`${first}\` or \`${second}\`?`;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[-_\s]/g, "");
}
