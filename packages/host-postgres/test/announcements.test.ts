import { compileStandard, replayTicket, type Effect, type Program } from "@yardstick/engine";
import { fileSender, migrate, PostgresHost, type DeliveredLine } from "@yardstick/host-postgres";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { dropDatabase, freshDatabase, shippedModel } from "./helpers/database.js";

let url: string;
let pool: pg.Pool;
let host: PostgresHost;
let program: Program;
const model = shippedModel("seed/harbour-view");
const MIN = 60_000;

beforeAll(async () => {
  url = await freshDatabase("announce");
  pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("error", () => {});
  await migrate(pool, url);
  host = new PostgresHost({ pool });
  await host.deploy(model);
  program = compileStandard(model).program!;
}, 60_000);

afterAll(async () => {
  await pool?.end();
  if (url !== undefined) await dropDatabase(url);
});

type OutboxRow = { key: string; effect_key: string; generation: number; retracts: string | null };
const outbox = async (ticket: string) =>
  (
    await pool.query<OutboxRow>(
      "select key, effect_key, generation, retracts from ys_outbox where ticket_id = $1 order by created_at, key",
      [ticket],
    )
  ).rows;

/** What still holds after every retract: the latest announcement of each key that was not withdrawn. */
async function standing(ticket: string): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ effect_key: string; at: string }>(
    `select o.effect_key, (o.effect->>'at') as at from ys_outbox o
      where o.ticket_id = $1 and o.retracts is null
        and o.generation = (select max(generation) from ys_outbox where effect_key = o.effect_key)
        and not exists (select 1 from ys_outbox r where r.retracts = o.effect_key and r.generation = o.generation)`,
    [ticket],
  );
  return new Map(rows.map((r) => [r.effect_key, Number(r.at)]));
}

/** Delivers everything pending through `sender`, the way delivery jobs do. */
async function drain(sender: ReturnType<typeof fileSender>) {
  for (;;) {
    const { rows } = await pool.query<{ key: string }>(
      "select key from ys_outbox where delivered_at is null order by created_at limit 1",
    );
    if (rows[0] === undefined) return;
    await host.deliverBatch(rows[0].key, sender, 500);
  }
}

describe("an effect retracted and announced again (decision 0091)", () => {
  test("each announcement and each retract is in the outbox once and reaches the receiver once", async () => {
    // An urgent repair reported at 09:00 and dispatched at 09:01; nobody on site by 09:20.
    const T = Date.parse("2026-11-03T09:00:00+08:00");
    const events: { id: string; type: string; at: number }[] = [];
    const submit = async (id: string, type: string, at: number) => {
      events.push({ id, type, at });
      expect(await host.submitEvent("A", { id, type, at })).toBe("queued");
    };
    await host.openTicket("seed/harbour-view", { id: "A", kind: "repair", at: T, data: { category: "water_leak" } });
    await submit("a1", "report", T);
    await submit("a2", "dispatch", T + MIN);
    await host.applyPending("A");
    await host.wakeDue({ at: T + 20 * MIN });
    const breach = "A/arrival/1/breach/0";
    expect((await outbox("A")).filter((r) => r.effect_key === breach)).toEqual([
      { key: breach, effect_key: breach, generation: 1, retracts: null },
    ]);

    // Synced late: the owner was out from 09:05 — the breach no longer holds, and is retracted.
    await submit("a3", "owner_absent", T + 5 * MIN);
    await host.applyPending("A");
    expect((await standing("A")).has(breach)).toBe(false);
    // … and back at 09:10: the breach holds again (at 09:20), under the same engine key. Before
    // migration 005 the outbox dropped this announcement as a duplicate of the first.
    await submit("a4", "owner_back", T + 10 * MIN);
    await host.applyPending("A");
    expect((await standing("A")).get(breach)).toBe(T + 20 * MIN);

    // Woken at 09:40 (the second escalation, due 09:35, announced); then both at once in one transaction (09:12 out, 09:13 back): the breach moves
    // to 09:21, already past — the retract of announcement 2 and announcement 3, in the order the
    // engine returned them.
    await host.wakeDue({ at: T + 40 * MIN });
    await submit("a5", "owner_absent", T + 12 * MIN);
    await submit("a6", "owner_back", T + 13 * MIN);
    expect(await host.applyPending("A")).toMatchObject({ applied: 2, parked: 0 });
    expect((await outbox("A")).filter((r) => r.effect_key.startsWith(breach)).map((r) => r.key)).toEqual([
      breach,
      `${breach}/retract`,
      `${breach}#2`,
      `${breach}/retract#2`,
      `${breach}#3`,
    ]);

    // A repeat is not an announcement: every effect announced so far stored again adds nothing; a
    // retract withdraws the latest announcement once.
    const stored = (
      await pool.query("select effect from ys_outbox where ticket_id = 'A' order by created_at")
    ).rows.map((r) => r.effect as Effect);
    const announced = stored.filter((e) => e.kind !== "retract");
    const retract = stored.find((e) => e.retracts === breach)!;
    const client = await pool.connect();
    const persistAgain = async (effects: Effect[]) => {
      const { rows } = await client.query(
        "select ys_persist('A', state, null, false, $1, $2) as n from ys_tickets where id = 'A'",
        [effects.map((e) => e.key), effects.map((e) => JSON.stringify(e))],
      );
      return rows[0].n as number;
    };
    try {
      await client.query("begin");
      expect(await persistAgain(announced)).toBe(0);
      expect(await persistAgain([retract, retract])).toBe(1);
      expect((await client.query("select key from ys_outbox where key = $1", [`${breach}/retract#3`])).rowCount).toBe(
        1,
      );
    } finally {
      await client.query("rollback");
      client.release();
    }

    // What stands is what the engine alone says about the same events.
    const alone = replayTicket(program, {
      open: { id: "A", kind: "repair", at: T, data: { category: "water_leak" } },
      events,
      until: T + 40 * MIN,
    });
    const expected = new Map<string, number>();
    for (const e of alone.effects) {
      if (e.kind === "retract") expected.delete(e.retracts!);
      else expected.set(e.key, e.at);
    }
    expect(await standing("A")).toEqual(expected);

    // Delivered at least once (here twice: every row is sent again), received exactly once per
    // announcement by a receiver that checks the delivery key.
    const file = join(mkdtempSync(join(tmpdir(), "ys-announce-")), "effects.jsonl");
    await drain(fileSender(file));
    await pool.query("update ys_outbox set delivered_at = null");
    await drain(fileSender(file));
    const lines = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as DeliveredLine);
    const deliveryKeys = lines.map((l) => l.delivery ?? l.key);
    expect(new Set(deliveryKeys).size).toBe(lines.length);
    expect(lines.length).toBe((await outbox("A")).length);
    expect(lines.filter((l) => l.key === breach).map((l) => [l.delivery ?? l.key, l.at])).toEqual([
      [breach, T + 15 * MIN],
      [`${breach}#2`, T + 20 * MIN],
      [`${breach}#3`, T + 21 * MIN],
    ]);
  }, 60_000);
});

