/**
 * Folds what people type into one spelling: full-width digits, colons, `％` and `～` become
 * ASCII (NFKC), letters become lower case, runs of spaces become one space.
 */
export function normalizeTimeText(input: string): string {
  return input.normalize("NFKC").trim().toLowerCase().replace(/\s+/gu, " ");
}

/**
 * Drops a trailing `内` / `以内` / `之内` ("within"). Per 民法典 art. 1259 `以内` includes the
 * bound, which is what a deadline means anyway: reaching it exactly is on time.
 */
export function stripWithin(text: string): string {
  return text.replace(/\s*(?:以内|之内|内)$/u, "");
}
