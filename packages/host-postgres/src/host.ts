/**
 * The host: every change to a ticket is one transaction — lock the ticket's row, run the engine,
 * store the new state, put the effects in the outbox, move the ticket's wake-up. Workers (see
 * worker.ts) run the queued events, the wake-ups and the deliveries.
 */
import type { StandardModel } from "@yardstick/dsl";
import {
  advance,
  applyEvent,
  type Effect,
  isEngineError,
  migrateState,
  openTicket,
  type OpenTicketInput,
  type TicketEvent,
  type TicketResult,
  type TicketState,
} from "@yardstick/engine";
import type { Pool } from "pg";
import { persist, persistMany, type Persisted } from "./persist.js";
import { Programs } from "./programs.js";
import type { EffectSender } from "./senders/sender.js";
import { inTransaction } from "./transaction.js";

export interface HostOptions {
  pool: Pool;
}

/** What a wake-up batch takes and which clock it reads. */
export interface WakeOptions {
  /** Due tickets advanced in one transaction (default 100). */
  limit?: number;
  /** The ticket whose wake job runs the batch: its failure is thrown, so the queue retries the job. */
  own?: string;
  /**
   * The instant to wake at, for a driver that owns the clock (a replay on a simulated clock, a
   * test). Without it the clock is the database's `now()` — the one clock every worker shares, and
   * the one graphile-worker runs wake jobs by (decision 0092).
   */
  at?: number;
}

export interface Woken {
  ticket: string;
  /** From the ticket's due instant to the instant it was advanced to, on the same clock. */
  lateMs: number;
  effects: number;
}

export type SubmitOutcome = "queued" | "duplicate";

/** The clock of a wake-up: `$1` (an instant in epoch ms) when a driver gives one, else the database's. */
const CLOCK = "coalesce(to_timestamp($1::float8 / 1000), now())";

export class PostgresHost {
  readonly pool: Pool;
  readonly programs: Programs;
  constructor(options: HostOptions) {
    this.pool = options.pool;
    this.programs = new Programs(options.pool);
  }

  /** Deploys a standard version: new tickets of its id take it; open tickets keep theirs. */
  deploy(model: StandardModel) {
    return this.programs.deploy(model);
  }

  /** Opens a ticket under the current version of `standard`. Opening the same id again changes nothing. */
  async openTicket(standard: string, input: OpenTicketInput): Promise<{ opened: boolean; ticket: TicketState }> {
    return inTransaction(this.pool, async (client) => {
      const program = await this.programs.current(standard, client);
      const result = openTicket(program, input);
      const inserted = await client.query(
        `insert into ys_tickets (id, kind, standard_hash, state) values ($1, $2, $3, $4) on conflict (id) do nothing`,
        [input.id, input.kind, program.pin.hash, JSON.stringify(result.ticket)],
      );
      if (inserted.rowCount === 0) {
        const { rows } = await client.query<{ state: TicketState; standard_hash: string }>(
          "select state, standard_hash from ys_tickets where id = $1",
          [input.id],
        );
        const pinned = await this.programs.byHash(rows[0]!.standard_hash, client);
        return { opened: false, ticket: migrateState(pinned, rows[0]!.state) };
      }
      await persist(client, result, false);
      return { opened: true, ticket: result.ticket };
    });
  }

  /**
   * Records an event (idempotent by its id) and queues the ticket's events to be applied. Whichever
   * worker takes the job applies every pending event of the ticket, in the order received, under
   * the ticket's row lock — so two workers never interleave one ticket's events.
   */
  async submitEvent(ticketId: string, event: TicketEvent & { id: string }): Promise<SubmitOutcome> {
    // One statement (migrations/003): the event row and the ticket's one pending apply job, queued
    // through ys_enqueue, which never lets graphile-worker drop it when a worker is taking the job.
    const { rows } = await this.pool.query<{ queued: boolean }>("select ys_submit_event($1, $2, $3) as queued", [
      ticketId,
      event.id,
      JSON.stringify(event),
    ]);
    return rows[0]!.queued ? "queued" : "duplicate";
  }

