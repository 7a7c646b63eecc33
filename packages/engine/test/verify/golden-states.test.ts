/**
 * Golden states (issue 8): ticket states written by this engine, kept as JSON under golden/, each
 * with the history that wrote it and the standard it pinned (a frozen copy in golden/standards/, so
 * editing the shipped standards does not unpin them). Every file, of any format, must be read by
 * `migrateState` and continued by the runtime; files of the current format must also be exactly
 * what this version writes for their history. When the format changes, keep the old files, add
 * new ones (`UPDATE_GOLDEN=1 pnpm vitest run packages/engine/test/verify/golden-states.test.ts`
 * writes the current format's), and make migrateState read the old.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import {
  advance,
  applyEvent,
  migrateState,
  openTicket,
  status,
  STATE_FORMAT,
  type OpenTicketInput,
  type Program,
  type TicketEvent,
  type TicketResult,
  type TicketState,
} from "@yardstick/engine";
import { describe, expect, test } from "vitest";
import { at, compileText } from "../helpers/compile.js";

const golden = new URL("golden/", import.meta.url);
const formatDir = new URL(`format-${STATE_FORMAT}/`, golden);

function program(standard: string): Program {
  const read = (id: string) => ({
    file: `golden/standards/${id}.yaml`,
    text: readFileSync(new URL(`standards/${id}.yaml`, golden), "utf8"),
  });
  return compileText(read(standard).text, read(standard).file, read);
}

/** A step: an event at a local time (Asia/Shanghai), or an advance to one. */
type Step = (Omit<TicketEvent, "at"> & { at: string }) | { advance: string };

interface GoldenCase {
  about: string;
  standard: string;
  open: Omit<OpenTicketInput, "at"> & { at: string };
  history: Step[];
  /** What a host does next with the stored state; must work on every later engine. */
  next: Step[];
}

function run(p: Program, r: TicketResult, steps: Step[]): TicketResult[] {
  const out: TicketResult[] = [];
  for (const s of steps) {
    r = "advance" in s ? advance(p, r.ticket, at(s.advance)) : applyEvent(p, r.ticket, { ...s, at: at(s.at) });
    out.push(r);
  }
  return out;
}

function write(c: GoldenCase): TicketState {
  const p = program(c.standard);
  const opened = openTicket(p, { ...c.open, at: at(c.open.at) });
  return (run(p, opened, c.history).at(-1) ?? opened).ticket;
}

/** The keys of the effects a history announced and did not retract. */
function held(p: Program, c: GoldenCase): Set<string> {
  const opened = openTicket(p, { ...c.open, at: at(c.open.at) });
  const keys = new Set<string>();
  for (const r of [opened, ...run(p, opened, c.history)])
    for (const e of r.effects) {
      if (e.kind === "retract") keys.delete(e.retracts!);
      else keys.add(e.key);
    }
  return keys;
}

/** The representative tickets: open and paused, breached and escalated, closed, reopened, corrected late. */
const cases: Record<string, GoldenCase> = {
  "desk-waiting-for-owner": {
    about: "an urgent repair paused while the owner is out, with an agreed visit time and a warning announced",
    standard: "desk",
    open: { id: "G-1", kind: "repair", at: "2026-03-06 17:55", data: { unit: "3-1502", category: "water_leak" } },
    history: [
      { type: "dispatch", at: "2026-03-06 17:58", by: "li", data: { zone: "一区", assignee: "wang" } },
      { advance: "2026-03-06 18:07" },
      { type: "owner_absent", at: "2026-03-06 18:08", data: { appointment_at: "2026-03-06 19:30" } },
    ],
    next: [
      { type: "owner_back", at: "2026-03-06 19:20" },
      { advance: "2026-03-06 20:00" },
      { type: "arrive", at: "2026-03-06 20:05" },
    ],
  },
  "desk-breached-callback-held": {
    about: "arrival breached and escalated up the pyramid; completed; the callback clock held by an event",
    standard: "desk",
    open: {
      id: "G-2",
      kind: "repair",
      at: "2026-03-06 10:00",
      data: { unit: "1-101", category: "power_cut" },
      by: "desk-1",
    },
    history: [
      { advance: "2026-03-06 10:50" },
      { type: "arrive", at: "2026-03-06 10:55", id: "ev-1" },
      { type: "complete", at: "2026-03-06 16:00" },
      { type: "hold", at: "2026-03-09 09:00" },
    ],
    next: [
      { type: "unhold", at: "2026-03-09 11:00" },
      { advance: "2026-03-10 12:00" },
      { type: "callback", at: "2026-03-10 12:05" },
    ],
  },
  "desk-reopened-rework": {
    about: "rework of an earlier ticket, reopened into a second cycle, priority changed mid-cycle",
    standard: "desk",
    open: {
      id: "G-3",
      kind: "repair",
      at: "2026-03-06 10:00",
      data: { unit: "1-101", category: "fixture" },
      by: "li",
      recent: [
        { id: "G-0", at: Date.parse("2026-03-02T09:00:00+08:00"), data: { unit: "1-101", category: "fixture" } },
      ],
    },
    history: [
      { type: "arrive", at: "2026-03-06 11:00" },
      { type: "complete", at: "2026-03-06 12:00" },
      { type: "reopen", at: "2026-03-06 15:00" },
      { type: "dispatch", at: "2026-03-06 15:05", data: { category: "water_leak" } },
    ],
    next: [{ advance: "2026-03-06 16:00" }, { type: "arrive", at: "2026-03-06 16:10" }],
  },
  "group-complaint-closed": {
    about: "a complaint replied on the same day and closed (a final state)",
    standard: "seed/group",
    open: { id: "G-4", kind: "complaint", at: "2026-03-06 09:00", data: { zone: "一区" } },
    history: [
      { type: "register", at: "2026-03-06 10:00", by: "cs-1" },
      { type: "reply", at: "2026-03-06 15:00" },
      { type: "resolve", at: "2026-03-07 10:00" },
      { type: "revisit", at: "2026-03-08 10:00" },
    ],
    next: [{ advance: "2026-03-09 10:00" }],
  },
  "harbour-view-late-arrival-report": {
    about: "a 15-minute arrival reported late: the breach and escalation announced before are retracted",
    standard: "seed/harbour-view",
    open: { id: "G-5", kind: "repair", at: "2026-03-06 09:00", data: { unit: "2-0303", category: "fixture" } },
    history: [
      { type: "report", at: "2026-03-06 09:01" },
      { type: "dispatch", at: "2026-03-06 09:03" },
      { advance: "2026-03-06 09:40" },
      { type: "arrive", at: "2026-03-06 09:14", id: "late-arrive" },
    ],
    next: [{ type: "complete", at: "2026-03-06 10:30" }, { advance: "2026-03-09 18:30" }],
  },
};

