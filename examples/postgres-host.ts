/**
 * The PostgreSQL host, started: schema migrated, a standard deployed, a worker running, a ticket
 * opened whose 15-minute arrival clock breaches a few seconds from now, and the escalation
 * delivered by the worker at its deadline. Run from the repository root with a server reachable:
 *
 *   pnpm tsx --conditions=@yardstick/source examples/postgres-host.ts
 *
 * (DATABASE_URL=postgres://… to use a database of yours; without it, `yardstick_example` on the
 * local server's socket, made if missing). In production, run the host API in your ticket
 * desk and N worker processes: packages/host-postgres/bin/worker.ts. See docs/guide/scaling.md.
 */
import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { fileURLToPath } from "node:url";
import { loadStandard } from "@yardstick/dsl";
import { createPool, migrate, PostgresHost, startWorker, type EffectSender } from "@yardstick/host-postgres";

// DATABASE_URL, or a database `yardstick_example` on the local server's socket (made if missing).
const connectionString = process.env.DATABASE_URL ?? (await localDatabase());

async function localDatabase(): Promise<string> {
  const at = (db: string) => `postgresql://${userInfo().username}@/${db}?host=/var/run/postgresql`;
  const admin = createPool(at("postgres"), { max: 1 });
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = 'yardstick_example'");
    if (rowCount === 0)
      await admin.query("create database yardstick_example").catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error; // made meanwhile by another run
      });
  } catch (error) {
    console.error(`no PostgreSQL at ${at("postgres")} (${(error as Error).message}): start one or set DATABASE_URL`);
    process.exit(2);
  } finally {
    await admin.end();
  }
  return at("yardstick_example");
}
const root = fileURLToPath(new URL("../", import.meta.url));
const read = (id: string) => ({
  file: `standards/${id}.yaml`,
  text: readFileSync(`${root}standards/${id}.yaml`, "utf8"),
});

const pool = createPool(connectionString);
await migrate(pool, connectionString);
const host = new PostgresHost({ pool });
const { standard } = loadStandard(read("seed/harbour-view").text, { file: "harbour-view.yaml", resolve: read });
console.log("deployed", await host.deploy(standard!));

// A receiver that checks delivery keys gets each announcement once (a key the engine retracts and
// announces again comes back as `<key>#2`, decision 0091); this one prints them.
const delivered = new Set<string>();
const sender: EffectSender = {
  async send(effect, delivery) {
    if (delivered.has(delivery.key)) return;
    delivered.add(delivery.key);
    console.log(`delivered ${effect.kind} ${delivery.key}${"roles" in effect ? ` to ${String(effect.roles)}` : ""}`);
  },
};
const worker = await startWorker(host, { connectionString, sender });

// Reported 14 min 56 s ago: the 15-minute arrival clock breaches 4 s from now.
const id = `EX-${Date.now()}`;
const reported = Date.now() - 15 * 60_000 + 4_000;
await host.openTicket("seed/harbour-view", { id, kind: "repair", at: reported, data: { category: "water_leak" } });
console.log("submitted", await host.submitEvent(id, { id: `${id}-report`, type: "report", at: reported }));

const breach = `${id}/arrival/1/escalation/1`;
const end = Date.now() + 30_000;
while (!delivered.has(breach) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
console.log(delivered.has(breach) ? "the breach escalation was delivered at its deadline" : "no escalation in 30 s");
await worker.stop();
await pool.end();
process.exit(delivered.has(breach) ? 0 : 1);