  /**
   * Applies a ticket's pending events in one transaction, in the order received. An event the
   * engine refuses (an EngineError: a poison event) is parked with its error and the rest go on.
   * With `batch` > 1 it also takes up to `batch - 1` other tickets with pending events that no
   * other transaction holds (`skip locked`), and removes their apply jobs before reading their
   * events — an event committed after that read queues a new job, so none is left behind.
   */
  async applyPending(ticketId: string, batch = 1): Promise<{ applied: number; parked: number; tickets: number }> {
    return inTransaction(this.pool, async (client) => {
      type Row = { id: string; state: unknown; standard_hash: string };
      const { rows: tickets } = await client.query<Row>(
        "select id, state, standard_hash from ys_tickets where id = $1 for update",
        [ticketId],
      );
      if (batch > 1) {
        const { rows: others } = await client.query<Row>(
          `select id, state, standard_hash from ys_tickets
            where id in (select distinct ticket_id from ys_events where status = 'pending' and ticket_id <> $1 limit $2)
            for update skip locked`,
          [ticketId, batch - 1],
        );
        if (others.length > 0) {
          await client.query("select graphile_worker.remove_job('apply:' || id) from unnest($1::text[]) as id", [
            others.map((o) => o.id),
          ]);
          tickets.push(...others);
        }
      }
      const ids = tickets.length > 0 ? tickets.map((t) => t.id) : [ticketId];
      const { rows: pending } = await client.query<{ event_id: string; ticket_id: string; payload: TicketEvent }>(
        `select event_id, ticket_id, payload from ys_events where ticket_id = any($1) and status = 'pending'
          order by seq for update`,
        [ids],
      );
      const outcomes: { id: string; status: string; error?: string }[] = [];
      const stored: Persisted[] = [];
      if (tickets.length === 0) {
        for (const e of pending)
          outcomes.push({
            id: e.event_id,
            status: "parked",
            error: JSON.stringify({ code: "unknown-ticket", message: `no ticket ${ticketId}` }),
          });
      }
      for (const ticket of tickets) {
        const program = await this.programs.byHash(ticket.standard_hash, client);
        // Stored by any engine version: read in this engine's format (a format newer than this engine
        // throws, the job fails and is retried, by a newer worker in a rolling upgrade).
        let state = migrateState(program, ticket.state);
        let result: TicketResult | undefined;
        const effects: TicketResult["effects"] = [];
        for (const e of pending) {
          if (e.ticket_id !== ticket.id) continue;
          try {
            result = applyEvent(program, state, e.payload);
            state = result.ticket;
            effects.push(...result.effects);
            outcomes.push({ id: e.event_id, status: result.duplicate === true ? "duplicate" : "applied" });
          } catch (error) {
            if (!isEngineError(error)) throw error;
            outcomes.push({
              id: e.event_id,
              status: "parked",
              error: JSON.stringify({ code: error.code, message: error.message, hint: error.hint }),
            });
          }
        }
        if (result !== undefined)
          stored.push({
            id: ticket.id,
            result: { ticket: state, effects, nextWakeAt: result.nextWakeAt },
            closed: program.tickets.get(state.kind)!.finals.has(state.state),
          });
      }
      await persistMany(client, stored);
      if (outcomes.length > 0) {
        await client.query(
          `update ys_events as e set status = o.status, error = o.error::jsonb, applied_at = now()
             from unnest($1::text[], $2::text[], $3::text[]) as o(id, status, error) where e.event_id = o.id`,
          [outcomes.map((o) => o.id), outcomes.map((o) => o.status), outcomes.map((o) => o.error ?? null)],
        );
      }
      return {
        applied: outcomes.filter((o) => o.status !== "parked").length,
        parked: outcomes.filter((o) => o.status === "parked").length,
        tickets: tickets.length,
      };
    });
  }

