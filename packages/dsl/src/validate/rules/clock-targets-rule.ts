import type { RuleContext } from "../rule-context.js";

/**
 * A clock's targets must cover every priority of its ticket kind (a target per priority, or one
 * for all), and targets counted in working time need a calendar that has working time.
 */
export function clockTargetsRule(ctx: RuleContext): void {
  for (const [id, kind] of Object.entries(ctx.model.tickets)) {
    for (const [clockId, clock] of Object.entries(kind.clocks)) {
      const path = ["tickets", id, "clocks", clockId];
      // Judged by the targets written: one written but unparsable is reported as such, not as missing.
      const written = ctx.input.tickets?.[id]?.clocks?.[clockId]?.target;
      if (written !== null && typeof written === "object") {
        const missing = kind.priorities.map((p) => p.id).filter((p) => !(p in written));
        if (missing.length)
          ctx.report({
            code: "missing-target",
            path: [...path, "target"],
            message: `clock \`${clockId}\` has no target for priority ${missing.map((p) => `\`${p}\``).join(", ")}`,
            hint: `add ${missing.map((p) => `\`${p}: …\``).join(", ")} to \`target\``,
          });
      }
      if (clock.calendar !== "24x7") continue;
      for (const [priority, target] of Object.entries(clock.targets)) {
        const v = target.value;
        const needsCalendar =
          (v.kind === "duration" && v.business) ||
          v.kind === "workdays" ||
          v.kind === "end-of-workday" ||
          (v.kind === "at-time" && v.workdays > 0);
        if (needsCalendar) {
          ctx.report({
            code: "business-time-without-calendar",
            path: priority === "*" ? [...path, "target"] : [...path, "target", priority],
            message: `\`${target.text}\` counts working time, but clock \`${clockId}\` runs on the 24x7 calendar`,
            hint: "add `calendar: office` (a calendar with working hours) to the clock, or write the target in elapsed time (`24h`)",
          });
        }
      }
    }
  }
}
