/**
 * "Did you mean …?" as data: the names closest to a wrong one, best first. The calendar puts
 * them on its problems (`suggestions`); the standards language phrases them into its hints, in
 * its own words, so both packages suggest alike and only one of them words it.
 */

/** Longest input (in UTF-16 units) that gets suggestions: a longer one is no typo of a name. */
export const MAX_SUGGESTION_INPUT = 64;
/** Most options compared with one input (the first ones given), so a suggestion costs at most this many distances. */
export const MAX_SUGGESTION_OPTIONS = 1_000;

/** Edit distance with transpositions (optimal string alignment), as graphql-js's `suggestionList`. */
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
 * The options closest to `input`, best first (ties in code-unit order, the same on every
 * machine): those within about two fifths of the input's length in edits, compared without
 * case, or differing only in case, `-`, `_` and spaces.
 *
 * @example
 * suggestionList("Asia/Shangai", ["Asia/Shanghai", "Europe/London"]); // ["Asia/Shanghai"]
 */
export function suggestionList(input: string, options: Iterable<string>): string[] {
  // A name this long is not a typo of a declared one; comparing it would cost its length times each option's.
  if (input.length > MAX_SUGGESTION_INPUT) return [];
  const normalized = normalize(input);
  const lower = input.toLowerCase();
  const threshold = Math.floor(input.length * 0.4) + 1;
  const scored: [string, number][] = [];
  let compared = 0;
  for (const option of options) {
    if (++compared > MAX_SUGGESTION_OPTIONS) break;
    if (option.length > 2 * MAX_SUGGESTION_INPUT) continue;
    const same = normalize(option) === normalized;
    // The distance is at least the difference in length: an option much longer or shorter is not compared.
    if (!same && Math.abs(option.length - input.length) > threshold) continue;
    const distance = same ? 0 : editDistance(lower, option.toLowerCase());
    if (distance <= threshold) scored.push([option, distance]);
  }
  return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([option]) => option);
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[-_\s]/g, "");
}
