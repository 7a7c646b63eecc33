/**
 * A worker process: `DATABASE_URL=postgres://… EFFECTS_FILE=effects.jsonl tsx bin/worker.ts`.
 * Runs queued events, wake-ups and deliveries until SIGINT/SIGTERM. Delivers effects to
 * EFFECTS_FILE (a receiver that checks keys) or, without it, prints them.
 */
import { consoleSender, fileSender, migrate, PostgresHost, startWorker } from "@yardstick/host-postgres";
import pg from "pg";

const connectionString = process.env.DATABASE_URL;
if (connectionString === undefined) {
  process.stderr.write("worker: set DATABASE_URL, e.g. postgresql://root@/yardstick?host=/var/run/postgresql\n");
  process.exit(2);
}
const pool = new pg.Pool({ connectionString, max: Number(process.env.POOL_SIZE ?? 8) });
// A dropped connection (a database restart) must not kill the process: the pool reconnects.
pool.on("error", (error) => process.stderr.write(`worker: pool: ${error.message}\n`));
await migrate(pool, connectionString);
const host = new PostgresHost({ pool });
const sender = process.env.EFFECTS_FILE ? fileSender(process.env.EFFECTS_FILE) : consoleSender();
const worker = await startWorker(host, {
  connectionString,
  sender,
  concurrency: Number(process.env.CONCURRENCY ?? 4),
  ...(process.env.STALE_LOCK_MS ? { staleLockMs: Number(process.env.STALE_LOCK_MS) } : {}),
  ...(process.env.WAKE_BATCH ? { wakeBatch: Number(process.env.WAKE_BATCH) } : {}),
  ...(process.env.APPLY_BATCH ? { applyBatch: Number(process.env.APPLY_BATCH) } : {}),
});
process.stdout.write("worker: ready\n");
const stop = async () => {
  await worker.stop();
  await pool.end();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
await worker.promise;
