/**
 * `dutiesToIcs(program, occurrences)`: a plan as an RFC 5545 iCalendar file, so staff subscribe in
 * any calendar app. Each duty's occurrences for one site, zone and item become one VEVENT whose
 * instances are its RDATEs (one event per length, so DURATION holds for each instance);
 * a triggered or date-relative occurrence is an event of its own. Times are UTC (`…Z`), so no
 * VTIMEZONE is needed; all-day occurrences are DATE values, read on the standard's wall clock.
 */
import type { Program } from "../compile/program.js";
import { compactDay } from "./civil-date.js";
import type { DutyOccurrence } from "./occurrence.js";
import { ZoneClock } from "./zone-clock.js";

export interface IcsOptions {
  /** DTSTAMP of every event (default: the first instance's start), so the same plan gives the same file. */
  stamp?: number;
  /** The calendar's name (default: the standard's title). */
  name?: string;
}

const utc = (t: number) =>
  new Date(t)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** Escapes TEXT values (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function duration(ms: number): string {
  if (ms % 86_400_000 === 0) return `P${ms / 86_400_000}D`;
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h > 0 ? `${h}H` : ""}${m > 0 || h === 0 ? `${m}M` : ""}`;
}

export function dutiesToIcs(program: Program, occurrences: Iterable<DutyOccurrence>, options: IcsOptions = {}): string {
  const clock = new ZoneClock(program.timezone);
  const title = (l: { zh?: string; en?: string }) => [l.zh, l.en].filter(Boolean).join(" · ");
  const groups = new Map<string, DutyOccurrence[]>();
  for (const o of occurrences) {
    const recurring = program.model.duties[o.duty]?.schedule.kind === "recurring";
    const series = recurring ? o.id.slice(0, o.id.lastIndexOf("/")) : o.id;
    const key = `${series}\u0000${o.allDay ? "d" : "t"}${o.due - o.start}${o.index !== undefined ? `#${o.index}` : ""}`;
    const list = groups.get(key) ?? [];
    list.push(o);
    groups.set(key, list);
  }
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Yardstick//duties//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${text(options.name ?? title(program.model.title))}`,
    `X-WR-TIMEZONE:${program.timezone}`,
  ];
  for (const [key, list] of groups) {
    const first = list[0]!;
    const duty = program.model.duties[first.duty];
    const uid = `${key.replace("\u0000", "~")}@${program.pin.id}`;
    const date = (o: DutyOccurrence) => (o.allDay ? compactDay(clock.dayOf(o.start)) : utc(o.start));
    const value = first.allDay ? ";VALUE=DATE" : "";
    const where = [first.site, first.zone, first.item].filter(Boolean).join(" / ");
    const about = [
      duty?.roles.length ? `roles: ${duty.roles.join(", ")}` : "",
      first.checkpoints.length ? `checkpoints: ${first.checkpoints.join(", ")}` : "",
      list.length === 1 ? `occurrence: ${first.id}` : `series: ${first.id.slice(0, first.id.lastIndexOf("/"))}`,
    ].filter(Boolean);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${text(uid)}`,
      `DTSTAMP:${utc(options.stamp ?? first.start)}`,
      `DTSTART${value}:${date(first)}`,
      `DURATION:${duration(first.due - first.start)}`,
    );
    // DTSTART is repeated in RDATE: the recurrence set ignores the duplicate (RFC 5545 §3.8.5.2), and
    // some readers (ical.js among them) expand an RDATE-only event without its DTSTART otherwise.
    if (list.length > 1) lines.push(`RDATE${value}:${list.map(date).join(",")}`);
    lines.push(`SUMMARY:${text(duty ? title(duty.title) : first.duty)}`);
    if (where) lines.push(`LOCATION:${text(where)}`);
    lines.push(
      `DESCRIPTION:${text(about.join("\n"))}`,
      `CATEGORIES:${text(first.duty)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
