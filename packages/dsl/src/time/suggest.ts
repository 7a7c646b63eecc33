import { didYouMean } from "../diagnostics/did-you-mean.js";

/**
 * "did you mean `minutes`?" for a mistyped unit or phrase, using the package's shared
 * suggestion list. Words shorter than two letters are left alone: one edit turns `x` into
 * any one-letter unit.
 */
export function suggestSpelling(word: string, options: readonly string[]): string | undefined {
  return word.length < 2 ? undefined : didYouMean(word, options);
}
