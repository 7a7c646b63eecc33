import type { Path } from "@yardstick/calendar";
import type { ClockModel, EscalationLevel } from "../../model/standard-model.js";
import type { EscalationTrigger } from "../../time/index.js";
import type { RuleContext } from "../rule-context.js";
import { stepsAbove } from "../../model/roles.js";
import { appliesToPriority, clockWarningsOf } from "../../model/clocks.js";
import { phrase } from "../../diagnostics/codes.js";

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
        const without = (
          level.priorities ?? (kind.priorities.length > 0 ? kind.priorities.map((p) => p.id) : [null])
        ).filter((p) => appliesToPriority(clock, p) && clockWarningsOf(clock, p).length === 0);
        if (
          level.at.value.anchor === "warning" &&
          (clock.warnByPriority === undefined ? clock.warn.length === 0 : without.length > 0)
        ) {
          ctx.report({
            code: "escalation-without-warning",
            path: [...path, i, "at"],
            ...phrase("escalation-without-warning", "clock", {
              level: i + 1,
              clock: clockId,
              forPriorities:
                clock.warnByPriority === undefined
                  ? ""
                  : phrase("escalation-without-warning", "forPriorities", {
                      priorities: without.map((p) => `\`${p ?? "(none)"}\``).join(", "),
                    }).message,
            }),
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
          ...phrase("escalation-without-warning", "duty", { level: i + 1 }),
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
          ...phrase("escalation-out-of-order", "chain", { role, earlier }),
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
      // Levels for different priorities never fire on one ticket, so only levels that share one are compared.
      const earlier = levels.slice(0, i).filter((l) => sharePriority(l, levels[i]!));
      const previous = earlier[earlier.length - 1];
      const order = previous === undefined ? undefined : compare(previous.at.value, levels[i]!.at.value, clock);
      if (order !== undefined && order > 0) {
        const p = levels.indexOf(previous!);
        context.report({
          code: "escalation-out-of-order",
          path: [...path, i, "at"],
          ...phrase("escalation-out-of-order", "earlier", {
            level: i + 1,
            at: levels[i]!.at.text,
            previous: p + 1,
            previousAt: previous!.at.text,
          }),
        });
      }
      for (const role of levels[i]!.notify) {
        const higher = earlier
          .flatMap((l) => l.notify)
          .find((earlier) => stepsAbove(roles, role, earlier) !== undefined);
        if (higher)
          context.report({
            code: "escalation-out-of-order",
            path: [...path, i, "notify"],
            ...phrase("escalation-out-of-order", "lower", { level: i + 1, role, higher }),
          });
      }
    }
  }
}

/** Whether two levels can fire on one ticket: neither is limited to priorities, or they name one in common. */
function sharePriority(a: EscalationLevel, b: EscalationLevel): boolean {
  if (a.priorities === undefined || b.priorities === undefined) return true;
  return a.priorities.some((p) => b.priorities!.includes(p));
}

/** Position of a trigger as a percentage of the target (breach = 100), when it can be known. */
function percentOf(trigger: EscalationTrigger, clock: ClockModel | undefined): number | undefined {
  if (trigger.anchor === "elapsed-percent") return trigger.percent;
  const base =
    trigger.anchor === "start"
      ? 0
      : trigger.anchor === "breach"
        ? 100
        : (clock?.warn[0] ?? Object.values(clock?.warnByPriority ?? {}).find((w) => w.length > 0)?.[0]);
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