if (process.env.UPDATE_GOLDEN === "1") {
  if (!existsSync(formatDir)) mkdirSync(formatDir, { recursive: true });
  for (const [name, c] of Object.entries(cases))
    writeFileSync(new URL(`${name}.json`, formatDir), `${JSON.stringify({ ...c, state: write(c) }, null, 2)}\n`);
}

const files = readdirSync(golden, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.startsWith("format-"))
  .flatMap((d) =>
    readdirSync(new URL(`${d.name}/`, golden))
      .filter((f) => f.endsWith(".json"))
      .map((f) => `${d.name}/${f}`),
  )
  .sort();

describe("golden ticket states", () => {
  test("every representative ticket of this format has its golden file", () => {
    for (const name of Object.keys(cases)) expect(files).toContain(`format-${STATE_FORMAT}/${name}.json`);
  });

  for (const file of files) {
    const stored = JSON.parse(readFileSync(new URL(file, golden), "utf8")) as GoldenCase & { state: unknown };

    test(`${file}: migrateState reads it and the runtime continues from it`, () => {
      const p = program(stored.standard);
      const ticket = migrateState(p, structuredClone(stored.state));
      expect(ticket.format).toBe(STATE_FORMAT);
      // Upgrading changes the form, not the ticket: it is what this version writes for the same history.
      expect(ticket).toEqual(write(stored));
      const before = status(p, ticket);
      expect(before.ticket).toBe(stored.open.id);
      const announced = held(p, stored);
      expect(announced.size).toBe(ticket.announced.length);
      const results = run(p, { ticket, effects: [], nextWakeAt: before.nextWakeAt }, stored.next);
      expect(results.length).toBe(stored.next.length);
      // Continuing never announces again what the stored state had announced.
      for (const r of results)
        for (const e of r.effects) if (e.kind !== "retract") expect(announced.has(e.key)).toBe(false);
      const last = results.at(-1)!.ticket;
      expect(last.events.length).toBeGreaterThanOrEqual(ticket.events.length);
      expect(status(p, last).clocks.length).toBe(p.tickets.get(ticket.kind)!.clocks.length);
    });

    if ((stored.state as { format?: unknown }).format === STATE_FORMAT) {
      test(`${file}: is what this version writes for its history, and continues the same as a fresh run`, () => {
        const p = program(stored.standard);
        const fresh = write(stored);
        expect(fresh).toEqual(stored.state);
        const opened = openTicket(p, { ...stored.open, at: at(stored.open.at) });
        const direct = run(p, opened, [...stored.history, ...stored.next]).slice(stored.history.length);
        const continued = run(
          p,
          { ticket: migrateState(p, structuredClone(stored.state)), effects: [], nextWakeAt: null },
          stored.next,
        );
        expect(continued.map((r) => [r.ticket, r.effects, r.nextWakeAt])).toEqual(
          direct.map((r) => [r.ticket, r.effects, r.nextWakeAt]),
        );
      });
    }
  }
});
