import type { Path } from "@yardstick/calendar";
import type { AuditModel, KpiModel, RuleModel } from "../model/standard-model.js";
import type { AuditInput, KpiInput } from "../schema/standard-schema.js";
import { parsePercent } from "../time/index.js";
import { type BuildContext, compact, label } from "./build-context.js";

/** Measures whose value is a share, so their targets are percentages. */
const PERCENT_MEASURES = new Set<KpiModel["measure"]>([
  "clock-met-rate",
  "rework-rate",
  "duty-completion-rate",
  "checkpoint-coverage",
]);

/** The keys each measure needs, and the ones it must not have. */
const MEASURE_KEYS: Record<KpiModel["measure"], { needs: (keyof KpiInput)[] }> = {
  "clock-met-rate": { needs: ["ticket", "clock"] },
  "rework-rate": { needs: ["ticket"] },
  "duty-completion-rate": { needs: ["duty"] },
  "checkpoint-coverage": { needs: ["duty"] },
  fact: { needs: ["fact"] },
};

export function buildAudits(
  input: Record<string, AuditInput> | undefined,
  ctx: BuildContext,
): Record<string, AuditModel> {
  const audits: Record<string, AuditModel> = {};
  for (const [id, audit] of Object.entries(input ?? {})) {
    const path: Path = ["audits", id];
    const kpis: Record<string, KpiModel> = {};
    for (const [kpiId, kpi] of Object.entries(audit.kpis ?? {})) {
      const model = buildKpi(kpiId, kpi, [...path, "kpis", kpiId], ctx);
      if (model) kpis[kpiId] = model;
    }
    const rules: Record<string, RuleModel> = {};
    for (const [ruleId, rule] of Object.entries(audit.rules ?? {})) {
      rules[ruleId] = {
        id: ruleId,
        title: label(rule.title)!,
        when: rule.when,
        severity: rule.severity,
        points: rule.points,
      };
    }
    const scoring = {
      start: audit.scoring?.start ?? 100,
      floor: audit.scoring?.floor ?? 0,
      rank: audit.scoring?.rank ?? false,
    };
    if (scoring.floor > scoring.start)
      ctx.report({
        code: "invalid-value",
        path: [...path, "scoring", "floor"],
        message: `the score floor ${scoring.floor} is above the starting score ${scoring.start}`,
        hint: "the floor is the lowest score deductions can reach; make it at most `start`",
      });
    const per = audit.per ?? "site";
    if (audit.zoneField !== undefined && per !== "zone")
      ctx.report({
        code: "invalid-value",
        path: [...path, "zoneField"],
        message: "`zoneField` only matters with `per: zone`",
        hint: "add `per: zone`, or drop `zoneField`",
        prefer: "key",
      });
    audits[id] = compact({
      id,
      title: label(audit.title)!,
      period: audit.period,
      per,
      zoneField: per === "zone" ? (audit.zoneField ?? "zone") : undefined,
      kpis,
      rules,
      scoring,
    });
  }
  return audits;
}

function buildKpi(id: string, input: KpiInput, path: Path, ctx: BuildContext): KpiModel | undefined {
  const needs = MEASURE_KEYS[input.measure].needs;
  for (const key of ["ticket", "clock", "duty", "fact"] as const) {
    if (input[key] !== undefined && !needs.includes(key)) {
      ctx.report({
        code: "invalid-value",
        path: [...path, key],
        message: `\`${key}\` is not used by the measure \`${input.measure}\``,
        hint: `\`${input.measure}\` reads ${needs.map((k) => `\`${k}\``).join(" and ")}; remove \`${key}\` or choose another measure`,
        prefer: "key",
      });
    }
  }
  const missing = needs.filter((k) => input[k] === undefined);
  if (missing.length) {
    ctx.report({
      code: "missing-key",
      path: path,
      message: `the measure \`${input.measure}\` needs ${missing.map((k) => `\`${k}\``).join(" and ")}`,
      hint: `add ${missing.map((k) => `\`${k}:\``).join(" and ")} to say what is measured`,
      prefer: "key",
    });
    return undefined;
  }
  // Rates are shares; a host-supplied fact is a percentage when its target is written as one.
  const writtenAsPercent = [input.target.min, input.target.max].some(
    (b) => typeof b === "string" && b.trim().endsWith("%"),
  );
  const unit: KpiModel["target"]["unit"] =
    PERCENT_MEASURES.has(input.measure) || writtenAsPercent ? "percent" : "number";
  const bound = (key: "min" | "max"): number | undefined => {
    const raw = input.target[key];
    if (raw === undefined) return undefined;
    if (typeof raw === "string" && raw.trim().endsWith("%")) {
      const parsed = ctx.timed([...path, "target", key], raw, parsePercent, "invalid-percent");
      return parsed?.value.percent;
    }
    if (unit === "percent") {
      ctx.report({
        code: "invalid-percent",
        path: [...path, "target", key],
        message: `the target of a \`${input.measure}\` KPI is a percentage`,
        hint: `write \`${raw}%\``,
      });
      return undefined;
    }
    const n = typeof raw === "number" ? raw : Number(raw);
    if (!Number.isFinite(n)) {
      ctx.report({
        code: "invalid-value",
        path: [...path, "target", key],
        message: `\`${raw}\` is not a number`,
        hint: "write a number, or a percentage like `95%`",
      });
      return undefined;
    }
    return n;
  };
  const min = bound("min");
  const max = bound("max");
  if (min !== undefined && max !== undefined && min > max)
    ctx.report({
      code: "impossible-target",
      path: [...path, "target"],
      message: `the target's min ${min} is above its max ${max}`,
      hint: "no value can meet it; swap or fix the bounds",
    });
  return compact({
    id,
    title: label(input.title)!,
    measure: input.measure,
    ticket: input.ticket,
    clock: input.clock,
    duty: input.duty,
    fact: input.fact,
    target: compact({ min, max, unit, inclusive: input.inclusive ?? true }),
  });
}
