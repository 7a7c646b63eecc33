import { fileSender, migrate, PostgresHost, startWorker } from "@yardstick/host-postgres";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dropDatabase, freshDatabase, shippedModel, until } from "./helpers/database.js";

let url: string;
let pool: pg.Pool;
let host: PostgresHost;
const model = shippedModel("seed/harbour-view");

beforeAll(async () => {
  url = await freshDatabase("host");
  pool = new pg.Pool({ connectionString: url, max: 8 });
  pool.on("error", () => {}); // an idle connection the server drops is replaced, not thrown
  await migrate(pool, url);
  host = new PostgresHost({ pool });
  await host.deploy(model);
}, 60_000);

afterAll(async () => {
  await pool?.end();
  if (url !== undefined) await dropDatabase(url);
});

const count = async (sql: string, params: unknown[] = []) => Number((await pool.query(sql, params)).rows[0].n);

describe("one transaction per change", () => {
  test("open → events through the ticket's queue → wake-up at the deadline → effects delivered once", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "ys-host-")), "effects.jsonl");
    const sender = fileSender(out);
    const lateness: number[] = [];
    const worker = await startWorker(host, {
      connectionString: url,
      sender,
      concurrency: 4,
      onWake: (ms) => lateness.push(ms),
    });
    try {
      // Reported 14 min 57 s ago: the 15-minute arrival clock breaches 3 s from now.
      const reported = Date.now() - 15 * 60_000 + 3_000;
      const { opened } = await host.openTicket("seed/harbour-view", {
        id: "HV-1",
        kind: "repair",
        at: reported,
        data: { unit: "3-1502", category: "water_leak" },
      });
      expect(opened).toBe(true);
      expect((await host.openTicket("seed/harbour-view", { id: "HV-1", kind: "repair", at: reported })).opened).toBe(
        false,
      );
      expect(await host.submitEvent("HV-1", { id: "e1", type: "report", at: reported })).toBe("queued");
      expect(await host.submitEvent("HV-1", { id: "e1", type: "report", at: reported })).toBe("duplicate");
      await until(async () => (await host.ticket("HV-1"))?.state === "reported", 30_000, "the report to be applied");
      const key = "HV-1/arrival/1/escalation/1";
      await until(async () => sender.keys().has(key), 15_000, "the breach escalation to be delivered");
      const delivered = readFileSync(out, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { key: string; kind: string; roles?: string[] });
      expect(delivered.find((e) => e.key === key)).toMatchObject({ kind: "escalation", roles: ["technician"] });
      expect(new Set(delivered.map((e) => e.key)).size).toBe(delivered.length);
      // Exact to the deadline: the escalation was written to the outbox within 2 s of its due instant.
      const { rows } = await pool.query(
        "select extract(epoch from created_at) * 1000 - (effect->>'at')::float8 as late from ys_outbox where key = $1",
        [key],
      );
      expect(Number(rows[0].late)).toBeLessThan(2_000);
      expect(lateness.length).toBeGreaterThan(0);
      expect(
        await count(
          "select count(*) as n from ys_outbox where delivered_at is null and key like 'HV-1/%' and created_at < now() - interval '2 seconds'",
        ),
      ).toBe(0);
    } finally {
      await worker.stop();
    }
  }, 60_000);

  test("a poison event is parked with its error, and a worker still applies the ticket's next event", async () => {
    const worker = await startWorker(host, { connectionString: url, sender: { send: async () => {} } });
    try {
      const at = Date.now() - 60_000;
      await host.openTicket("seed/harbour-view", { id: "HV-2", kind: "repair", at, data: { category: "fixture" } });
      await host.submitEvent("HV-2", { id: "p1", type: "teleport", at });
      await host.submitEvent("HV-2", { id: "p2", type: "report", at });
      await until(
        async () => (await host.ticket("HV-2"))?.state === "reported",
        30_000,
        "the event after the poison one",
      );
      const { rows } = await pool.query(
        "select event_id, status, error from ys_events where ticket_id = 'HV-2' order by seq",
      );
      expect(rows).toMatchObject([
        { event_id: "p1", status: "parked", error: { code: "unknown-event" } },
        { event_id: "p2", status: "applied" },
      ]);
    } finally {
      await worker.stop();
    }
  }, 60_000);

  test("a state stored by an earlier engine (format 1) is upgraded as it is read, and stored upgraded", async () => {
    const at = Date.now() - 60_000;
    await host.openTicket("seed/harbour-view", { id: "HV-6", kind: "repair", at, data: { category: "fixture" } });
    const opened = (await host.ticket("HV-6"))!;
    const format1 = {
      format: 1,
      standard: { id: model.id, version: model.version, hash: model.hash },
      kind: "repair",
      id: "HV-6",
      opened: { at, data: { category: "fixture" } },
      state: opened.state,
      priority: opened.priority,
      data: { category: "fixture" },
      now: at,
      events: [],
      clocks: {},
      announced: [],
    };
    await pool.query("update ys_tickets set state = $1 where id = 'HV-6'", [format1]);
    await host.submitEvent("HV-6", { id: "m1", type: "report", at });
    expect(await host.applyPending("HV-6")).toMatchObject({ applied: 1, parked: 0 });
    const upgraded = (await host.ticket("HV-6"))!;
    expect(upgraded).toMatchObject({ format: 2, state: "reported", events: [["report", 0, "m1"]] });
    expect(upgraded.standard).toMatch(`${model.id}@${model.version}#`);
  }, 60_000);

  test("two workers racing for one ticket serialise: every event applied once, in order", async () => {
    const a = await startWorker(host, { connectionString: url, sender: { send: async () => {} }, concurrency: 4 });
    const b = await startWorker(host, { connectionString: url, sender: { send: async () => {} }, concurrency: 4 });
    try {
      const start = Date.now() - 3_600_000;
      await host.openTicket("seed/harbour-view", {
        id: "HV-3",
        kind: "repair",
        at: start,
        data: { category: "fixture" },
      });
      const events = [{ type: "report" }, { type: "dispatch" }];
      for (let i = 0; i < 20; i++) events.push({ type: "owner_absent" }, { type: "owner_back" });
      // The desk submits in order; the two workers race to apply them.
      for (const [i, e] of events.entries())
        await host.submitEvent("HV-3", { id: `r${i}`, type: e.type, at: start + (i + 1) * 60_000 });
      await until(
        async () =>
          (await count("select count(*) as n from ys_events where ticket_id = 'HV-3' and status <> 'pending'")) ===
          events.length,
        30_000,
        "every event to be applied",
      );
      const state = (await host.ticket("HV-3"))!;
      expect(await count("select count(*) as n from ys_events where ticket_id = 'HV-3' and status = 'parked'")).toBe(0);
      expect(state.events.map((e) => e[2])).toEqual(events.map((_, i) => `r${i}`));
      expect(state.state).toBe("dispatched");
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 60_000);

  test("a new standard version rolls out while tickets are open: open ones keep theirs", async () => {
    const at = Date.now() - 60_000;
    await host.openTicket("seed/harbour-view", { id: "HV-4", kind: "repair", at, data: { category: "fixture" } });
    const v2 = { ...model, version: "2026.2", hash: `${model.hash}-v2` };
    await host.deploy(v2);
    await host.openTicket("seed/harbour-view", { id: "HV-5", kind: "repair", at, data: { category: "fixture" } });
    expect((await host.ticket("HV-4"))!.standard).toMatch(`${model.id}@${model.version}#`);
    expect((await host.ticket("HV-5"))!.standard).toMatch(`${model.id}@2026.2#`);
    const worker = await startWorker(host, { connectionString: url, sender: { send: async () => {} } });
    try {
      await host.submitEvent("HV-4", { id: "v1", type: "report", at });
      await until(
        async () => (await host.ticket("HV-4"))!.state === "reported",
        30_000,
        "the old-version ticket to move",
      );
    } finally {
      await worker.stop();
    }
  }, 60_000);
});
