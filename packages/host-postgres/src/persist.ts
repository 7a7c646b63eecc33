import type { TicketResult } from "@yardstick/engine";
import type { PoolClient } from "pg";

/**
 * Stores what an engine call returned, inside the caller's transaction, in one round trip
 * (`ys_persist`, migrations/002): the new state, the effects into the outbox (a key already there
 * is a no-op) with one delivery job each, and the ticket's one pending wake-up, moved to
 * `nextWakeAt` (graphile-worker's job_key in `replace` mode) or removed.
 */
export async function persist(client: PoolClient, result: TicketResult, closed: boolean): Promise<number> {
  const { ticket, effects, nextWakeAt } = result;
  const { rows } = await client.query<{ n: number }>("select ys_persist($1, $2, $3, $4, $5, $6) as n", [
    ticket.id,
    JSON.stringify(ticket),
    nextWakeAt,
    closed,
    effects.map((e) => e.key),
    effects.map((e) => JSON.stringify(e)),
  ]);
  return Number(rows[0]?.n ?? 0);
}

/** One ticket's outcome in a batch for persistMany. */
export interface Persisted {
  id: string;
  result: TicketResult;
  closed: boolean;
}

/**
 * Stores a batch of engine results in one round trip (`ys_persist_many`, migrations/004): states,
 * outbox rows with their delivery jobs, and each ticket's wake-up moved or removed.
 */
export async function persistMany(client: PoolClient, batch: Persisted[]): Promise<void> {
  if (batch.length === 0) return;
  const effectTickets: string[] = [];
  const keys: string[] = [];
  const effects: string[] = [];
  for (const { id, result } of batch)
    for (const e of result.effects) {
      effectTickets.push(id);
      keys.push(e.key);
      effects.push(JSON.stringify(e));
    }
  await client.query("select ys_persist_many($1, $2, $3, $4, $5, $6, $7)", [
    batch.map((b) => b.id),
    batch.map((b) => JSON.stringify(b.result.ticket)),
    batch.map((b) => b.result.nextWakeAt),
    batch.map((b) => b.closed),
    effectTickets,
    keys,
    effects,
  ]);
}
