/**
 * Shrinks an input that breaks an invariant while it still breaks it the same way (same
 * signature): drop the files it extends, then delta-debug lines, then characters — so the
 * report shows the few lines that matter, ready to become a conformance case.
 */
import type { FuzzCase } from "./corpus.js";

export interface MinimiseOptions {
  /** Most candidate inputs tried (each is a load or more). */
  maxTries?: number;
}

/** Removes chunks of `items` (halving the chunk size) while `fails` holds; returns the smallest found. */
function shrinkList<T>(items: T[], fails: (items: T[]) => boolean, budget: { tries: number }): T[] {
  let current = items;
  for (let size = Math.max(1, current.length >> 1); size >= 1; size = size === 1 ? 0 : Math.max(1, size >> 1)) {
    for (let start = 0; start < current.length && budget.tries > 0;) {
      const candidate = [...current.slice(0, start), ...current.slice(start + size)];
      budget.tries--;
      if (candidate.length < current.length && fails(candidate)) current = candidate;
      else start += size;
    }
    if (budget.tries <= 0) break;
  }
  return current;
}

export function minimise(input: FuzzCase, fails: (c: FuzzCase) => boolean, options: MinimiseOptions = {}): FuzzCase {
  const budget = { tries: options.maxTries ?? 3_000 };
  let current = input;
  // The files the root extends, one at a time.
  for (const name of Object.keys(current.files)) {
    if (name === current.root || budget.tries-- <= 0) continue;
    const { [name]: _dropped, ...rest } = current.files;
    const candidate = { ...current, files: rest };
    if (fails(candidate)) current = candidate;
  }
  for (const name of Object.keys(current.files)) {
    const withFile = (content: string | Uint8Array): FuzzCase => ({
      ...current,
      files: { ...current.files, [name]: content },
    });
    const file = current.files[name]!;
    if (typeof file !== "string") {
      const bytes = shrinkList([...file], (b) => fails(withFile(Uint8Array.from(b))), budget);
      current = withFile(Uint8Array.from(bytes));
      continue;
    }
    const lines = shrinkList(file.split("\n"), (l) => fails(withFile(l.join("\n"))), budget);
    let text = lines.join("\n");
    current = withFile(text);
    if (text.length <= 4_000) {
      const chars = shrinkList([...text], (c) => fails(withFile(c.join(""))), budget);
      text = chars.join("");
      current = withFile(text);
    }
  }
  return current;
}
