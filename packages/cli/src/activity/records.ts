/**
 * The activity file: a host's recorded events as JSON Lines, one record per line
 * (docs/reference/events-jsonl.md). `yardstick simulate` writes it, `yardstick replay` and
 * `yardstick report --events` read it.
 */
import type { Data, Facts } from "@yardstick/engine";

/** The format's version, in the header line. */
export const ACTIVITY_FORMAT = 1;

/** The window the file covers: first line, optional (replay then needs `--period`). */
export interface HeaderRecord {
  type: "header";
  format: number;
  /** `<id>@<version>` of the standard the events were recorded under (informative). */
  standard?: string;
  /** The audit period the file covers, e.g. `2026-11`. */
  period?: string;
  /** The window duties are planned in: ISO 8601 with an offset. */
  from: string;
  to: string;
  /** The items of each `each:` set (lifts, vacant units). */
  items?: Record<string, string[]>;
  /** What made the file: `yardstick simulate --seed 42`, a host's export… */
  source?: string;
}

export interface OpenRecord {
  type: "open";
  at: string | number;
  ticket: string;
  kind: string;
  data?: Data;
  by?: string;
}

export interface EventRecord {
  type: "event";
  at: string | number;
  ticket: string;
  event: string;
  data?: Data;
  by?: string;
  id?: string;
}

/** An event a triggered duty listens to (rain stopped in a zone). */
export interface TriggerRecord {
  type: "trigger";
  at: string | number;
  event: string;
  zone?: string;
  item?: string;
  id?: string;
}

/** A duty completion log. */
export interface LogRecord {
  type: "log";
  at: string | number;
  duty: string;
  zone?: string;
  item?: string;
  by?: string | string[];
  checkpoints?: string[];
  occurrence?: string;
  id?: string;
  ref?: string;
}

export interface ExcuseRecord {
  type: "excuse";
  occurrence: string;
  reason: string;
}

/** A record a date-relative duty reads its date from (a unit and its warranty end). */
export interface SubjectRecord {
  type: "subject";
  id: string;
  zone?: string;
  data: Record<string, unknown>;
}

/** Facts for the audit's rules: a survey's rate, an inspector's finding. */
export interface FactsRecord {
  type: "facts";
  period?: string;
  zone?: string;
  staff?: string;
  facts: Facts;
}

export type ActivityRecord =
  HeaderRecord | OpenRecord | EventRecord | TriggerRecord | LogRecord | ExcuseRecord | SubjectRecord | FactsRecord;

export const RECORD_TYPES = ["header", "open", "event", "trigger", "log", "excuse", "subject", "facts"] as const;

/** One record per line, keys in the order written, `\n` after each: the same records give the same bytes. */
export function toJsonLines(records: Iterable<ActivityRecord>): string {
  let out = "";
  for (const r of records) out += `${JSON.stringify(r)}\n`;
  return out;
}
