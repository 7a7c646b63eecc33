/**
 * Tickets: each call is one transaction — read the stored state, run the engine, store what it
 * returned, put its effects in the outbox, set the ticket's next wake-up. better-sqlite3 runs a
 * transaction synchronously, so nothing else touches the ticket in between.
 */
import type { Database } from "better-sqlite3";
import {
  advance,
  applyEvent,
  migrateState,
  openTicket,
  status,
  type Data,
  type Program,
  type TicketEvent,
  type TicketResult,
  type TicketState,
  type TicketStatus,
} from "@yardstick/engine";
import type { Outbox } from "./outbox.js";
import type { Programs } from "./programs.js";

interface Row {
  id: string;
  kind: string;
  standard_hash: string;
  state: string;
  next_wake_at: number | null;
  opened_at: number;
  data: string;
}

export interface OpenInput {
  id: string;
  kind: string;
  at: number;
  data?: Data;
  by?: string;
}

/** A ticket the service does not have. */
export class UnknownTicket extends Error {
  readonly code = "unknown-ticket";
  constructor(readonly id: string) {
    super(`no ticket \`${id}\``);
  }
}

/** How far back a new ticket looks for one it repeats (a kind's `rework: { within }` is shorter). */
const REWORK_LOOKBACK = 180 * 86_400_000;

export class Tickets {
  constructor(
    private readonly db: Database,
    private readonly programs: Programs,
    private readonly outbox: Outbox,
  ) {}

  /** Opens a ticket under the current standard; opening an id the service has returns it unchanged. */
  open(input: OpenInput, now: number): { created: boolean; ticket: TicketState } {
    return this.db.transaction(() => {
      const existing = this.row(input.id);
      if (existing !== undefined) return { created: false, ticket: this.load(existing).state };
      const program = this.programs.current;
      const recent = (
        this.db
          .prepare(
            `select id, opened_at, data from tickets where kind = ? and opened_at >= ? order by opened_at desc limit 500`,
          )
          .all(input.kind, input.at - REWORK_LOOKBACK) as { id: string; opened_at: number; data: string }[]
      ).map((r) => ({ id: r.id, at: r.opened_at, data: JSON.parse(r.data) as Data }));
      const result = openTicket(program, { ...input, recent });
      this.db
        .prepare(
          `insert into tickets (id, kind, standard_hash, data, state, next_wake_at, closed, opened_at, updated_at)
           values (?, ?, ?, ?, ?, ?, 0, ?, ?)`,
        )
        .run(
          input.id,
          input.kind,
          program.pin.hash,
          JSON.stringify(input.data ?? {}),
          JSON.stringify(result.ticket),
          result.nextWakeAt,
          input.at,
          now,
        );
      this.outbox.add(result.effects, now);
      return { created: true, ticket: result.ticket };
    })();
  }

  /** Applies an event; the same event id again is recorded once and changes nothing. */
  apply(id: string, eventId: string, event: TicketEvent, now: number): { duplicate: boolean; result: TicketResult } {
    return this.db.transaction(() => {
      const row = this.row(id);
      if (row === undefined) throw new UnknownTicket(id);
      const { program, state } = this.load(row);
      const result = applyEvent(program, state, { ...event, id: eventId });
      const duplicate = result.duplicate === true;
      this.db
        .prepare(
          `insert into ticket_events (ticket_id, event_id, event, duplicate, received_at) values (?, ?, ?, ?, ?)
           on conflict (ticket_id, event_id) do nothing`,
        )
        .run(id, eventId, JSON.stringify(event), duplicate ? 1 : 0, now);
      if (!duplicate) this.store(program, result, now);
      return { duplicate, result };
    })();
  }

  /**
   * Wakes every ticket due by `now`, earliest first, each in its own transaction (one ticket's
   * failure does not hold back the others). Returns how many were advanced.
   */
  wakeDue(now: number, limit = 200): number {
    const due = this.db
      .prepare("select id from tickets where next_wake_at <= ? order by next_wake_at limit ?")
      .all(now, limit) as { id: string }[];
    for (const { id } of due)
      this.db.transaction(() => {
        const row = this.row(id);
        if (row === undefined || row.next_wake_at === null || row.next_wake_at > now) return; // moved meanwhile
        const { program, state } = this.load(row);
        this.store(program, advance(program, state, Math.max(now, state.now)), now);
      })();
    return due.length;
  }

  /** The earliest wake-up of any ticket. */
  nextWakeAt(): number | null {
    const row = this.db.prepare("select min(next_wake_at) as at from tickets").get() as { at: number | null };
    return row.at;
  }

  status(id: string, now: number): TicketStatus {
    const row = this.row(id);
    if (row === undefined) throw new UnknownTicket(id);
    const { program, state } = this.load(row);
    return status(program, state, Math.max(now, state.now));
  }

  private row(id: string): Row | undefined {
    return this.db.prepare("select * from tickets where id = ?").get(id) as Row | undefined;
  }

  /** The stored state read back: migrateState upgrades one an earlier engine version wrote. */
  private load(row: Row): { program: Program; state: TicketState } {
    const program = this.programs.byHash(row.standard_hash);
    return { program, state: migrateState(program, JSON.parse(row.state)) };
  }

  private store(program: Program, result: TicketResult, now: number): void {
    const closed = program.tickets.get(result.ticket.kind)!.finals.has(result.ticket.state);
    this.db
      .prepare("update tickets set state = ?, next_wake_at = ?, closed = ?, updated_at = ? where id = ?")
      .run(JSON.stringify(result.ticket), result.nextWakeAt, closed ? 1 : 0, now, result.ticket.id);
    this.outbox.add(result.effects, now);
  }
}
