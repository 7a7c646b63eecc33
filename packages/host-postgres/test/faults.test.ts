import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrate, PostgresHost } from "@yardstick/host-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dropDatabase, freshDatabase, shippedModel, until } from "./helpers/database.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
let url: string;
let pool: pg.Pool;
let host: PostgresHost;

beforeAll(async () => {
  url = await freshDatabase("faults");
  pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("error", () => {});
  await migrate(pool, url);
  host = new PostgresHost({ pool });
  await host.deploy(shippedModel("seed/harbour-view"));
}, 60_000);

afterAll(async () => {
  await pool?.end();
  if (url !== undefined) await dropDatabase(url);
});

function startWorkerProcess(effectsFile: string): ChildProcess {
  return spawn(
    process.execPath,
    ["--conditions=@yardstick/source", "--import", "tsx", "packages/host-postgres/bin/worker.ts"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, EFFECTS_FILE: effectsFile, CONCURRENCY: "4", STALE_LOCK_MS: "3000" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

const keysIn = (file: string) =>
  existsSync(file)
    ? readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { key: string }).key)
    : [];
const count = async (sql: string) => Number((await pool.query(sql)).rows[0].n);

/** Tickets whose arrival clock breaches within the next few seconds, each with a breach escalation. */
async function openDueSoon(prefix: string, n: number, spreadMs: number): Promise<string[]> {
  const ids: string[] = [];
  const now = Date.now();
  for (let i = 0; i < n; i++) {
    const id = `${prefix}-${i}`;
    const reported = now - 15 * 60_000 + 1_000 + Math.floor((i / n) * spreadMs);
    await host.openTicket("seed/harbour-view", { id, kind: "repair", at: reported, data: { category: "water_leak" } });
    await host.submitEvent(id, { id: `${id}-report`, type: "report", at: reported });
    ids.push(`${id}/arrival/1/escalation/1`);
  }
  return ids;
}

describe("faults", () => {
  test("kill -9 a worker mid-batch, restart it: every due wake-up fires, no effect reaches the receiver twice", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ys-faults-")), "effects.jsonl");
    const expected = await openDueSoon("K", 120, 6_000);
    let worker = startWorkerProcess(file);
    // A worker process starts slowly on a loaded machine (tsx, then the migrations): give it time.
    await until(async () => keysIn(file).length > 20, 90_000, "the worker to deliver some effects");
    worker.kill("SIGKILL");
    await new Promise((r) => worker.once("exit", r));
    worker = startWorkerProcess(file);
    try {
      await until(
        async () => expected.every((k) => keysIn(file).includes(k)),
        60_000,
        "every breach escalation to be delivered",
      );
      await until(
        async () => (await count("select count(*) as n from ys_outbox where delivered_at is null")) === 0,
        30_000,
        "the outbox to drain",
      );
      const keys = keysIn(file);
      expect(new Set(keys).size).toBe(keys.length);
      const outbox = await count("select count(*) as n from ys_outbox");
      expect(keys.length).toBe(outbox);
    } finally {
      worker.kill("SIGTERM");
      await new Promise((r) => worker.once("exit", r));
    }
  }, 240_000);

  test("every connection dropped mid-run (a database restart) loses nothing", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ys-restart-")), "effects.jsonl");
    const expected = await openDueSoon("R", 60, 8_000);
    let worker = startWorkerProcess(file);
    let stopping = false;
    // A supervisor: a worker that exits because its connections died is started again.
    const supervise = (w: ChildProcess) =>
      w.once("exit", () => {
        if (!stopping) {
          worker = startWorkerProcess(file);
          supervise(worker);
        }
      });
    supervise(worker);
    try {
      await until(async () => keysIn(file).length > 5, 90_000, "the worker to deliver some effects");
      // Every connection to the database dies at once, as in a server restart: in-flight transactions
      // roll back. (Only this database's, so the other test files sharing the server are unaffected.)
      await pool.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
      );
      await until(
        async () => expected.every((k) => keysIn(file).includes(k)),
        90_000,
        "every breach escalation after the restart",
      );
      const keys = keysIn(file);
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      stopping = true;
      worker.kill("SIGTERM");
      await new Promise((r) => worker.once("exit", r));
    }
  }, 300_000);
});
