/**
 * Duties as a weekly timetable: a row per duty that recurs within a week, a cell per weekday
 * (the times it is due, the rounds' window, how many times and by when); a week's quota spans
 * the row. Monthly and rarer duties, duties set off by an event and duties relative to a date
 * are listed beside it. Read from the duty model: the weekly pattern, not a dated plan.
 */
import type { DutyModel } from "@yardstick/dsl";
import { cadenceWords, durationWords, say, weekdayWords, type HandbookLang } from "./words.js";

const WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export interface TimetableRow {
  duty: string;
  title: string;
  /** One text per weekday, Monday first; empty when not due that day. */
  cells: string[];
  /** A week's quota, due on any day of the week: written across the row. */
  span?: string;
}

export interface WeeklyTimetable {
  days: string[];
  rows: TimetableRow[];
  /** Duties that are not weekly: monthly and rarer, on an event, relative to a date, by a rule. */
  other: { duty: string; title: string; cadence: string }[];
}

export function weeklyTimetable(duties: DutyModel[], lang: HandbookLang): WeeklyTimetable {
  const zh = lang === "zh";
  const rows: TimetableRow[] = [];
  const other: WeeklyTimetable["other"] = [];
  for (const duty of duties) {
    const s = duty.schedule;
    const title = say(duty.title, lang, duty.id);
    const weekly =
      s.kind === "recurring" &&
      s.rrule === undefined &&
      s.monthly.length === 0 &&
      (s.quota === undefined || s.quota.per === "day" || s.quota.per === "week");
    if (!weekly || s.kind !== "recurring") {
      other.push({ duty: duty.id, title, cadence: cadenceWords(duty, lang) });
      continue;
    }
    if (s.quota?.per === "week") {
      const times = s.quota.times;
      const days = s.days.length < 7 ? s.days.map((d) => weekdayWords(d, lang)).join(zh ? "、" : ", ") : undefined;
      rows.push({
        duty: duty.id,
        title,
        cells: WEEK.map(() => ""),
        span: zh
          ? `每周 ${times} 次，${days ? `于${days}` : "任一天"}${s.by ? `，${s.by.value.time} 前` : ""}`
          : `${times === 1 ? "once" : `${times} times`} in the week, ${days ? `on ${days}` : "any day"}${s.by ? `, by ${s.by.value.time}` : ""}`,
      });
      continue;
    }
    let cell: string;
    if (s.at.length > 0) cell = s.at.map((t) => t.value.time).join(" ");
    else if (s.every && s.between)
      cell = `${s.between.value.start.time}–${s.between.value.end.time} ${zh ? `每 ${durationWords(s.every.value, lang)}` : `every ${durationWords(s.every.value, lang)}`}`;
    else if (s.every)
      cell = zh ? `每 ${durationWords(s.every.value, lang)}` : `every ${durationWords(s.every.value, lang)}`;
    else {
      const times = s.quota?.times ?? 1;
      const count = zh ? `${times} 次` : `${times}×`;
      cell = s.by ? (zh ? `${count}，${s.by.value.time} 前` : `${count} by ${s.by.value.time}`) : count;
    }
    rows.push({ duty: duty.id, title, cells: WEEK.map((d) => (s.days.includes(d) ? cell : "")) });
  }
  return { days: WEEK.map((d) => weekdayWords(d, lang)), rows, other };
}
