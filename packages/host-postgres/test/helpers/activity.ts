import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  instantFrom,
  replayTicket,
  type Effect,
  type Program,
  type RecentTicket,
  type TicketEvent,
} from "@yardstick/engine";
import type pg from "pg";
import type { ReplayEvent, ReplayOpen } from "@yardstick/host-postgres";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

/** Runs the `yardstick` CLI from source (as `pnpm yardstick` does); throws with its output on a failure. */
export function yardstick(args: string[]): string {
  const r = spawnSync(
    process.execPath,
    ["--conditions=@yardstick/source", "--import", "tsx", "packages/cli/src/bin.ts", ...args],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`yardstick ${args.join(" ")} exited ${r.status}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** An activity file's window and its tickets' lines (docs/reference/events-jsonl.md), instants in epoch ms. */
export function readTicketActivity(
  file: string,
  timezone: string,
): { from: number; to: number; records: (ReplayOpen | ReplayEvent)[] } {
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  const at = (v: unknown) => {
    const ms = instantFrom(v, timezone);
    if (ms === undefined) throw new Error(`${file}: not an instant: ${String(v)}`);
    return ms;
  };
  let from = NaN;
  let to = NaN;
  const records: (ReplayOpen | ReplayEvent)[] = [];
  for (const line of lines) {
    const r = JSON.parse(line) as Record<string, string>;
    if (r.type === "header") {
      from = at(r.from);
      to = at(r.to);
    } else if (r.type === "open" || r.type === "event") records.push({ ...(r as object), at: at(r.at) } as ReplayOpen);
  }
  return { from, to, records };
}

/**
 * The engine alone on the same tickets, as `yardstick replay` runs them: each ticket's history in one
 * replayTicket (events with the ids replayThroughHost gives them, rework's recent tickets), advanced
 * to `until`; its effects after retractions, by key.
 */
export function engineAloneEffects(
  program: Program,
  records: readonly (ReplayOpen | ReplayEvent)[],
  until: number,
): Map<string, Effect> {
  const effects = new Map<string, Effect>();
  const events = new Map<string, TicketEvent[]>();
  records.forEach((r, i) => {
    if (r.type !== "event") return;
    const list = events.get(r.ticket) ?? [];
    list.push({
      id: r.id ?? `${r.ticket}@${i}`,
      type: r.event,
      at: r.at,
      ...(r.by ? { by: r.by } : {}),
      ...(r.data ? { data: r.data } : {}),
    });
    events.set(r.ticket, list);
  });
  const recentBy = new Map<string, RecentTicket[]>();
  for (const r of records) {
    if (r.type !== "open") continue;
    const same = program.tickets.get(r.kind)?.model.rework?.same;
    const key =
      same === undefined ? undefined : `${r.kind}\u0000${same.map((f) => String(r.data?.[f] ?? "")).join("\u0000")}`;
    const recent = key === undefined ? [] : (recentBy.get(key) ?? []);
    const list = [...(events.get(r.ticket) ?? [])].sort((a, b) => Number(a.at) - Number(b.at));
    const result = replayTicket(program, {
      open: {
        id: r.ticket,
        kind: r.kind,
        at: r.at,
        ...(r.data ? { data: r.data } : {}),
        ...(r.by ? { by: r.by } : {}),
        recent,
      },
      events: list,
      until: Math.max(until, ...list.map((e) => Number(e.at))),
    });
    for (const e of result.effects) {
      if (e.kind === "retract") effects.delete(e.retracts!);
      else effects.set(e.key, e);
    }
    if (key !== undefined) recentBy.set(key, [...recent, { id: r.ticket, at: r.at, data: r.data ?? {} }]);
  }
  return effects;
}

/** What stands in a host's outbox: the latest announcement of each effect key, unless it was retracted. */
export async function standingEffects(pool: pg.Pool): Promise<Map<string, Effect>> {
  const { rows } = await pool.query<{ effect: Effect }>(
    `select o.effect from ys_outbox o
      where o.retracts is null
        and o.generation = (select max(generation) from ys_outbox where effect_key = o.effect_key)
        and not exists (select 1 from ys_outbox r where r.retracts = o.effect_key and r.generation = o.generation)`,
  );
  return new Map(rows.map((r) => [r.effect.key, r.effect]));
}
