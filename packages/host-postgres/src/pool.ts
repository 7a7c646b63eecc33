import pg from "pg";

/**
 * A connection pool for the host and its workers. A connection the server drops (a restart, a
 * failover) is replaced at the next query instead of crashing the process with an unhandled error.
 */
export function createPool(connectionString: string, options: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 8 });
  pool.on("error", (error) => process.stderr.write(`host-postgres: idle connection lost: ${error.message}\n`));
  return pool;
}