  /**
   * A wake-up of one ticket: advances it to now — the database's `now()`, or `at` — if its wake-up
   * is due by that clock (a stale job does nothing).
   */
  async wake(ticketId: string, at?: number): Promise<{ effects: number; lateMs: number | null }> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{
        id: string;
        state: unknown;
        standard_hash: string;
        wake_ms: number | null;
        now_ms: number;
      }>(
        `select id, state, standard_hash, extract(epoch from next_wake_at) * 1000 as wake_ms,
                extract(epoch from ${CLOCK}) * 1000 as now_ms
           from ys_tickets where id = $2 for update`,
        [at ?? null, ticketId],
      );
      const row = rows[0];
      if (row === undefined || row.wake_ms === null || Number(row.wake_ms) > Number(row.now_ms))
        return { effects: 0, lateMs: null };
      const now = Math.floor(Number(row.now_ms));
      const program = await this.programs.byHash(row.standard_hash, client);
      const state = migrateState(program, row.state);
      const result = advance(program, state, Math.max(now, state.now));
      const closed = program.tickets.get(result.ticket.kind)!.finals.has(result.ticket.state);
      await persist(client, result, closed);
      return { effects: result.effects.length, lateMs: now - Math.round(Number(row.wake_ms)) };
    });
  }

  /**
   * A wake-up batch: claims up to `limit` tickets due by one clock — the database's `now()`, read
   * in the statement that claims them, or `at` — that no other transaction holds (`for update skip
   * locked`, earliest first), advances each to that instant, and stores them all in one round trip
   * (`ys_persist_many`), each ticket's wake-up moved to its next instant. What is due, the instant
   * advanced to and the lateness all come from that one clock; graphile-worker runs the wake jobs by
   * the same `now()`, so a job never finds its own ticket not yet due because two machines' clocks
   * differ. A ticket held elsewhere is safe to skip: whoever holds it stores it and moves its
   * wake-up. A ticket whose advance throws is left due and unchanged; the error is thrown after the
   * others are committed when it was `own` (the job's ticket), so the queue retries that job.
   */
  async wakeDue(options: WakeOptions = {}): Promise<{ woken: Woken[]; failed: string[] }> {
    const { limit = 100, own, at } = options;
    const woken: Woken[] = [];
    const failed: { ticket: string; error: unknown }[] = [];
    await inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{
        id: string;
        state: unknown;
        standard_hash: string;
        wake_ms: number;
        now_ms: number;
      }>(
        `select id, state, standard_hash, extract(epoch from next_wake_at) * 1000 as wake_ms,
                extract(epoch from ${CLOCK}) * 1000 as now_ms
           from ys_tickets where next_wake_at <= ${CLOCK} order by next_wake_at limit $2 for update skip locked`,
        [at ?? null, limit],
      );
      const stored: Persisted[] = [];
      for (const row of rows) {
        const now = Math.floor(Number(row.now_ms));
        try {
          const program = await this.programs.byHash(row.standard_hash, client);
          const state = migrateState(program, row.state);
          const result = advance(program, state, Math.max(now, state.now));
          const closed = program.tickets.get(result.ticket.kind)!.finals.has(result.ticket.state);
          stored.push({ id: row.id, result, closed });
          woken.push({ ticket: row.id, lateMs: now - Math.round(Number(row.wake_ms)), effects: result.effects.length });
        } catch (error) {
          failed.push({ ticket: row.id, error });
        }
      }
      await persistMany(client, stored);
    });
    const mine = failed.find((f) => f.ticket === own);
    if (mine !== undefined) throw mine.error;
    return { woken, failed: failed.map((f) => f.ticket) };
  }

  /** The earliest pending wake-up (epoch ms), or null when no ticket is waiting for one. */
  async nextWakeAt(): Promise<number | null> {
    const { rows } = await this.pool.query<{ ms: number | null }>(
      "select extract(epoch from min(next_wake_at)) * 1000 as ms from ys_tickets where next_wake_at is not null",
    );
    return rows[0]?.ms === null || rows[0] === undefined ? null : Math.round(Number(rows[0].ms));
  }

  /**
   * Delivers one announcement from the outbox by its delivery key; a sender error leaves it
   * undelivered, to be retried.
   */
  async deliver(key: string, sender: EffectSender): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      const { rows } = await client.query<{ effect: Effect; generation: number; delivered_at: Date | null }>(
        "select effect, generation, delivered_at from ys_outbox where key = $1",
        [key],
      );
      const row = rows[0];
      if (row === undefined || row.delivered_at !== null) return false;
      await client.query("update ys_outbox set attempts = attempts + 1 where key = $1", [key]);
      await sender.send(row.effect, { key, generation: row.generation });
      await client.query("update ys_outbox set delivered_at = now() where key = $1 and delivered_at is null", [key]);
      return true;
    } finally {
      client.release();
    }
  }

  /**
   * Delivers a batch: the effect `key` and up to `limit - 1` other undelivered ones that no other
   * worker holds (`skip locked`, oldest first), one after another, then records them delivered and
   * removes their delivery jobs in the same transaction. A send that throws ends the batch: what was
   * sent is recorded, the rest keep their jobs; the error is thrown when it was `key`'s own.
   */
  async deliverBatch(key: string, sender: EffectSender, limit = 50): Promise<number> {
    type Row = { key: string; effect: Effect; generation: number };
    let failure: { key: string; error: unknown } | undefined;
    const sent: string[] = [];
    await inTransaction(this.pool, async (client) => {
      const { rows: own } = await client.query<Row>(
        "select key, effect, generation from ys_outbox where key = $1 and delivered_at is null for update",
        [key],
      );
      const { rows: others } =
        limit > 1
          ? await client.query<Row>(
              // Not the rows whose own delivery job another worker is running: that job would wait
              // on this batch's row lock (measured: with 2 worker processes, deliveries waiting on
              // each other held the burst of wake-ups to a quarter of 1 process's rate).
              `select o.key, o.effect, o.generation from ys_outbox o
                where o.delivered_at is null and o.key <> $1
                  and not exists (select 1 from graphile_worker.jobs j where j.key = 'deliver:' || o.key and j.locked_at is not null)
                order by o.created_at limit $2 for update of o skip locked`,
              [key, limit - 1],
            )
          : { rows: [] as Row[] };
      for (const row of [...own, ...others]) {
        try {
          await sender.send(row.effect, { key: row.key, generation: row.generation });
          sent.push(row.key);
        } catch (error) {
          failure = { key: row.key, error };
          break;
        }
      }
      if (failure !== undefined)
        await client.query("update ys_outbox set attempts = attempts + 1 where key = $1", [failure.key]);
      if (sent.length > 0)
        await client.query(
          `with d as (update ys_outbox set delivered_at = now(), attempts = attempts + 1 where key = any($1) returning key)
           select graphile_worker.remove_job('deliver:' || key) from d where key <> $2`,
          [sent, key],
        );
    });
    if (failure?.key === key) throw failure.error;
    return sent.length;
  }

  async ticket(id: string): Promise<TicketState | undefined> {
    const { rows } = await this.pool.query<{ state: TicketState; standard_hash: string }>(
      "select state, standard_hash from ys_tickets where id = $1",
      [id],
    );
    const row = rows[0];
    return row === undefined ? undefined : migrateState(await this.programs.byHash(row.standard_hash), row.state);
  }
}
