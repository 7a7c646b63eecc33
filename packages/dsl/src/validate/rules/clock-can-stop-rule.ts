import type { Condition, TicketKindModel } from "../../model/standard-model.js";
import type { RuleContext } from "../rule-context.js";
import { reachableFrom } from "../../model/workflow.js";
import { ownEntry } from "../../model/own-entry.js";
import { phrase } from "../../diagnostics/codes.js";

/** Whether some transition takes `event`: if none does, the event only moves clocks. */
function movesTheTicket(kind: TicketKindModel, event: string): boolean {
  return Object.values(kind.states).some((s) => ownEntry(s.on, event) !== undefined);
}

/** The states a ticket can be in right after a condition holds. */
function statesAfter(kind: TicketKindModel, condition: Condition): string[] {
  if (condition.kind === "state") return [condition.state];
  // Another clock breaches wherever the ticket is while that clock runs: any state that is not final.
  if (condition.kind === "breach")
    return Object.values(kind.states)
      .filter((s) => !s.final)
      .map((s) => s.id);
  // An event only clocks listen to is taken in any state that is not final, and leaves it there.
  if (!movesTheTicket(kind, condition.event))
    return Object.values(kind.states)
      .filter((s) => !s.final)
      .map((s) => s.id);
  return Object.values(kind.states).flatMap((s) => (ownEntry(s.on, condition.event) ?? []).map((t) => t.to));
}

function canHappenIn(kind: TicketKindModel, condition: Condition, states: Set<string>): boolean {
  if (condition.kind === "breach") return false; // not a stop (breach-not-a-start)
  if (condition.kind === "event") {
    // The engine takes an event a clock listens to in every state that is not final (a self-transition is not needed).
    if (!movesTheTicket(kind, condition.event))
      return [...states].some((s) => ownEntry(kind.states, s)?.final === false);
    return [...states].some((s) => {
      const state = ownEntry(kind.states, s);
      return state !== undefined && ownEntry(state.on, condition.event) !== undefined;
    });
  }
  // Entering a state counts after the start only if the ticket can move into it, not merely sit in it.
  return [...states].some((s) =>
    Object.values(kind.states[s]!.on).some((ts) => ts.some((t) => t.to === condition.state)),
  );
}

/**
 * An SLA clock whose stop can never follow its start would run until it breaches on every
 * ticket: after any start, some stop condition must still be reachable in the workflow.
 */
export function clockCanStopRule(ctx: RuleContext): void {
  for (const [id, kind] of Object.entries(ctx.model.tickets)) {
    for (const [clockId, clock] of Object.entries(kind.clocks)) {
      const known = (c: Condition) =>
        c.kind === "state"
          ? ownEntry(kind.states, c.state) !== undefined
          : c.kind === "breach"
            ? ownEntry(kind.clocks, c.clock) !== undefined
            : ownEntry(kind.events, c.event) !== undefined;
      // Unknown references, and a breach as a stop, are reported by their own rules.
      if (!clock.start.every(known) || !clock.stop.every(known) || clock.stop.some((c) => c.kind === "breach"))
        continue;
      for (const start of clock.start) {
        const after = reachableFrom(kind, statesAfter(kind, start));
        if (!clock.stop.some((stop) => canHappenIn(kind, stop, after))) {
          const started =
            start.kind === "state"
              ? phrase("clock-never-stops", "enteringState", { state: start.state }).message
              : start.kind === "breach"
                ? phrase("clock-never-stops", "onBreach", { other: start.clock }).message
                : phrase("clock-never-stops", "onEvent", { event: start.event }).message;
          ctx.report({
            code: "clock-never-stops",
            path: ["tickets", id, "clocks", clockId, "stop"],
            ...phrase("clock-never-stops", "never", { clock: clockId, started }),
          });
        }
      }
    }
  }
}
