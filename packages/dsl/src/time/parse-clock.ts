import { normalizeTimeText } from "./normalize.js";
import { fail, ok, show, w, wordsOf } from "./result.js";
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
const validRange = w("hours go from 00 to 23 and minutes from 00 to 59", "小时从 00 到 23，分钟从 00 到 59");

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
        w(`"${text}" is not a valid time of day`, `"${text}" 不是有效的时刻`),
        w(
          "on a 12-hour clock hours go from 1 to 12; or write 24-hour time like 18:00",
          "12 小时制的钟点是 1 到 12；或者写 24 小时制，如 18:00",
        ),
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
          w(`"${text}" is not allowed here`, `这里不能写 "${text}"`),
          w(
            "24:00 (the end of the day) is only allowed as the end of a range; write 00:00 for midnight at the start of a day",
            "24:00（一天的结束）只能作为时间段的结束；一天开始时的午夜请写 00:00",
          ),
        );
  }
  if (hours > 23 || minutes > 59)
    return fail(
      w(`"${text}" is not a valid time of day`, `"${text}" 不是有效的时刻`),
      w(`${validRange.en}, e.g. 18:00`, `${validRange.zh}，如 18:00`),
    );
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
      w(
        `expected a time of day like 09:00 or 18:30, got the number ${input}`,
        `这里应是 09:00 或 18:30 这样的时刻，却是数字 ${input}`,
      ),
      w(`write hours and minutes with a colon: ${asClock}`, `时和分之间用冒号：${asClock}`),
    );
  }
  const text = normalizeTimeText(input);
  const result = readTimeOfDay(text, options);
  if (result) return result;
  if (text === "")
    return fail(
      w(
        "expected a time of day like 09:00 or 18:30, got an empty value",
        "这里应是 09:00 或 18:30 这样的时刻，却是空值",
      ),
      w(`write e.g. ${timeForms}`, `写法如 ${timeForms}`),
    );
  const compact = /^(\d{1,2})(\d{2})$/u.exec(text);
  const hint = compact
    ? w(
        `write hours and minutes with a colon: ${compact[1]?.padStart(2, "0")}:${compact[2]}`,
        `时和分之间用冒号：${compact[1]?.padStart(2, "0")}:${compact[2]}`,
      )
    : w(`write e.g. ${timeForms}`, `写法如 ${timeForms}`);
  return fail(
    w(
      `expected a time of day like 09:00 or 18:30, got ${show(input)}`,
      `这里应是 09:00 或 18:30 这样的时刻，却是 ${show(input)}`,
    ),
    hint,
  );
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
  const expected = w(
    "expected a time range like 08:30-12:00 or 22:00-06:00",
    "这里应是 08:30-12:00 或 22:00-06:00 这样的时间段",
  );
  const joined = w("write two times of day joined by a dash: 08:30-12:00", "用短横线连接两个时刻：08:30-12:00");
  if (typeof input === "number")
    return fail(
      w(`${expected.en}, got the number ${input}`, `${expected.zh}，却是数字 ${input}`),
      w(
        'write two times of day joined by a dash, as text: "08:30-12:00"',
        '用短横线连接两个时刻，写成文字："08:30-12:00"',
      ),
    );
  const text = normalizeTimeText(input);
  if (text === "") return fail(w(`${expected.en}, got an empty value`, `${expected.zh}，却是空值`), joined);
  const got = w(`${expected.en}, got ${show(input)}`, `${expected.zh}，却是 ${show(input)}`);
  const parts = rangeParts.exec(text);
  if (!parts) {
    const single = readTimeOfDay(text, { allowEndOfDay: true });
    const hint = single?.ok
      ? w(
          `a range needs a start and an end, e.g. ${single.value.time}-18:00`,
          `时间段要有开始和结束，如 ${single.value.time}-18:00`,
        )
      : joined;
    return fail(got, hint);
  }
  const start = readTimeOfDay(parts[1] ?? "");
  const end = readTimeOfDay(parts[2] ?? "", { allowEndOfDay: true });
  if (start === undefined || end === undefined) {
    return fail(got, w(`each end is a time of day like ${timeForms}`, `两端都是时刻，如 ${timeForms}`));
  }
  if (!start.ok) {
    const why = wordsOf(start);
    const hint = /^24:?00$|^24点$/u.test(parts[1] ?? "")
      ? w("a range cannot start at 24:00; write 00:00", "时间段不能从 24:00 开始；请写 00:00")
      : why.hint;
    return fail(
      w(
        `invalid start of range ${show(input)}: ${why.message.en}`,
        `时间段 ${show(input)} 的开始有误：${why.message.zh}`,
      ),
      hint,
    );
  }
  if (!end.ok) {
    const why = wordsOf(end);
    return fail(
      w(
        `invalid end of range ${show(input)}: ${why.message.en}`,
        `时间段 ${show(input)} 的结束有误：${why.message.zh}`,
      ),
      why.hint,
    );
  }
  const from = start.value.minutes;
  const to = end.value.minutes;
  if (from === to) {
    return fail(
      w(
        `the range ${show(input)} is empty or ambiguous: it ends where it starts`,
        `时间段 ${show(input)} 为空或有歧义：结束与开始是同一时刻`,
      ),
      w("write 00:00-24:00 for the whole day", "全天请写 00:00-24:00"),
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
