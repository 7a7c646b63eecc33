/**
 * `pnpm bench:host` — the PostgreSQL host under load, on loopback: N open tickets (default
 * 100,000) whose warnings fall due across a window of real time, and a batch of their events,
 * through 1 and then 2 worker processes. Prints wake-ups/s, p50/p99 lateness of wake-ups (from each
 * effect's due instant to the transaction that wrote it), events/s, and the ratio to the engine
 * alone on the same work in the same run.
 *
 *   pnpm bench:host [--tickets 100000] [--window 60] [--events 20000]
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { applyEvent, openTicket, type TicketState } from "@yardstick/engine";
import { migrate, PostgresHost } from "@yardstick/host-postgres";
import pg from "pg";
import { dropDatabase, freshDatabase, shippedModel } from "../test/helpers/database.js";

const { values } = parseArgs({
  options: {
    tickets: { type: "string", default: "100000" },
    window: { type: "string", default: "60" },
    events: { type: "string", default: "20000" },
    // Seconds between the start of loading and the first warning: loading must finish first.
    lead: { type: "string" },
  },
});
const N = Number(values.tickets);
const WINDOW_MS = Number(values.window) * 1000;
const EVENTS = Math.min(Number(values.events), N);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const model = shippedModel("seed/harbour-view");

async function setUp(label: string) {
  const url = await freshDatabase(`bench_${label}`);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  await migrate(pool, url);
  const host = new PostgresHost({ pool });
  await host.deploy(model);
  return { url, pool, host };
}

/** N tickets, reported so that each one's arrival warning (12 min) falls due in [start, start + window). */
async function loadTickets(pool: pg.Pool, host: PostgresHost, start: number): Promise<number> {
  const program = await host.programs.current(model.id);
  const t0 = performance.now();
  for (let from = 0; from < N; from += 5_000) {
    const ids: string[] = [];
    const states: string[] = [];
    const wakes: number[] = [];
    for (let i = from; i < Math.min(N, from + 5_000); i++) {
      const reported = start - 12 * 60_000 + Math.floor((i / N) * WINDOW_MS);
      const id = `L-${i}`;
      const opened = openTicket(program, {
        id,
        kind: "repair",
        at: reported,
        data: { category: "water_leak", zone: `Z${i % 50}` },
      });
      const r = applyEvent(program, opened.ticket, { type: "report", at: reported });
      ids.push(id);
      states.push(JSON.stringify(r.ticket));
      wakes.push(r.nextWakeAt!);
    }
    await pool.query(
      `insert into ys_tickets (id, kind, standard_hash, state, next_wake_at)
         select id, 'repair', $4, s, to_timestamp(w / 1000) from unnest($1::text[], $2::jsonb[], $3::float8[]) as x(id, s, w)`,
      [ids, states, wakes, program.pin.hash],
    );
    await pool.query(
      `select graphile_worker.add_job('wake', json_build_object('ticket', id), run_at => to_timestamp(w / 1000), job_key => 'wake:' || id)
         from unnest($1::text[], $2::float8[]) as x(id, w)`,
      [ids, wakes],
    );
  }
  return performance.now() - t0;
}

