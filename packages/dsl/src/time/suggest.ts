import { suggestionList } from "@yardstick/calendar";
import type { Words } from "../diagnostics/words.js";

/**
 * "did you mean `minutes`?" (是不是要写 `minutes`？) for a mistyped unit or phrase, using the
 * package's shared suggestion list. Words shorter than two letters are left alone: one edit turns
 * `x` into any one-letter unit.
 */
export function suggestSpelling(word: string, options: readonly string[]): Words | undefined {
  if (word.length < 2) return undefined;
  return didYouMeanWords(suggestionList(word, options));
}

/** The closest one or two names, as a hint in both languages, or undefined when there are none. */
export function didYouMeanWords(suggestions: readonly string[]): Words | undefined {
  const [first, second] = suggestions;
  if (first === undefined) return undefined;
  return second === undefined
    ? { en: `did you mean \`${first}\`?`, zh: `是不是要写 \`${first}\`？` }
    : { en: `did you mean \`${first}\` or \`${second}\`?`, zh: `是不是要写 \`${first}\` 或 \`${second}\`？` };
}
