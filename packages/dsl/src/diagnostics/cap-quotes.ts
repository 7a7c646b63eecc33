/** Longest quoted value kept whole in a message or hint; a longer one keeps its two ends. */
export const MAX_QUOTED = 80;
/** Longest message or hint: past it the text is cut (a hint listing hundreds of names). */
export const MAX_TEXT = 500;

/** `text.slice(0, end)` that does not split a surrogate pair (a Chinese extension character, an emoji). */
function head(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

function tail(text: string, length: number): string {
  const start = text.length - length;
  const code = text.charCodeAt(start);
  return text.slice(code >= 0xdc00 && code <= 0xdfff ? start + 1 : start);
}

/**
 * Shortens the values a message quotes (between backticks or double quotes): a wrong value can
 * be a whole file's worth of text, and the reader needs only enough of it to find it.
 *
 * @example
 * capQuotes("unknown key `" + "a".repeat(1000) + "`") // "unknown key `aaa…(930 more)…aaa`"
 */
export function capQuotes(text: string): string {
  if (text.length <= MAX_QUOTED) return text;
  // Pairs are taken left to right, short ones too, so the text between two quoted values is never
  // read as a quoted value itself.
  const capped = text.replace(/`([^`]*)`|"([^"]*)"/g, (whole, tick?: string, quote?: string) => {
    const value = tick ?? quote ?? whole;
    if (value.length <= MAX_QUOTED) return whole;
    const mark = tick === undefined ? '"' : "`";
    const kept = `${head(value, 50)}…(${value.length - 70} more)…${tail(value, 20)}`;
    return `${mark}${kept}${mark}`;
  });
  return capped.length <= MAX_TEXT ? capped : `${head(capped, MAX_TEXT - 1)}…`;
}
