import { ownEntry } from "../../model/own-entry.js";
import { phrase } from "../../diagnostics/codes.js";
import { asList } from "../../resolve/build-context.js";
import { itemPath, type RuleContext } from "../rule-context.js";

const ENDINGS = ["stop", "pause", "resume", "reset", "cancel"] as const;

/**
 * Follow-on obligations (decision 0084): `{ breach: clock }` starts a clock, and nothing else; a
 * clock may not start from its own breach, directly or through other clocks.
 */
export function followOnClocksRule(ctx: RuleContext): void {
  for (const [ticketId, ticket] of Object.entries(ctx.input.tickets ?? {})) {
    const kind = ctx.model.tickets[ticketId];
    if (kind === undefined) continue;
    for (const [clockId, clock] of Object.entries(ticket.clocks ?? {})) {
      for (const key of ENDINGS) {
        const value = clock[key];
        asList(value).forEach((item, i) => {
          if (typeof item !== "object" || !("breach" in item)) return;
          ctx.report({
            code: "breach-not-a-start",
            path: [...itemPath(["tickets", ticketId, "clocks", clockId, key], value, i), "breach"],
            ...phrase("breach-not-a-start", "notStart", { clock: clockId, key, other: item.breach }),
          });
        });
      }
    }
    // Which clocks' breaches start each clock, as resolved (an unknown clock is reported elsewhere).
    const startedBy = (id: string): string[] =>
      (ownEntry(kind.clocks, id)?.start ?? []).flatMap((c) =>
        c.kind === "breach" && ownEntry(kind.clocks, c.clock) !== undefined ? [c.clock] : [],
      );
    // A loop is reported once, at the first of its clocks in the order written.
    const inReportedLoop = new Set<string>();
    for (const clockId of Object.keys(kind.clocks)) {
      if (inReportedLoop.has(clockId)) continue;
      const loop = loopBack(clockId, startedBy);
      if (loop === undefined) continue;
      for (const id of loop) inReportedLoop.add(id);
      const value = ticket.clocks?.[clockId]?.start;
      const i = asList(value).findIndex(
        (item) => typeof item === "object" && "breach" in item && item.breach === loop[0],
      );
      ctx.report({
        code: "follow-on-loop",
        path: [...itemPath(["tickets", ticketId, "clocks", clockId, "start"], value, Math.max(i, 0)), "breach"],
        ...phrase("follow-on-loop", "loop", {
          clock: clockId,
          path: [clockId, ...loop].map((c) => `\`${c}\``).join(" ← "),
        }),
      });
    }
  }
}

/** The chain of breaches back from `clock` to itself (`[b, a]`: starts when b breaches, b when a), if there is one. */
function loopBack(clock: string, startedBy: (id: string) => string[]): string[] | undefined {
  const seen = new Set<string>();
  const walk = (id: string, trail: string[]): string[] | undefined => {
    for (const from of startedBy(id)) {
      if (from === clock) return [...trail, from];
      if (seen.has(from)) continue;
      seen.add(from);
      const found = walk(from, [...trail, from]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(clock, []);
}
