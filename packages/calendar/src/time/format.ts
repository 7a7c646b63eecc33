/** Instants out, in a calendar's zone: ISO 8601 with the zone's offset, and a short human form. */
import { DAY_MS, formatDate, formatDayTitle, formatLocalClock } from "./civil.js";
import type { ZoneOffsets } from "./zone.js";

const pad2 = (n: number): string => String(n).padStart(2, "0");

export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const total = Math.abs(offsetMs) / 1000;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = Math.round(total % 60);
  return `${sign}${pad2(hours)}:${pad2(minutes)}${seconds === 0 ? "" : `:${pad2(seconds)}`}`;
}

/** `2025-10-09T17:30:00+08:00` (milliseconds shown only when not zero). */
export function isoInZone(zone: ZoneOffsets, t: number): string {
  const offset = zone.offsetAt(t);
  const local = t + offset;
  const day = Math.floor(local / DAY_MS);
  const within = local - day * DAY_MS;
  const hours = Math.floor(within / 3_600_000);
  const minutes = Math.floor((within % 3_600_000) / 60_000);
  const seconds = Math.floor((within % 60_000) / 1000);
  const ms = within % 1000;
  const fraction = ms === 0 ? "" : `.${String(ms).padStart(3, "0")}`;
  return `${formatDate(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}${fraction}${formatOffset(offset)}`;
}

/** `Tue 2025-09-30 10:00 +08:00`. */
export function humanInZone(zone: ZoneOffsets, t: number): string {
  const offset = zone.offsetAt(t);
  const local = t + offset;
  const day = Math.floor(local / DAY_MS);
  return `${formatDayTitle(day)} ${formatLocalClock(local, day)} ${formatOffset(offset)}`;
}