describe("one clock for wake-ups: the database's (decision 0092)", () => {
  test("what is due, the instant advanced to and the lateness come from now() even when the host's clock is off", async () => {
    const dbNow = async () => Number((await pool.query("select extract(epoch from now()) * 1000 as ms")).rows[0].ms);
    const now = Math.round(await dbNow());
    // Warnings (80 % of 15 min) due 1 s ago and 60 s from now, by the database's clock.
    const open = async (id: string, warnAt: number) => {
      const at = Math.round(warnAt - 12 * MIN);
      await host.openTicket("seed/harbour-view", { id, kind: "repair", at, data: { category: "water_leak" } });
      await host.submitEvent(id, { id: `${id}-r`, type: "report", at });
      await host.applyPending(id);
    };
    await open("C-due", now - 1_000);
    await open("C-later", now + 60_000);
    // The host's clock ten minutes behind: by it, nothing would be due.
    const behind = vi.spyOn(Date, "now").mockReturnValue(now - 10 * MIN);
    let woken;
    try {
      ({ woken } = await host.wakeDue({ limit: 100 }));
    } finally {
      behind.mockRestore();
    }
    // (Ticket A of the test above, due in November, is woken too.)
    woken = woken!.filter((w) => w.ticket.startsWith("C-"));
    expect(woken.map((w) => w.ticket)).toEqual(["C-due"]);
    expect(woken[0]!.lateMs).toBeGreaterThanOrEqual(1_000);
    expect(woken[0]!.lateMs).toBeLessThan(1_000 + ((await dbNow()) - now) + 50);
    // The warning was written by the database's clock, after its due instant.
    const { rows } = await pool.query(
      `select (effect->>'at')::float8 as due, extract(epoch from created_at) * 1000 as written
         from ys_outbox where key = 'C-due/arrival/1/warning/1'`,
    );
    expect(Number(rows[0].written)).toBeGreaterThanOrEqual(Number(rows[0].due));
    // The host's clock ten minutes ahead: the ticket due in 60 s is still not woken.
    const ahead = vi.spyOn(Date, "now").mockReturnValue(now + 10 * MIN);
    try {
      expect((await host.wakeDue({ limit: 100 })).woken.filter((w) => w.ticket.startsWith("C-"))).toEqual([]);
    } finally {
      ahead.mockRestore();
    }
    // Its wake job runs by the same clock: graphile-worker's run_at is the ticket's next_wake_at.
    const { rows: jobs } = await pool.query(
      `select j.run_at = t.next_wake_at as same from graphile_worker.jobs j join ys_tickets t on j.key = 'wake:' || t.id
        where t.id = 'C-later'`,
    );
    expect(jobs).toEqual([{ same: true }]);
    // A driver that owns the clock (a replay) wakes at its own instant instead.
    const { woken: driven } = await host.wakeDue({ at: now + 61_000 });
    expect(driven).toEqual([{ ticket: "C-later", lateMs: 1_000, effects: 1 }]);
  }, 60_000);
});
