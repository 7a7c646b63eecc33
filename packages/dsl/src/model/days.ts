/** Weekdays and calendar dates as the language writes them (`mon-fri`, `2026-10-01`). */
import { type DateSpan, type Weekday, WEEKDAYS } from "@yardstick/calendar";

/** `mon-fri`, `sat,sun`, `daily`, `weekdays`, `weekends` → the weekdays they cover. */
export function expandDaySelector(selector: string): Weekday[] {
  if (selector === "daily") return [...WEEKDAYS];
  if (selector === "weekdays") return WEEKDAYS.slice(0, 5);
  if (selector === "weekends") return WEEKDAYS.slice(5);
  const days: Weekday[] = [];
  for (const part of selector.split(",")) {
    const [from, to] = part.split("-") as [Weekday, Weekday | undefined];
    const start = WEEKDAYS.indexOf(from);
    const end = to === undefined ? start : WEEKDAYS.indexOf(to);
    // A range that wraps (`fri-mon`) runs through the weekend, as people mean it.
    for (let i = start; ; i = (i + 1) % 7) {
      days.push(WEEKDAYS[i]!);
      if (i === end) break;
    }
  }
  return days;
}

export function validDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export function datesOf(span: DateSpan): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${span.from}T00:00:00Z`); t <= Date.parse(`${span.to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
