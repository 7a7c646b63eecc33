import { normalizeTimeText } from "./normalize.js";
import { fail, ok, show } from "./result.js";
import type { ParseResult } from "./result.js";
import { chineseNumeralChars, readNumber } from "./units.js";

/** A wall-clock time. `time` is `HH:MM` (zero-padded), `minutes` the same as minutes after midnight (0–1440). */
export interface TimeOfDay {
  time: string;
  minutes: number;
}

/**
 * A wall-clock window. `crossesMidnight` when the end is before the start (`22:00-06:00`);
 * `minutes` is its length (480 for `22:00-06:00`, 1440 for `00:00-24:00`).
 */
export interface ClockRange {
  start: TimeOfDay;
  end: TimeOfDay;
  crossesMidnight: boolean;
  minutes: number;
}

export interface TimeOfDayOptions {
  /** Accept `24:00`, the end of the day (as the end of a range or a closing time). Default `false`. */
  allowEndOfDay?: boolean;
}

const timeForms = "09:00, 9:00, 18:30, 6pm, 18点, 9点半";
const validRange = "hours go from 00 to 23 and minutes from 00 to 59";

function timeOfDay(hours: number, minutes: number): TimeOfDay {
  return {
    time: `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`,
    minutes: hours * 60 + minutes,
  };
}

const chineseHour = new RegExp(
  `^(上午|早上|早晨|中午|下午|晚上)?\\s*(\\d{1,2}|[${chineseNumeralChars}]+)\\s*(?:点|點|时|時)(?:\\s*(\\d{1,2})\\s*分?|半|整|钟|鐘)?$`,
  "u",
);

/**
 * Reads a time of day from normalized text. `undefined` when the text does not look like a
 * time at all (so a caller can try other readings); an error when it does but is invalid.
 */
export function readTimeOfDay(text: string, options: TimeOfDayOptions = {}): ParseResult<TimeOfDay> | undefined {
  let hours: number;
  let minutes: number;
  const colon = /^(\d{1,2}):(\d{2})$/u.exec(text);
  const twelveHour = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)$/u.exec(text);
  const chinese = chineseHour.exec(text);
  if (colon) {
    hours = Number(colon[1]);
    minutes = Number(colon[2]);
  } else if (twelveHour) {
    hours = Number(twelveHour[1]);
    minutes = Number(twelveHour[2] ?? "0");
    if (hours < 1 || hours > 12 || minutes > 59) {
      return fail(
        `"${text}" is not a valid time of day`,
        "on a 12-hour clock hours go from 1 to 12; or write 24-hour time like 18:00",
      );
    }
    hours = (hours % 12) + (twelveHour[3]?.startsWith("p") ? 12 : 0);
  } else if (chinese) {
    const hour = readNumber(chinese[2] ?? "");
    if (hour === undefined || !Number.isInteger(hour)) return undefined;
    hours = hour;
    minutes = chinese[3] !== undefined ? Number(chinese[3]) : text.endsWith("半") ? 30 : 0;
    const period = chinese[1];
    if ((period === "下午" || period === "晚上") && hours < 12) hours += 12;
  } else {
    return undefined;
  }
  if (hours === 24 && minutes === 0) {
    return options.allowEndOfDay
      ? ok(timeOfDay(24, 0))
      : fail(
          `"${text}" is not allowed here`,
          "24:00 (the end of the day) is only allowed as the end of a range; write 00:00 for midnight at the start of a day",
        );
  }
  if (hours > 23 || minutes > 59) return fail(`"${text}" is not a valid time of day`, `${validRange}, e.g. 18:00`);
  return ok(timeOfDay(hours, minutes));
}

/**
 * Parses a time of day (`at: [09:00, 17:00]`, closing times).
 *
 * Accepts `09:00`, `9:00`, `18:30`, `6pm`, `18点`, `9点半`, `下午6点`; `24:00` only with
 * `{ allowEndOfDay: true }`.
 *
 * @example
 * parseTimeOfDay("9:00"); // { ok: true, value: { time: "09:00", minutes: 540 } }
 */
