import { suggestionList } from "@yardstick/calendar";

/**
 * "did you mean `office`?" / "did you mean `office` or `offices`?" for names found closest, best
 * first (a calendar problem's `suggestions`) — or undefined when there are none. The calendar
 * finds suggestions as data; the language words them, here only.
 */
export function phraseSuggestions(suggestions: readonly string[] | undefined): string | undefined {
  const [first, second] = suggestions ?? [];
  if (first === undefined) return undefined;
  return second === undefined ? `did you mean \`${first}\`?` : `did you mean \`${first}\` or \`${second}\`?`;
}

/** The hint for a wrong name among `options` (the calendar's `suggestionList`, phrased), or undefined. */
export function didYouMean(input: string, options: Iterable<string>): string | undefined {
  return phraseSuggestions(suggestionList(input, options));
}
