/**
 * A host embedding the engine: tickets stored as JSON (a Map stands in for the database), one
 * wake-up per ticket at `nextWakeAt` (a sorted list stands in for the job queue), effects written
 * to an outbox and delivered once per key. Run from the repository root:
 *
 *   pnpm tsx --conditions=@yardstick/source examples/embed-engine.ts
 *
 * See docs/guide/embedding-the-engine.md.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadStandard } from "@yardstick/dsl";
import {
  advance,
  applyEvent,
  compileStandard,
  formatShort,
  migrateState,
  openTicket,
  type Effect,
  type TicketResult,
  type TicketState,
} from "@yardstick/engine";
import { customRandom, urlAlphabet } from "nanoid";

const root = fileURLToPath(new URL("../", import.meta.url));
const read = (id: string) => ({
  file: `standards/${id}.yaml`,
  text: readFileSync(`${root}standards/${id}.yaml`, "utf8"),
});

// 1. Compile once per standard version; keep the program.
const { standard } = loadStandard(read("seed/harbour-view").text, { file: "harbour-view.yaml", resolve: read });
const { program, diagnostics } = compileStandard(standard!);
if (program === undefined) throw new Error(diagnostics.map((d) => d.message).join("\n"));
const zone = program.timezone;
const show = (t: number) => formatShort(t, zone);

// Ids are the host's: nanoid, seeded here so the example prints the same every run.
let seed = 42;
const ticketId = customRandom(urlAlphabet, 8, (size) => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    // mulberry32: a small seeded generator, good enough for example ids.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 255;
  }
  return bytes;
});

// 2. The host's storage: the state as JSON text, as a database column would hold it.
const tickets = new Map<string, string>();
const wakeUps = new Map<string, number>(); // one pending wake-up per ticket
const outbox: Effect[] = [];
const delivered = new Set<string>();

/** A stored state read back: migrateState upgrades one written by an earlier engine version. */
function load(id: string): TicketState {
  return migrateState(program!, JSON.parse(tickets.get(id)!));
}

function store(result: TicketResult): void {
  tickets.set(result.ticket.id, JSON.stringify(result.ticket));
  outbox.push(...result.effects);
  if (result.nextWakeAt === null) wakeUps.delete(result.ticket.id);
  else wakeUps.set(result.ticket.id, result.nextWakeAt);
}

function deliver(): void {
  for (const effect of outbox.splice(0)) {
    if (effect.kind === "retract") delivered.delete(effect.retracts!); // a correction clears the key
    if (delivered.has(effect.key)) continue; // the receiver checks the key: exactly once
    delivered.add(effect.key);
    const who = effect.roles ? ` → ${effect.roles.join(", ")}` : "";
    const due = effect.deadline ? ` (due ${show(effect.deadline)})` : "";
    console.log(
      `  ${show(effect.at)}  ${effect.kind.padEnd(15)} ${effect.clock ?? ""}${who}${due}${effect.met === false ? " LATE" : ""}`,
    );
  }
}

/** The wake-up loop: run every due wake-up up to `now`, in order. */
function wakeUntil(now: number): void {
  for (;;) {
    const due = [...wakeUps].filter(([, at]) => at <= now).sort((a, b) => a[1] - b[1])[0];
    if (due === undefined) break;
    const [id, at] = due;
    store(advance(program!, load(id), at));
    deliver();
  }
}

const at = (local: string) => Date.parse(`${local.replace(" ", "T")}:00+08:00`);
const id = ticketId();

console.log(`ticket ${id}: a water leak reported Friday 17:55`);
store(
  openTicket(program, {
    id,
    kind: "repair",
    at: at("2026-03-06 17:55"),
    data: { unit: "3-1502", category: "water_leak" },
  }),
);
store(applyEvent(program, load(id), { type: "report", at: at("2026-03-06 17:55"), by: "desk-li" }));
deliver();

console.log("nobody arrives: the host's queue wakes the engine at each nextWakeAt");
wakeUntil(at("2026-03-06 18:30"));

console.log("the technician arrives at 18:34 and completes at 19:10");
wakeUntil(at("2026-03-06 18:34"));
store(applyEvent(program, load(id), { type: "arrive", at: at("2026-03-06 18:34"), id: "ev-arrive" }));
// The app retries the same event: the engine says it is a duplicate and adds nothing.
store(applyEvent(program, load(id), { type: "arrive", at: at("2026-03-06 18:34"), id: "ev-arrive" }));
store(applyEvent(program, load(id), { type: "complete", at: at("2026-03-06 19:10") }));
deliver();

const next = wakeUps.get(id);
console.log(
  `stored ticket: ${tickets.get(id)!.length} bytes; next wake-up ${next === undefined ? "none" : show(next)} (the callback's deadline)`,
);
