import { Logger, run, type Runner } from "graphile-worker";
import type { PostgresHost } from "./host.js";
import type { EffectSender } from "./senders/sender.js";

export interface WorkerOptions {
  connectionString: string;
  sender: EffectSender;
  /** Jobs run at once by this worker (default 4). Events of one ticket still run one at a time. */
  concurrency?: number;
  /** How often to look for jobs whose time has come, in ms (default 200: wake-ups are at most this late when idle). */
  pollInterval?: number;
  /**
   * A job locked longer than this (ms, default 30 000) belongs to a worker that died (kill -9, a
   * lost machine): its jobs are unlocked so another worker runs them. Jobs here take milliseconds.
   */
  staleLockMs?: number;
  /** Due tickets one wake job advances in one transaction (default 100). */
  wakeBatch?: number;
  /** Tickets with pending events one apply job takes in one transaction, its own first (default 50). */
  applyBatch?: number;
  /** Effects one delivery job sends in one transaction, its own first (default 50). */
  deliverBatch?: number;
  /** For a connection pooler that cannot keep prepared statements (PgBouncer in transaction mode). */
  noPreparedStatements?: boolean;
  /** Called after each wake-up that was due, with how late it ran. */
  onWake?: (lateMs: number, effects: number) => void;
}

/**
 * Unlocks the jobs of workers that died holding them. graphile-worker itself frees a dead worker's
 * jobs only after four hours; an escalation cannot wait that long (decision 0026).
 */
export async function unlockStaleJobs(host: PostgresHost, staleLockMs: number): Promise<number> {
  const { rows } = await host.pool.query<{ n: number }>(
    `with dead as (
       select distinct locked_by from graphile_worker._private_jobs
        where locked_at is not null and locked_at < now() - make_interval(secs => $1::float8 / 1000)
     )
     select coalesce(array_length(array_agg(locked_by), 1), 0) as n,
            graphile_worker.force_unlock_workers(coalesce(array_agg(locked_by), '{}')) from dead`,
    [staleLockMs],
  );
  return Number(rows[0]?.n ?? 0);
}

/** A worker: runs queued events, wake-ups and deliveries from graphile-worker's queue. */
export async function startWorker(host: PostgresHost, options: WorkerOptions): Promise<Runner> {
  const staleLockMs = options.staleLockMs ?? 30_000;
  const wakeBatch = options.wakeBatch ?? 100;
  const applyBatch = options.applyBatch ?? 50;
  const deliverBatch = options.deliverBatch ?? 50;
  await unlockStaleJobs(host, staleLockMs);
  const sweeper = setInterval(
    () => {
      unlockStaleJobs(host, staleLockMs).catch(() => undefined); // retried at the next tick
    },
    Math.min(5_000, staleLockMs),
  );
  const runner = await run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 4,
    pollInterval: options.pollInterval ?? 200,
    noHandleSignals: true,
    noPreparedStatements: options.noPreparedStatements ?? false,
    logger: quietLogger,
    taskList: {
      apply: async (payload) => {
        await host.applyPending((payload as { ticket: string }).ticket, applyBatch);
      },
      // A wake job takes every due ticket it can (its own among them), a batch per transaction.
      wake: async (payload) => {
        const { woken } = await host.wakeDue({ limit: wakeBatch, own: (payload as { ticket: string }).ticket });
        for (const w of woken) options.onWake?.(w.lateMs, w.effects);
      },
      deliver: async (payload) => {
        await host.deliverBatch((payload as { key: string }).key, options.sender, deliverBatch);
      },
    },
  });
  const stop = runner.stop.bind(runner);
  runner.stop = async () => {
    clearInterval(sweeper);
    await stop();
  };
  return runner;
}

/** graphile-worker logs each job at info level; keep warnings and errors only. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") process.stderr.write(`[worker] ${level}: ${message}\n`);
});
