import type { Path } from "@yardstick/calendar";
import type { EffectiveModel } from "../model/standard-model.js";
import { phrase } from "../diagnostics/codes.js";
import { type BuildContext, compact } from "./build-context.js";

/** Whether `YYYY-MM-DD` names a day the calendar has (the schema checked the form). */
export function isRealDate(date: string): boolean {
  const t = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === date;
}

/**
 * When a standard or a clause is in force: `{ from, until }`, local dates in the standard's zone,
 * both included. A window that ends before it begins would never be in force.
 */
export function buildEffective(
  input: { from?: string; until?: string } | undefined,
  path: Path,
  ctx: BuildContext,
): EffectiveModel | undefined {
  if (input === undefined) return undefined;
  for (const key of ["from", "until"] as const) {
    const date = input[key];
    if (date !== undefined && !isRealDate(date))
      ctx.report({
        code: "invalid-date",
        path: [...path, key],
        ...phrase("invalid-date", "effectiveDate", { date }),
      });
  }
  if (input.from !== undefined && input.until !== undefined && input.until < input.from)
    ctx.report({
      code: "invalid-date",
      path: [...path, "until"],
      ...phrase("invalid-date", "effectiveBackwards", { from: input.from, until: input.until }),
    });
  return compact({ from: input.from, until: input.until });
}
