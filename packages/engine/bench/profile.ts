// Profiling entry (not part of `pnpm bench`): runs one path over and over under --cpu-prof.
//   node --conditions=@yardstick/source --import tsx --cpu-prof packages/engine/bench/profile.ts replay|stored
import { advance, applyEvent, openTicket, replayTicket } from "@yardstick/engine";
import { compileShipped, histories, loadShipped, resolveShipped } from "./workload.js";

const hv = compileShipped(loadShipped(resolveShipped("seed/harbour-view")));
const repairs = histories(hv, "repair", 500, 20260101);
const mode = process.argv[2] ?? "replay";
const rounds = Number(process.argv[3] ?? 10);
const started = performance.now();
let steps = 0;
for (let r = 0; r < rounds; r++) {
  for (const h of repairs) {
    if (mode === "replay") {
      replayTicket(hv, { open: h.open, events: h.events, until: h.until });
      steps += h.events.length;
      continue;
    }
    let stored = JSON.stringify(openTicket(hv, h.open).ticket);
    for (const step of h.steps) {
      const ticket = JSON.parse(stored);
      const result = "event" in step ? applyEvent(hv, ticket, step.event) : advance(hv, ticket, step.advance);
      stored = JSON.stringify(result.ticket);
    }
    steps += h.steps.length;
  }
}
const elapsed = performance.now() - started;
console.log(`${mode}: ${Math.round((steps / elapsed) * 1000).toLocaleString("en-US")} steps/s`);
