/**
 * The outbox: effects are written in the transaction that stored the state they came from, and
 * delivered from here afterwards, at least once, in the order they were announced. A receiver
 * that records each key gets every effect exactly once.
 */
import type { Database } from "better-sqlite3";
import type { DutyEffect, Effect } from "@yardstick/engine";

export type AnyEffect = Effect | DutyEffect;

export interface OutboxRow {
  seq: number;
  key: string;
  kind: string;
  /** The ticket id, or the duty occurrence id. */
  subject: string;
  effect: AnyEffect;
  createdAt: number;
  deliveredAt: number | null;
  attempts: number;
  lastError: string | null;
}

/** Delivers one effect (an SMS gateway, an app push, a webhook). A throw leaves it for the next try. */
export interface EffectSender {
  send(row: OutboxRow): Promise<void> | void;
}

interface Raw {
  seq: number;
  key: string;
  kind: string;
  subject: string;
  effect: string;
  created_at: number;
  delivered_at: number | null;
  attempts: number;
  last_error: string | null;
}

const fromRaw = (r: Raw): OutboxRow => ({
  seq: r.seq,
  key: r.key,
  kind: r.kind,
  subject: r.subject,
  effect: JSON.parse(r.effect) as AnyEffect,
  createdAt: r.created_at,
  deliveredAt: r.delivered_at,
  attempts: r.attempts,
  lastError: r.last_error,
});

export class Outbox {
  private readonly lastOf;
  private readonly lastRetractOf;
  private readonly insert;

  constructor(private readonly db: Database) {
    this.lastOf = db.prepare<[string], { seq: number | null }>("select max(seq) as seq from outbox where key = ?");
    this.lastRetractOf = db.prepare<[string], { seq: number | null }>(
      "select max(seq) as seq from outbox where retracts = ?",
    );
    this.insert = db.prepare(
      `insert into outbox (key, kind, subject, retracts, effect, created_at) values (?, ?, ?, ?, ?, ?)`,
    );
  }

  /**
   * Adds effects (call inside the transaction that stores their state). The engine repeats itself
   * when a call is retried and reconcile repeats every effect due so far, so an effect whose key is
   * already here is skipped — unless a retract of that key came after it: then it is the engine's
   * correction (decision 0022) and goes out again. Returns how many rows were added.
   */
  add(effects: readonly AnyEffect[], now: number): number {
    let added = 0;
    for (const e of effects) {
      const retracts = "retracts" in e ? e.retracts : undefined;
      const last = this.lastOf.get(e.key)?.seq ?? null;
      if (retracts !== undefined) {
        // A retract goes out when what it withdraws is out and not already withdrawn since.
        const withdrawn = this.lastOf.get(retracts)?.seq ?? null;
        if (withdrawn === null || (last !== null && last > withdrawn)) continue;
      } else if (last !== null) {
        const cleared = this.lastRetractOf.get(e.key)?.seq ?? null;
        if (cleared === null || cleared < last) continue;
      }
      const subject = "occurrence" in e ? e.occurrence : e.ticket;
      this.insert.run(e.key, e.kind, subject, retracts ?? null, JSON.stringify(e), now);
      added++;
    }
    return added;
  }

  list(options: { pending?: boolean; subject?: string; limit?: number } = {}): OutboxRow[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (options.pending === true) where.push("delivered_at is null");
    if (options.subject !== undefined) {
      where.push("subject = ?");
      args.push(options.subject);
    }
    const sql = `select * from outbox ${where.length ? `where ${where.join(" and ")}` : ""} order by seq limit ?`;
    return (this.db.prepare(sql).all(...args, options.limit ?? 1000) as Raw[]).map(fromRaw);
  }

  /**
   * Sends what is pending, oldest first. A row is marked delivered after its send returns; a send
   * that throws is counted and stops this round (the order of one subject's effects is kept), and
   * the next round retries it. Returns how many were delivered.
   */
  async deliver(sender: EffectSender, now: () => number, limit = 500): Promise<number> {
    const rows = this.list({ pending: true, limit });
    const done = this.db.prepare("update outbox set delivered_at = ?, attempts = attempts + 1 where seq = ?");
    const failed = this.db.prepare("update outbox set attempts = attempts + 1, last_error = ? where seq = ?");
    let delivered = 0;
    for (const row of rows) {
      try {
        await sender.send(row);
      } catch (error) {
        failed.run(error instanceof Error ? error.message : String(error), row.seq);
        break;
      }
      done.run(now(), row.seq);
      delivered++;
    }
    return delivered;
  }
}
