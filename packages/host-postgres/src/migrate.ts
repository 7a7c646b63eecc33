import { readFileSync } from "node:fs";
import { runMigrations } from "graphile-worker";
import type { Pool } from "pg";

const migrations = [
  "001_init.sql",
  "002_persist_function.sql",
  "003_enqueue.sql",
  "004_batches.sql",
  "005_announcements.sql",
  "006_batch_hot_path.sql",
];

/**
 * Creates or upgrades the host's tables (idempotent, under an advisory lock so concurrent workers
 * starting at once do not race), then graphile-worker's own schema.
 */
export async function migrate(pool: Pool, connectionString: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock(7311)");
    await client.query(
      "create table if not exists ys_migrations (name text primary key, applied_at timestamptz not null default now())",
    );
    for (const name of migrations) {
      const done = await client.query("select 1 from ys_migrations where name = $1", [name]);
      if (done.rowCount !== 0) continue;
      const sql = readFileSync(new URL(`../migrations/${name}`, import.meta.url), "utf8");
      await client.query("begin");
      await client.query(sql);
      await client.query("insert into ys_migrations (name) values ($1)", [name]);
      await client.query("commit");
    }
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    await client.query("select pg_advisory_unlock(7311)").catch(() => undefined);
    client.release();
  }
  await runMigrations({ connectionString, noPreparedStatements: true });
}
