/**
 * One dated week of duties for the handbook: the duty planner's real occurrences from Monday to
 * Sunday of the week a date is in, a row per duty, a cell per day, each day headed with the
 * holiday or the adjusted working day (调休上班) the standard's calendars give it. The weekly
 * timetable says what a week looks like; this says what the week of 2026-10-01 holds.
 */
import { EngineError } from "../errors/engine-error.js";
import type { Program } from "../compile/program.js";
import { planDuties } from "../duties/plan-duties.js";
import { formatShort, instantFrom } from "../time/local-time.js";
import { say, weekdayWords, type HandbookLang } from "./words.js";

const DAY_MS = 86_400_000;
const WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** Most times written in one cell; a patrol every 2 h is summed up after that. */
const TIMES_SHOWN = 4;

export interface DatedWeekDay {
  /** `2026-10-01` */
  date: string;
  /** `周四` / `Thu` */
  weekday: string;
  /** A holiday or an adjusted working day of the standard's calendars, by name (国庆节, 国庆节调休上班). */
  note?: { kind: "holiday" | "adjusted-workday"; name: string };
}

export interface DatedWeekRow {
  duty: string;
  title: string;
  /** One text per day, Monday first: the times due (×3 for three zones), `全天` for a day's duty; empty when nothing is due. */
  cells: string[];
  /** How many occurrences fall on each day. */
  counts: number[];
}

export interface DatedWeek {
  /** The Monday and the Sunday of the week. */
  from: string;
  to: string;
  days: DatedWeekDay[];
  rows: DatedWeekRow[];
}

const WORDS = {
  zh: {
    allDay: "全天",
    by: (date: string) => `${date} 前`,
    more: (n: number) => `另 ${n} 次`,
  },
  en: {
    allDay: "any time",
    by: (date: string) => `by ${date}`,
    more: (n: number) => `+${n} more`,
  },
} as const;

/** The Monday of the ISO week `date` is in. */
function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * The duties of the week `date` (YYYY-MM-DD) is in, as the planner lists them, with the week's
 * holidays and adjusted working days named. An `each:` duty is planned for one stand-in item.
 * @example
 * const week = datedWeek(program, "2026-10-01", "zh"); // 2026-09-28 … 2026-10-04, 国庆节 from Thursday
 * week.days[3]; // { date: "2026-10-01", weekday: "周四", note: { kind: "holiday", name: "国庆节" } }
 */
export function datedWeek(program: Program, date: string, lang: HandbookLang): DatedWeek {
  const real = /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
  if (!real)
    throw new EngineError("invalid-input", `the week must be given by a date like 2026-10-01, got \`${date}\``, {
      hint: "any date of the week: the handbook shows its Monday to Sunday",
      path: ["week"],
    });
  const w = WORDS[lang];
  const zone = program.timezone;
  const monday = mondayOf(date);
  const dates = WEEK.map((_, i) => new Date(Date.parse(`${monday}T00:00:00Z`) + i * DAY_MS).toISOString().slice(0, 10));
  const next = new Date(Date.parse(`${monday}T00:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10);
  const from = instantFrom(`${monday} 00:00`, zone)!;
  const to = instantFrom(`${next} 00:00`, zone)!;

  const days: DatedWeekDay[] = dates.map((d, i) => {
    const day: DatedWeekDay = { date: d, weekday: weekdayWords(WEEK[i]!, lang) };
    // The first calendar (in the order written) that names the day a holiday or a working day moved to it.
    for (const calendar of program.calendars.values()) {
      const described = calendar.describeDay(d);
      if ((described.kind === "holiday" || described.kind === "adjusted-workday") && described.name) {
        day.note = { kind: described.kind, name: say(described.name, lang, described.reason) };
        break;
      }
    }
    return day;
  });

  const items: Record<string, string[]> = {};
  for (const duty of Object.values(program.model.duties)) if (duty.each !== undefined) items[duty.each] = [duty.each];
  const index = new Map(dates.map((d, i) => [d, i]));
  const cells = new Map<string, { times: Map<string, number>; count: number }[]>();
  for (const o of planDuties(program, { from, to, items })) {
    const at = formatShort(o.at, zone);
    const day = index.get(at.slice(0, 10));
    if (day === undefined) continue;
    let row = cells.get(o.duty);
    if (row === undefined) cells.set(o.duty, (row = dates.map(() => ({ times: new Map(), count: 0 }))));
    // A day's duty is due that day; one of a week, a month or longer is due by the end of its period.
    const last = formatShort(o.due - 1, zone).slice(0, 10);
    const when = !o.allDay ? at.slice(11) : last === at.slice(0, 10) ? w.allDay : w.by(last.slice(5));
    const cell = row[day]!;
    cell.times.set(when, (cell.times.get(when) ?? 0) + 1);
    cell.count++;
  }
  const rows: DatedWeekRow[] = [];
  for (const duty of Object.values(program.model.duties)) {
    const row = cells.get(duty.id);
    if (row === undefined) continue;
    rows.push({
      duty: duty.id,
      title: say(duty.title, lang, duty.id),
      counts: row.map((c) => c.count),
      cells: row.map((c) => {
        const times = [...c.times].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const shown = times.slice(0, TIMES_SHOWN).map(([t, n]) => (n > 1 ? `${t} ×${n}` : t));
        const rest = times.slice(TIMES_SHOWN).reduce((n, [, k]) => n + k, 0);
        return [...shown, ...(rest > 0 ? [w.more(rest)] : [])].join(" ");
      }),
    });
  }
  return { from: monday, to: dates[6]!, days, rows };
}
