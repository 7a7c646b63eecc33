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
  /** Called after each wake-up that was due, with how late it ran. */
  onWake?: (lateMs: number, effects: number) => void;
}

/** A worker: runs queued events, wake-ups and deliveries from graphile-worker's queue. */
export async function startWorker(host: PostgresHost, options: WorkerOptions): Promise<Runner> {
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 4,
    pollInterval: options.pollInterval ?? 200,
    noHandleSignals: true,
    noPreparedStatements: true,
    logger: quietLogger,
    taskList: {
      apply: async (payload) => {
        await host.applyPending((payload as { ticket: string }).ticket);
      },
      wake: async (payload) => {
        const { lateMs, effects } = await host.wake((payload as { ticket: string }).ticket);
        if (lateMs !== null) options.onWake?.(lateMs, effects);
      },
      deliver: async (payload) => {
        await host.deliver((payload as { key: string }).key, options.sender);
      },
    },
  });
}

/** graphile-worker logs each job at info level; keep warnings and errors only. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") process.stderr.write(`[worker] ${level}: ${message}\n`);
});
