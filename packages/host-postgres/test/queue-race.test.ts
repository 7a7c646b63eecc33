import { migrate, PostgresHost, startWorker } from "@yardstick/host-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dropDatabase, freshDatabase, shippedModel, until } from "./helpers/database.js";

/**
 * graphile-worker's add_job (job_key, replace mode) clears the key of a locked job in one
 * statement and upserts `where locked_at is null` in the next; a worker that locks the job in
 * between leaves the upsert with nothing to do, and the job asked for is dropped
 * (graphile/worker#580). These tests make that interleaving happen on purpose, with a real worker.
 */
let url: string;
let pool: pg.Pool;
let host: PostgresHost;

beforeAll(async () => {
  url = await freshDatabase("race");
  pool = new pg.Pool({ connectionString: url, max: 6 });
  pool.on("error", () => {});
  await migrate(pool, url);
  host = new PostgresHost({ pool });
  await host.deploy(shippedModel("seed/harbour-view"));
  // Test-only instrument: in a session that set ys_test.hold = 'on', the first UPDATE statement on
  // the jobs table (add_jobs' key-clearing one) waits until some other backend is blocked on a lock
  // this session holds — the worker that took the job in the meantime — then carries on, and says
  // 'raced' (the interleaving happened) or 'timed out' in ys_test.hold.
  await pool.query(`
    create or replace function ys_test_hold() returns trigger language plpgsql as $$
    begin
      if current_setting('ys_test.hold', true) = 'on' then
        perform set_config('ys_test.hold', 'timed out', true);
        for i in 1..400 loop
          perform pg_stat_clear_snapshot(); -- pg_stat_activity is otherwise read once a transaction
          if exists (select 1 from pg_stat_activity where pg_backend_pid() = any (pg_blocking_pids(pid))) then
            perform set_config('ys_test.hold', 'raced', true);
            exit;
          end if;
          perform pg_sleep(0.05);
        end loop;
      end if;
      return null;
    end $$;
    create trigger ys_test_hold after update on graphile_worker._private_jobs
      for each statement execute function ys_test_hold();`);
}, 60_000);

afterAll(async () => {
  await pool?.end();
  if (url !== undefined) await dropDatabase(url);
});

const sleepingHere = async () =>
  Number(
    (
      await pool.query(
        "select count(*) as n from pg_stat_activity where datname = current_database() and wait_event = 'PgSleep'",
      )
    ).rows[0].n,
  ) > 0;

