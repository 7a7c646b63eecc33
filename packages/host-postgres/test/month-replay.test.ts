import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileStandard, type Effect } from "@yardstick/engine";
import { migrate, PostgresHost, replayThroughHost } from "@yardstick/host-postgres";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { engineAloneEffects, readTicketActivity, standingEffects, yardstick } from "./helpers/activity.js";
import { dropDatabase, freshDatabase, shippedModel } from "./helpers/database.js";

let url: string;
let pool: pg.Pool;
let host: PostgresHost;
const model = shippedModel("seed/harbour-view");
const program = compileStandard(model).program!;

beforeAll(async () => {
  url = await freshDatabase("month");
  pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("error", () => {});
  await migrate(pool, url);
  host = new PostgresHost({ pool });
  await host.deploy(model);
}, 60_000);

afterAll(async () => {
  await pool?.end();
  if (url !== undefined) await dropDatabase(url);
});

type Tally = {
  kind: string;
  clock: string;
  started: number;
  met: number;
  late: number;
  breaches: number;
  warnings: number;
  escalations: number;
};

/** Per clock, as `yardstick replay` counts them (effects after retractions). */
function tally(effects: Iterable<Effect>): Tally[] {
  const tallies = new Map<string, Tally>();
  for (const kind of program.tickets.values())
    for (const clock of kind.clocks)
      tallies.set(`${kind.id}/${clock.id}`, {
        kind: kind.id,
        clock: clock.id,
        started: 0,
        met: 0,
        late: 0,
        breaches: 0,
        warnings: 0,
        escalations: 0,
      });
  for (const e of effects) {
    const t = e.clock === undefined ? undefined : tallies.get(`${e.ticketKind}/${e.clock}`);
    if (t === undefined) continue;
    if (e.kind === "clock-started") t.started++;
    else if (e.kind === "clock-stopped") t[e.met === false ? "late" : "met"]++;
    else if (e.kind === "breach") t.breaches++;
    else if (e.kind === "warning") t.warnings++;
    else if (e.kind === "escalation") t.escalations++;
  }
  return [...tallies.values()];
}

test("a simulated month through the host (events in order, wake-ups at their instants) ends as the engine alone says", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "ys-month-")), "month.jsonl");
  yardstick(["simulate", "standards/seed/harbour-view.yaml", "--month", "2026-11", "--seed", "42", "--out", file]);
  const cli = JSON.parse(yardstick(["replay", "standards/seed/harbour-view.yaml", "--events", file, "--json"])) as {
    clocks: Tally[];
    counts: { tickets: number; events: number };
    problems: { severity: string }[];
  };
  const { to, records } = readTicketActivity(file, program.timezone);
  const opens = records.filter((r) => r.type === "open").length;
  expect(opens).toBe(cli.counts.tickets);
  expect(records.length - opens).toBe(cli.counts.events);

  const outcome = await replayThroughHost(host, model.id, records, { until: to });
  expect(outcome).toMatchObject({ opened: cli.counts.tickets, applied: cli.counts.events, parked: 0 });
  expect(cli.problems.filter((p) => p.severity === "error")).toEqual([]); // the duties' notes are not the host's
  expect(outcome.wakeUps).toBeGreaterThan(0);

  // What stands in the outbox: the latest announcement of each key, unless it was retracted.
  const hosted = await standingEffects(pool);
  const alone = engineAloneEffects(program, records, to);
  // Effects by key, with their instants and kinds; breaches and escalations per clock as replay counts them.
  const summary = (m: Map<string, Effect>) =>
    [...m.values()].map((e) => `${e.key} ${e.kind} ${e.at} ${e.deadline ?? ""} ${(e.roles ?? []).join(",")}`).sort();
  expect(summary(hosted)).toEqual(summary(alone));
  expect(tally(hosted.values())).toEqual(cli.clocks);
  const breaches = cli.clocks.reduce((n, c) => n + c.breaches, 0);
  const escalations = cli.clocks.reduce((n, c) => n + c.escalations, 0);
  expect(breaches).toBeGreaterThan(0);
  expect(escalations).toBeGreaterThan(0);
  // Every announcement in the outbox has its delivery job: nothing stands undelivered forever.
  const { rows: counts } = await pool.query(
    `select (select count(*) from ys_outbox)::int as outbox,
            (select count(*) from graphile_worker.jobs where task_identifier = 'deliver')::int as jobs`,
  );
  expect(counts[0].jobs).toBe(counts[0].outbox);
}, 300_000);
