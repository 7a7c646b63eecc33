import type { TicketResult } from "@yardstick/engine";
import type { PoolClient } from "pg";

/**
 * Stores what an engine call returned, inside the caller's transaction: the new state, the effects
 * into the outbox (a key already there is a no-op) with one delivery job each, and the ticket's
 * one pending wake-up, moved to `nextWakeAt` (graphile-worker's job_key in `replace` mode).
 */
export async function persist(client: PoolClient, result: TicketResult, closed: boolean): Promise<string[]> {
  const { ticket, effects, nextWakeAt } = result;
  await client.query(
    `update ys_tickets set state = $2, next_wake_at = case when $3::float8 is null then null else to_timestamp($3::float8 / 1000) end,
       closed = $4, updated_at = now() where id = $1`,
    [ticket.id, JSON.stringify(ticket), nextWakeAt, closed],
  );
  let inserted: string[] = [];
  if (effects.length > 0) {
    const { rows } = await client.query<{ key: string }>(
      `insert into ys_outbox (key, ticket_id, effect)
         select k, $2, e from unnest($1::text[], $3::jsonb[]) as t(k, e)
       on conflict (key) do nothing returning key`,
      [effects.map((e) => e.key), ticket.id, effects.map((e) => JSON.stringify(e))],
    );
    inserted = rows.map((r) => r.key);
    if (inserted.length > 0) {
      await client.query(
        `select graphile_worker.add_job('deliver', json_build_object('key', k), job_key => 'deliver:' || k, job_key_mode => 'unsafe_dedupe')
           from unnest($1::text[]) as k`,
        [inserted],
      );
    }
  }
  if (nextWakeAt !== null) {
    await client.query(
      `select graphile_worker.add_job('wake', json_build_object('ticket', $1::text), run_at => to_timestamp($2::float8 / 1000),
         job_key => 'wake:' || $1::text, job_key_mode => 'replace', max_attempts => 25)`,
      [ticket.id, nextWakeAt],
    );
  } else {
    await client.query(`select graphile_worker.remove_job('wake:' || $1::text)`, [ticket.id]);
  }
  return inserted;
}
