import type { Deadline } from "@yardstick/calendar";

/** Deadlines written as words: the end of a (working) day. */
export type DayEndDeadline = Extract<Deadline, { kind: "end-of-day" | "end-of-workday" }>;

const endOfDay = (days: number): DayEndDeadline => ({ kind: "end-of-day", days });
const endOfWorkday = (workdays: number): DayEndDeadline => ({ kind: "end-of-workday", workdays });

const table: readonly (readonly [DayEndDeadline, readonly string[]])[] = [
  [
    endOfDay(0),
    [
      "end of day",
      "end of the day",
      "end of today",
      "eod",
      "same day",
      "the same day",
      "today",
      "当天",
      "当日",
      "今天",
      "今日",
    ],
  ],
  [
    endOfDay(1),
    [
      "end of tomorrow",
      "end of next day",
      "end of the next day",
      "next day",
      "the next day",
      "tomorrow",
      "次日",
      "第二天",
      "明天",
      "翌日",
    ],
  ],
  [
    endOfWorkday(0),
    [
      "end of workday",
      "end of the workday",
      "end of business day",
      "end of the business day",
      "end of working day",
      "end of the working day",
      "close of business",
      "cob",
      "eob",
    ],
  ],
  [
    endOfWorkday(1),
    [
      "end of next workday",
      "end of the next workday",
      "end of next business day",
      "end of the next business day",
      "end of next working day",
      "end of the next working day",
      "next workday",
      "next business day",
      "next working day",
      "次个工作日",
      "下一个工作日",
      "下个工作日",
      "下一工作日",
      "次一工作日",
      "次一个工作日",
    ],
  ],
];

const byPhrase = new Map<string, DayEndDeadline>(
  table.flatMap(([deadline, phrases]) => phrases.map((p) => [p, deadline] as const)),
);

/** The end-of-day deadline a phrase names (`end of next workday`, `次日`), with an optional leading `by`. */
export function lookupDayEnd(text: string): DayEndDeadline | undefined {
  const words = text.startsWith("by ") ? text.slice(3) : text;
  const found = byPhrase.get(text) ?? byPhrase.get(words);
  if (found) return found;
  // `end of the 3rd day after`, `end of the 2nd workday after`: what describeDeadline writes for them.
  const nth = /^end of the (\d+)(?:st|nd|rd|th) (day|workday) after$/u.exec(words);
  if (!nth) return undefined;
  const n = Number(nth[1]);
  return nth[2] === "day" ? endOfDay(n) : endOfWorkday(n);
}

/** `3rd day after`, `2nd workday after`: the day of an `at-time` deadline counted further on. */
export function ordinalDayChoice(text: string): DayChoice | undefined {
  const nth = /^(\d+)(?:st|nd|rd|th) (day|workday) after$/u.exec(text);
  if (!nth) return undefined;
  const n = Number(nth[1]);
  return nth[2] === "day" ? { days: n, workdays: 0 } : { days: 0, workdays: n };
}

/** Phrases offered for a typo: the plain English spellings. */
export const suggestablePhrases: readonly string[] = [
  "end of day",
  "end of tomorrow",
  "end of next day",
  "today",
  "tomorrow",
  "same day",
  "next day",
  "end of workday",
  "end of business day",
  "end of next workday",
  "end of next business day",
  "next workday",
];

/** Which day an `at-time` deadline falls on. */
export interface DayChoice {
  days: number;
  workdays: number;
}

const sameDay: DayChoice = { days: 0, workdays: 0 };
const nextDay: DayChoice = { days: 1, workdays: 0 };
const nextWorkday: DayChoice = { days: 0, workdays: 1 };

/** Day words that may come before or after `by 18:00`, or before `18:00前`. */
export const dayChoices = new Map<string, DayChoice>([
  ["today", sameDay],
  ["same day", sameDay],
  ["the same day", sameDay],
  ["next day", nextDay],
  ["the next day", nextDay],
  ["tomorrow", nextDay],
  ["next workday", nextWorkday],
  ["the next workday", nextWorkday],
  ["next business day", nextWorkday],
  ["next working day", nextWorkday],
  ["当天", sameDay],
  ["当日", sameDay],
  ["今天", sameDay],
  ["今日", sameDay],
  ["次日", nextDay],
  ["第二天", nextDay],
  ["明天", nextDay],
  ["翌日", nextDay],
  ["下一个工作日", nextWorkday],
  ["下个工作日", nextWorkday],
  ["下一工作日", nextWorkday],
  ["次个工作日", nextWorkday],
  ["次一工作日", nextWorkday],
  ["次一个工作日", nextWorkday],
]);