export function parseTimeOfDay(input: string | number, options: TimeOfDayOptions = {}): ParseResult<TimeOfDay> {
  if (typeof input === "number") {
    const digits = String(input);
    const asClock = /^\d{3,4}$/.test(digits)
      ? `${digits.padStart(4, "0").slice(0, 2)}:${digits.padStart(4, "0").slice(2)}`
      : "09:00";
    return fail(
      `expected a time of day like 09:00 or 18:30, got the number ${input}`,
      `write hours and minutes with a colon: ${asClock}`,
    );
  }
  const text = normalizeTimeText(input);
  const result = readTimeOfDay(text, options);
  if (result) return result;
  if (text === "")
    return fail("expected a time of day like 09:00 or 18:30, got an empty value", `write e.g. ${timeForms}`);
  const compact = /^(\d{1,2})(\d{2})$/u.exec(text);
  const hint = compact
    ? `write hours and minutes with a colon: ${compact[1]?.padStart(2, "0")}:${compact[2]}`
    : `write e.g. ${timeForms}`;
  return fail(`expected a time of day like 09:00 or 18:30, got ${show(input)}`, hint);
}

const rangeParts = /^(.+?)\s*(?:-|–|—|~|〜|to|至|到)\s*(.+)$/u;

/**
 * Parses a wall-clock window (`between: 22:00-06:00`, office hours `08:30-12:00`).
 *
 * The separator may be `-`, `–` (en dash), `—`, `~`, `to`, `至` or `到`. The end may be `24:00`;
 * an end before the start crosses midnight. A range whose end equals its start is rejected:
 * write `00:00-24:00` for the whole day.
 *
 * @example
 * parseClockRange("22:00-06:00");
 * // { ok: true, value: { start: { time: "22:00", minutes: 1320 }, end: { time: "06:00", minutes: 360 }, crossesMidnight: true, minutes: 480 } }
 */
export function parseClockRange(input: string | number): ParseResult<ClockRange> {
  const expected = "expected a time range like 08:30-12:00 or 22:00-06:00";
  if (typeof input === "number")
    return fail(
      `${expected}, got the number ${input}`,
      'write two times of day joined by a dash, as text: "08:30-12:00"',
    );
  const text = normalizeTimeText(input);
  if (text === "")
    return fail(`${expected}, got an empty value`, "write two times of day joined by a dash: 08:30-12:00");
  const parts = rangeParts.exec(text);
  if (!parts) {
    const single = readTimeOfDay(text, { allowEndOfDay: true });
    const hint = single?.ok
      ? `a range needs a start and an end, e.g. ${single.value.time}-18:00`
      : "write two times of day joined by a dash: 08:30-12:00";
    return fail(`${expected}, got ${show(input)}`, hint);
  }
  const start = readTimeOfDay(parts[1] ?? "");
  const end = readTimeOfDay(parts[2] ?? "", { allowEndOfDay: true });
  if (start === undefined || end === undefined) {
    return fail(`${expected}, got ${show(input)}`, `each end is a time of day like ${timeForms}`);
  }
  if (!start.ok) {
    const hint = /^24:?00$|^24点$/u.test(parts[1] ?? "") ? "a range cannot start at 24:00; write 00:00" : start.hint;
    return fail(`invalid start of range ${show(input)}: ${start.message}`, hint);
  }
  if (!end.ok) return fail(`invalid end of range ${show(input)}: ${end.message}`, end.hint);
  const from = start.value.minutes;
  const to = end.value.minutes;
  if (from === to) {
    return fail(
      `the range ${show(input)} is empty or ambiguous: it ends where it starts`,
      "write 00:00-24:00 for the whole day",
    );
  }
  const crossesMidnight = to < from;
  return ok({
    start: start.value,
    end: end.value,
    crossesMidnight,
    minutes: crossesMidnight ? 1440 - from + to : to - from,
  });
}
