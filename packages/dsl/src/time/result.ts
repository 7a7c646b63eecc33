import type { Words } from "../diagnostics/words.js";

/**
 * What every time-expression parser returns: a typed value, or a message that says what was
 * wrong and a hint that says what to write instead — in English (`message`, `hint`) and in
 * Chinese (`zh`), so a diagnostic is written in the language the standard is loaded in.
 * Parsers never throw.
 */
export type ParseResult<T> = { ok: true; value: T } | ParseFailure;

export interface ParseFailure {
  ok: false;
  message: string;
  hint: string;
  /** The message and hint in Chinese. */
  zh: { message: string; hint: string };
}

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/** A failure, its message and hint each given in both languages (`w(en, zh)`). */
export function fail<T = never>(message: Words, hint: Words): ParseResult<T> {
  return { ok: false, message: message.en, hint: hint.en, zh: { message: message.zh, hint: hint.zh } };
}

/** Words in English and Chinese. */
export function w(en: string, zh: string): Words {
  return { en, zh };
}

/** A failure's message and hint as words, to quote inside another failure. */
export function wordsOf(failure: ParseFailure): { message: Words; hint: Words } {
  return { message: w(failure.message, failure.zh.message), hint: w(failure.hint, failure.zh.hint) };
}

/** The input as a message quotes it: strings in double quotes, numbers bare. */
export function show(input: string | number): string {
  return typeof input === "number" ? String(input) : JSON.stringify(input.trim());
}
