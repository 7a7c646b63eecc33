/**
 * What every time-expression parser returns: a typed value, or a message that says what was
 * wrong and a hint that says what to write instead. Parsers never throw.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(message: string, hint: string): ParseResult<T> {
  return { ok: false, message, hint };
}

/** The input as a message quotes it: strings in double quotes, numbers bare. */
export function show(input: string | number): string {
  return typeof input === "number" ? String(input) : JSON.stringify(input.trim());
}