describe("a ticket's jobs, raced by a worker", () => {
  test("an event submitted while a worker takes the ticket's running job is still applied (after a poison one)", async () => {
    const at = Date.now() - 60_000;
    await host.openTicket("seed/harbour-view", { id: "RC-1", kind: "repair", at, data: { category: "fixture" } });
    // The poison event and its apply job, queued while no worker runs.
    expect(await host.submitEvent("RC-1", { id: "rc-p1", type: "teleport", at })).toBe("queued");
    const desk = await pool.connect();
    let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
    try {
      await desk.query("begin");
      // Holding the poison event's row makes the worker's apply step read the pending events before
      // the second event commits, and keeps its job locked until then.
      await desk.query("select 1 from ys_events where event_id = 'rc-p1' for update");
      await desk.query("select set_config('ys_test.hold', 'on', true)");
      const submitted = desk.query("select ys_submit_event($1, $2, $3) as queued", [
        "RC-1",
        "rc-p2",
        JSON.stringify({ id: "rc-p2", type: "report", at }),
      ]);
      // The desk is now between add_jobs' two statements: start the worker, which takes the job.
      await until(sleepingHere, 20_000, "the desk's add_job to reach the instrument");
      worker = await startWorker(host, { connectionString: url, sender: { send: async () => {} } });
      expect((await submitted).rows[0].queued).toBe(true);
      expect((await desk.query("select current_setting('ys_test.hold') as h")).rows[0].h).toBe("raced");
      await desk.query("commit");
      await until(
        async () => (await host.ticket("RC-1"))?.state === "reported",
        30_000,
        "the event after the poison one to be applied by the worker",
      );
      const { rows } = await pool.query("select event_id, status, error from ys_events order by seq");
      expect(rows).toMatchObject([
        { event_id: "rc-p1", status: "parked", error: { code: "unknown-event" } },
        { event_id: "rc-p2", status: "applied" },
      ]);
    } finally {
      await desk.query("rollback").catch(() => undefined);
      desk.release();
      await worker?.stop();
    }
  }, 60_000);

  test("a wake-up moved while a worker takes the ticket's wake job still fires at its new time", async () => {
    // Reported so that the arrival warning (12 min) falls due 3 s from now; its wake job is made due now.
    const reported = Date.now() - 12 * 60_000 + 3_000;
    await host.openTicket("seed/harbour-view", {
      id: "RC-2",
      kind: "repair",
      at: reported,
      data: { category: "water_leak" },
    });
    await host.submitEvent("RC-2", { id: "rc-r", type: "report", at: reported });
    await host.applyPending("RC-2"); // setting up: the arrival clock runs
    await pool.query("update graphile_worker._private_jobs set run_at = now() where key = 'wake:RC-2'");
    const { rows: before } = await pool.query(
      "select state, extract(epoch from next_wake_at) * 1000 as wake from ys_tickets where id = 'RC-2'",
    );
    expect(Number(before[0].wake)).toBe(reported + 12 * 60_000);
    const desk = await pool.connect();
    let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
    try {
      // As an apply step does: the ticket's row locked, then its wake-up (re)scheduled by ys_persist.
      await desk.query("begin");
      await desk.query("select 1 from ys_tickets where id = 'RC-2' for update");
      await desk.query("select set_config('ys_test.hold', 'on', true)");
      const persisted = desk.query("select ys_persist($1, $2, $3, false, '{}', '{}')", [
        "RC-2",
        JSON.stringify(before[0].state),
        Number(before[0].wake),
      ]);
      await until(sleepingHere, 20_000, "the desk's add_job to reach the instrument");
      // The worker takes the due wake job and waits for the ticket's row.
      worker = await startWorker(host, { connectionString: url, sender: { send: async () => {} } });
      await persisted;
      expect((await desk.query("select current_setting('ys_test.hold') as h")).rows[0].h).toBe("raced");
      await desk.query("commit");
      const { rows: jobs } = await pool.query(
        "select extract(epoch from run_at) * 1000 as run_at from graphile_worker.jobs where key = 'wake:RC-2'",
      );
      expect(jobs.map((j) => Math.round(Number(j.run_at)))).toEqual([Math.round(Number(before[0].wake))]);
      await until(
        async () =>
          Number(
            (
              await pool.query(
                "select count(*) as n from ys_outbox where ticket_id = 'RC-2' and effect->>'kind' = 'warning'",
              )
            ).rows[0].n,
          ) === 1,
        30_000,
        "the arrival warning at its due time",
      );
    } finally {
      await desk.query("rollback").catch(() => undefined);
      desk.release();
      await worker?.stop();
    }
  }, 60_000);

  test("a batch's wake job locked between add_jobs' two statements is queued again (graphile/worker#580)", async () => {
    // ys_persist_many moves every ticket's wake-up with one add_jobs call (migrations/006); a job a
    // worker locks between that call's key-clearing update and its upsert is not returned by it.
    // This instrument plays the worker: after the first update on the jobs table in a session that
    // asks for it, it locks the ticket's job as a worker's get_job does.
    await pool.query(`
      create or replace function ys_test_lock_between() returns trigger language plpgsql as $$
      begin
        if current_setting('ys_test.lock_between', true) = 'on' then
          perform set_config('ys_test.lock_between', 'locked', true);
          update graphile_worker._private_jobs set locked_at = now(), locked_by = 'another-worker'
           where key = current_setting('ys_test.lock_key');
        end if;
        return null;
      end $$;
      create trigger ys_test_lock_between after update on graphile_worker._private_jobs
        for each statement execute function ys_test_lock_between();`);
    const at = Date.now() - 60_000;
    await host.openTicket("seed/harbour-view", { id: "RC-3", kind: "repair", at, data: { category: "water_leak" } });
    await host.submitEvent("RC-3", { id: "rc3-r", type: "report", at });
    await host.applyPending("RC-3");
    const { rows: before } = await pool.query(
      "select state, extract(epoch from next_wake_at) * 1000 as wake from ys_tickets where id = 'RC-3'",
    );
    const moved = Math.round(Number(before[0].wake)) + 60_000;
    const desk = await pool.connect();
    try {
      await desk.query("begin");
      await desk.query("select 1 from ys_tickets where id = 'RC-3' for update");
      await desk.query(
        "select set_config('ys_test.lock_between', 'on', true), set_config('ys_test.lock_key', 'wake:RC-3', true)",
      );
      await desk.query(
        "select ys_persist_many(array['RC-3'], array[$1::jsonb], array[$2::float8], array[false], '{}', '{}', '{}')",
        [JSON.stringify(before[0].state), moved],
      );
      expect((await desk.query("select current_setting('ys_test.lock_between') as s")).rows[0].s).toBe("locked");
      await desk.query("commit");
    } finally {
      await desk.query("rollback").catch(() => undefined);
      desk.release();
      await pool.query("drop trigger ys_test_lock_between on graphile_worker._private_jobs");
    }
    const { rows: jobs } = await pool.query(
      `select key, locked_by, extract(epoch from run_at) * 1000 as run_at from graphile_worker._private_jobs j
        join graphile_worker._private_tasks t on t.id = j.task_id
       where t.identifier = 'wake' and (key = 'wake:RC-3' or locked_by = 'another-worker') order by j.id`,
    );
    // The job the "worker" holds lost its key; a new one stands at the moved instant.
    expect(jobs.map((j) => [j.key, j.locked_by, Math.round(Number(j.run_at))])).toEqual([
      [null, "another-worker", Math.round(Number(before[0].wake))],
      ["wake:RC-3", null, moved],
    ]);
  }, 60_000);
});
