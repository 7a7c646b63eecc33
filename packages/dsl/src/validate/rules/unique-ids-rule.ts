import type { Path } from "@yardstick/calendar";
import { parseTimeOfDay } from "../../time/index.js";
import type { RuleContext } from "../rule-context.js";
import { ownEntry } from "../../model/own-entry.js";
import { phrase } from "../../diagnostics/codes.js";
import type { Words } from "../../diagnostics/words.js";

const ROLE: Words = { en: "role", zh: "角色" };

/**
 * Names that must be unique but that YAML's duplicate-key check cannot see: items of lists
 * (checkpoints, zones, escalation levels, times), and a state and an event of one ticket kind
 * sharing a name (a bare name in a clock condition would then be ambiguous).
 */
export function uniqueIdsRule(ctx: RuleContext): void {
  const { input } = ctx;
  const once = (items: unknown[] | undefined, path: Path, what: Words, key: (item: unknown) => string = String) => {
    const seen = new Map<string, number>();
    (items ?? []).forEach((item, i) => {
      const name = key(item);
      const first = seen.get(name);
      if (first === undefined) seen.set(name, i);
      else
        ctx.report({
          code: "duplicate-id",
          path: [...path, i],
          ...phrase("duplicate-id", "listed", {
            what,
            name,
            first: first + 1,
            second: i + 1,
          }),
          related: [
            { path: [...path, first], message: phrase("duplicate-id", "listedFirst", { first: first + 1 }).message },
          ],
        });
    });
  };
  for (const [id, chain] of Object.entries(input.escalations ?? {}))
    once(chain.levels, ["escalations", id, "levels"], ROLE);
  for (const [id, duty] of Object.entries(input.duties ?? {})) {
    once(duty.checkpoints, ["duties", id, "checkpoints"], { en: "checkpoint", zh: "检查点" }, (c) =>
      typeof c === "string" ? c : (c as { id: string }).id,
    );
    once(duty.zones, ["duties", id, "zones"], { en: "zone", zh: "区域" });
    // `09:00`, `9:00` and `9点` are one time: compare what they mean, not how they are written.
    if (Array.isArray(duty.at))
      once(duty.at, ["duties", id, "at"], { en: "time", zh: "时刻" }, (t) => {
        const parsed = parseTimeOfDay(t as string | number);
        return parsed.ok ? parsed.value.time : String(t);
      });
    if (Array.isArray(duty.role)) once(duty.role, ["duties", id, "role"], ROLE);
  }
  for (const [id, ticket] of Object.entries(input.tickets ?? {})) {
    once(ticket.rework?.same, ["tickets", id, "rework", "same"], { en: "field", zh: "字段" });
    const kind = ctx.model.tickets[id]!;
    for (const event of Object.keys(kind.events)) {
      if (ownEntry(kind.states, event)) {
        ctx.report({
          code: "duplicate-id",
          path: ["tickets", id, "states", event],
          ...phrase("duplicate-id", "stateAndEvent", { name: event, ticket: id }),
          prefer: "key",
        });
      }
    }
  }
}
