/**
 * The PostgreSQL host, started: schema migrated, a standard deployed, a worker running, a ticket
 * opened whose 15-minute arrival clock breaches a few seconds from now, and the escalation
 * delivered by the worker at its deadline. Run from the repository root with a server reachable:
 *
 *   DATABASE_URL=postgresql://root@/yardstick?host=/var/run/postgresql \
 *     pnpm tsx --conditions=@yardstick/source examples/postgres-host.ts
 *
 * (the database must exist: `createdb yardstick`). In production, run the host API in your ticket
 * desk and N worker processes: packages/host-postgres/bin/worker.ts. See docs/guide/scaling.md.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadStandard } from "@yardstick/dsl";
import { createPool, migrate, PostgresHost, startWorker, type EffectSender } from "@yardstick/host-postgres";

const connectionString = process.env.DATABASE_URL;
if (connectionString === undefined) {
  console.error("set DATABASE_URL, e.g. postgresql://root@/yardstick?host=/var/run/postgresql");
  process.exit(2);
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

// A receiver that checks effect keys gets each effect once; this one prints them.
const delivered = new Set<string>();
const sender: EffectSender = {
  async send(effect) {
    if (delivered.has(effect.key)) return;
    delivered.add(effect.key);
    console.log(`delivered ${effect.kind} ${effect.key}${"roles" in effect ? ` to ${String(effect.roles)}` : ""}`);
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
