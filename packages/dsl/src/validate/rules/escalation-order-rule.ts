import type { Path } from "@yardstick/calendar";
import type { ClockModel, EscalationLevel } from "../../model/standard-model.js";
import type { EscalationTrigger } from "../../time/index.js";
import type { RuleContext } from "../rule-context.js";
import { stepsAbove } from "../../model/roles.js";

/**
 * Escalation goes up, later and higher: each level fires no earlier than the one before, and
 * notifies no one below a role already notified (staff → foreman → supervisor → manager).
 * Times at different anchors compare through the clock's warning threshold and, where every
 * target is a fixed duration, through the targets themselves.
 */
export function escalationOrderRule(ctx: RuleContext): void {
  const roles = ctx.model.roles;
  for (const [id, kind] of Object.entries(ctx.model.tickets)) {
    for (const [clockId, clock] of Object.entries(kind.clocks)) {
      const path: Path = ["tickets", id, "clocks", clockId, "escalate"];
      checkLevels(ctx, clock.escalation, path, clock);
      clock.escalation.forEach((level, i) => {
        if (level.at.value.anchor === "warning" && clock.warn.length === 0) {
          ctx.report({
            code: "escalation-without-warning",
            path: [...path, i, "at"],
            message: `level ${i + 1} fires at \`warning\`, but clock \`${clockId}\` has no \`warn\` threshold`,
            hint: "add `warn: 80%` to the clock, or escalate at `breach`",
          });
        }
      });
    }
  }
  for (const [id, duty] of Object.entries(ctx.model.duties)) {
    checkLevels(ctx, duty.escalation, ["duties", id, "escalate"], undefined);
    duty.escalation.forEach((level, i) => {
      if (level.at.value.anchor === "warning") {
        ctx.report({
          code: "escalation-without-warning",
          path: ["duties", id, "escalate", i, "at"],
          message: `level ${i + 1} fires at \`warning\`, but duties have no warning threshold`,
          hint: "escalate a duty at `breach` (when it falls overdue) or `breach + 30m`",
        });
      }
    });
  }
  for (const [id, chain] of Object.entries(ctx.model.escalations)) {
    chain.levels.forEach((role, i) => {
      const earlier = chain.levels.slice(0, i).find((e) => stepsAbove(roles, role, e) !== undefined);
      if (earlier)
        ctx.report({
          code: "escalation-out-of-order",
          path: ["escalations", id, "levels", i],
          message: `\`${role}\` reports to \`${earlier}\`, yet comes after it in the chain`,
          hint: "list the chain from the first line up: staff, foreman, supervisor, manager",
        });
    });
  }

  function checkLevels(
    context: RuleContext,
    levels: EscalationLevel[],
    path: Path,
    clock: ClockModel | undefined,
  ): void {
    for (let i = 1; i < levels.length; i++) {
      const order = compare(levels[i - 1]!.at.value, levels[i]!.at.value, clock);
      if (order !== undefined && order > 0) {
        context.report({
          code: "escalation-out-of-order",
          path: [...path, i, "at"],
          message: `level ${i + 1} (\`${levels[i]!.at.text}\`) fires before level ${i} (\`${levels[i - 1]!.at.text}\`)`,
          hint: "list escalation levels in the order they fire",
        });
      }
      for (const role of levels[i]!.notify) {
        const higher = levels
          .slice(0, i)
          .flatMap((l) => l.notify)
          .find((earlier) => stepsAbove(roles, role, earlier) !== undefined);
        if (higher)
          context.report({
            code: "escalation-out-of-order",
            path: [...path, i, "notify"],
            message: `level ${i + 1} notifies \`${role}\`, who reports to \`${higher}\`, already notified at an earlier level`,
            hint: "escalate upwards: each level notifies someone higher than the last",
          });
      }
    }
  }
}

/** Position of a trigger as a percentage of the target (breach = 100), when it can be known. */
function percentOf(trigger: EscalationTrigger, clock: ClockModel | undefined): number | undefined {
  if (trigger.anchor === "elapsed-percent") return trigger.percent;
  const base = trigger.anchor === "start" ? 0 : trigger.anchor === "breach" ? 100 : clock?.warn[0];
  if (base === undefined) return undefined;
  if (trigger.offsetMs === 0) return base;
  const targets = clock ? Object.values(clock.targets).map((t) => t.value) : [];
  if (targets.length === 0 || targets.some((t) => t.kind !== "duration")) return undefined;
  // With several priorities the order must hold for each; the shortest target is the strictest.
  const shortest = Math.min(...targets.map((t) => (t.kind === "duration" ? t.ms : Infinity)));
  return base + (trigger.offsetMs / shortest) * 100;
}

function compare(a: EscalationTrigger, b: EscalationTrigger, clock: ClockModel | undefined): number | undefined {
  if (a.anchor !== "elapsed-percent" && a.anchor === b.anchor) return a.offsetMs - b.offsetMs;
  const pa = percentOf(a, clock);
  const pb = percentOf(b, clock);
  return pa === undefined || pb === undefined ? undefined : pa - pb;
}
