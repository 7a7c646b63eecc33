/**
 * Recorded activity fed through the host on a simulated clock: tickets opened and their events in
 * the order they happened, and between them every wake-up at its own instant — what the host's
 * workers would have done live, in minutes instead of a month. The clock is the driver's
 * (`wakeDue({ at })`, decision 0092), so no worker may run on the same database meanwhile.
 */
import type { RecentTicket } from "@yardstick/engine";
import type { PostgresHost } from "./host.js";

type Scalar = string | number | boolean;

/** A ticket opened (an activity file's `open` line, docs/reference/events-jsonl.md), at in epoch ms. */
export interface ReplayOpen {
  type: "open";
  at: number;
  ticket: string;
  kind: string;
  data?: Record<string, Scalar>;
  by?: string;
}

/** An event of a ticket (an activity file's `event` line), at in epoch ms. */
export interface ReplayEvent {
  type: "event";
  at: number;
  ticket: string;
  event: string;
  data?: Record<string, Scalar>;
  by?: string;
  /** The event's id; without one the driver derives `<ticket>@<position in the file>`. */
  id?: string;
}

export interface ReplayThroughHostOptions {
  /** Wake-ups due up to this instant fire after the last record (the window's end). */
  until: number;
  /** Tickets one wake-up transaction advances (default 500). */
  wakeBatch?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface HostReplayOutcome {
  opened: number;
  /** Events applied (a duplicate counts: the engine decided it). */
  applied: number;
  /** Events the engine refused, parked with their error in `ys_events`. */
  parked: number;
  /** Tickets advanced by a wake-up. */
  wakeUps: number;
  /** Distinct instants the simulated clock stopped at to wake tickets. */
  wakeInstants: number;
}

/**
 * Feeds `records` through `host` under the current version of `standard`: sorted by `at` (the
 * file's order among equal instants), each preceded by every wake-up due by its instant, each
 * wake-up at its own instant; then the wake-ups due by `until`. A ticket is opened with the
 * earlier tickets of its kind that share its `rework.same` fields as `recent`, as
 * `yardstick replay` does. Each open, event and wake-up is its own transaction, as live.
 *
 * @example
 * const outcome = await replayThroughHost(host, "seed/harbour-view", records, { until: Date.parse("2026-12-01T00:00:00+08:00") });
 */
export async function replayThroughHost(
  host: PostgresHost,
  standard: string,
  records: readonly (ReplayOpen | ReplayEvent)[],
  options: ReplayThroughHostOptions,
): Promise<HostReplayOutcome> {
  const program = await host.programs.current(standard);
  const limit = options.wakeBatch ?? 500;
  const outcome: HostReplayOutcome = { opened: 0, applied: 0, parked: 0, wakeUps: 0, wakeInstants: 0 };
  const order = records.map((r, i) => ({ r, i })).sort((a, b) => a.r.at - b.r.at || a.i - b.i);
  const recentBy = new Map<string, RecentTicket[]>();

  const wakeUntil = async (t: number) => {
    for (;;) {
      const next = await host.nextWakeAt();
      if (next === null || next > t) return;
      const { woken, failed } = await host.wakeDue({ at: next, limit });
      if (woken.length === 0 && failed.length > 0)
        throw new Error(`replayThroughHost: ticket ${failed[0]} cannot be advanced to ${new Date(next).toISOString()}`);
      if (woken.length === 0) return; // held by someone else: not a simulated clock's database
      outcome.wakeUps += woken.length;
      outcome.wakeInstants++;
    }
  };

  let done = 0;
  for (const { r, i } of order) {
    await wakeUntil(r.at);
    if (r.type === "open") {
      const same = program.tickets.get(r.kind)?.model.rework?.same;
      const key =
        same === undefined ? undefined : `${r.kind}\u0000${same.map((f) => String(r.data?.[f] ?? "")).join("\u0000")}`;
      const recent = key === undefined ? [] : (recentBy.get(key) ?? []);
      const { opened } = await host.openTicket(standard, {
        id: r.ticket,
        kind: r.kind,
        at: r.at,
        ...(r.data ? { data: r.data } : {}),
        ...(r.by ? { by: r.by } : {}),
        recent: [...recent],
      });
      if (opened) {
        outcome.opened++;
        if (key !== undefined) recentBy.set(key, [...recent, { id: r.ticket, at: r.at, data: r.data ?? {} }]);
      }
    } else {
      await host.submitEvent(r.ticket, {
        id: r.id ?? `${r.ticket}@${i}`,
        type: r.event,
        at: r.at,
        ...(r.by ? { by: r.by } : {}),
        ...(r.data ? { data: r.data } : {}),
      });
      const { applied, parked } = await host.applyPending(r.ticket);
      outcome.applied += applied;
      outcome.parked += parked;
    }
    options.onProgress?.(++done, order.length);
  }
  await wakeUntil(options.until);
  return outcome;
}