function workers(url: string, n: number): { stop: () => Promise<void> } {
  const procs = Array.from({ length: n }, () =>
    spawn(
      process.execPath,
      ["--conditions=@yardstick/source", "--import", "tsx", "packages/host-postgres/bin/worker.ts"],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url, EFFECTS_FILE: "", CONCURRENCY: "8", POOL_SIZE: "10", QUIET: "1" },
        stdio: ["ignore", "ignore", "inherit"],
      },
    ),
  );
  return {
    stop: async () => {
      await Promise.all(procs.map((p) => new Promise((r) => (p.once("exit", r), p.kill("SIGTERM")))));
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number) => Math.round(n).toLocaleString("en");

async function run(workerCount: number) {
  const { url, pool, host } = await setUp(`w${workerCount}`);
  // Loading runs about 1.5 ms a ticket on a quiet 2-core machine (7 ms under heavy load): the first
  // warning falls due after it, so lateness measures the queue, not the loading.
  const lead = values.lead === undefined ? 20_000 + N * 8 : Number(values.lead) * 1000;
  const start = Date.now() + lead;
  const loadMs = await loadTickets(pool, host, start);
  if (Date.now() > start)
    console.log(`  (loading took longer than --lead: the first wake-ups were due before the workers started)`);
  const w = workers(url, workerCount);
  // Wake-ups: wait until every warning has been written (or the window plus a grace has passed).
  const deadline = start + WINDOW_MS + 120_000;
  for (;;) {
    const { rows } = await pool.query("select count(*)::int as n from ys_outbox where effect->>'kind' = 'warning'");
    if (rows[0].n >= N || Date.now() > deadline) break;
    await sleep(500);
  }
  const { rows: lat } = await pool.query(`
    select count(*)::int as n,
           percentile_cont(0.5) within group (order by late) as p50,
           percentile_cont(0.99) within group (order by late) as p99,
           max(late) as max,
           (max(done) - min(done)) as span
      from (select extract(epoch from created_at) * 1000 - (effect->>'at')::float8 as late, extract(epoch from created_at) * 1000 as done
              from ys_outbox where effect->>'kind' = 'warning') x`);
  const wakes = lat[0];
  // Events: one `dispatch` for the first EVENTS tickets, all queued at once.
  const t0 = Date.now();
  const ids = Array.from({ length: EVENTS }, (_, i) => `L-${i}`);
  await pool.query(
    `insert into ys_events (event_id, ticket_id, payload) select 'ev-' || id, id, json_build_object('type', 'dispatch', 'at', $2::float8, 'id', 'ev-' || id)
       from unnest($1::text[]) as id`,
    [ids, Date.now()],
  );
  await pool.query(
    `select graphile_worker.add_job('apply', json_build_object('ticket', id), job_key => 'apply:' || id) from unnest($1::text[]) as id`,
    [ids],
  );
  for (;;) {
    const { rows } = await pool.query("select count(*)::int as n from ys_events where status = 'pending'");
    if (rows[0].n === 0) break;
    await sleep(200);
  }
  const eventsMs = Date.now() - t0;
  await w.stop();
  await pool.end();
  await dropDatabase(url);
  return {
    loadMs,
    wakes: wakes.n as number,
    wakesPerS: (wakes.n as number) / Math.max(1, Number(wakes.span) / 1000),
    p50: Number(wakes.p50),
    p99: Number(wakes.p99),
    max: Number(wakes.max),
    eventsPerS: EVENTS / (eventsMs / 1000),
  };
}

/** The engine alone on the same work: a stored ticket parsed, an event applied, the state stringified. */
async function engineAlone(): Promise<number> {
  const { url, pool, host } = await setUp("engine");
  const program = await host.programs.current(model.id);
  await pool.end();
  await dropDatabase(url);
  const at = Date.parse("2026-03-06T10:00:00+08:00");
  const stored: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const o = openTicket(program, { id: `E-${i}`, kind: "repair", at, data: { category: "water_leak" } });
    stored.push(JSON.stringify(applyEvent(program, o.ticket, { type: "report", at }).ticket));
  }
  const t0 = performance.now();
  for (const s of stored)
    JSON.stringify(applyEvent(program, JSON.parse(s) as TicketState, { type: "dispatch", at: at + 60_000 }).ticket);
  return stored.length / ((performance.now() - t0) / 1000);
}

console.log(
  `host-postgres under load: ${fmt(N)} open tickets, warnings due across ${WINDOW_MS / 1000} s, ${fmt(EVENTS)} events`,
);
const engine = await engineAlone();
for (const n of [1, 2]) {
  const r = await run(n);
  console.log(
    `  ${n} worker${n > 1 ? "s" : " "}: loaded in ${fmt(r.loadMs)} ms · ${fmt(r.wakes)} wake-ups at ${fmt(r.wakesPerS)}/s · lateness p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms, max ${fmt(r.max)} ms · events ${fmt(r.eventsPerS)}/s (engine alone ${fmt(engine)}/s, ×${(engine / r.eventsPerS).toFixed(0)})`,
  );
}
