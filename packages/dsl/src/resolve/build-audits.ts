import type { Path } from "@yardstick/calendar";
import type { AuditModel, KpiModel, RemedyModel, RuleCondition, RuleModel } from "../model/standard-model.js";
import type { AuditInput, KpiInput, RemedyInput, RuleInput } from "../schema/standard-schema.js";
import { parseDuration, parsePercent } from "../time/index.js";
import { type BuildContext, buildMatcher, compact, label } from "./build-context.js";
import { periodOf, phrase, unitOf } from "../diagnostics/codes.js";
import { listOf } from "../diagnostics/words.js";

/** Measures whose value is a share, so their targets are percentages. */
const PERCENT_MEASURES = new Set<KpiModel["measure"]>([
  "clock-met-rate",
  "rework-rate",
  "duty-completion-rate",
  "checkpoint-coverage",
]);

/** The keys each measure needs, and the optional keys only it may have. */
const MEASURE_KEYS: Record<KpiModel["measure"], { needs: (keyof KpiInput)[]; may: (keyof KpiInput)[] }> = {
  "clock-met-rate": { needs: ["ticket", "clock"], may: ["exclude"] },
  "rework-rate": { needs: ["ticket"], may: ["exclude"] },
  "duty-completion-rate": { needs: ["duty"], may: [] },
  "checkpoint-coverage": { needs: ["duty"], may: [] },
  fact: { needs: ["fact"], may: [] },
  "clock-duration": { needs: ["ticket", "clock"], may: ["exclude", "stat", "percentile", "unit", "clip"] },
  "ticket-count": { needs: ["ticket"], may: ["exclude", "per"] },
};
const MEASURE_ONLY_KEYS = [
  "ticket",
  "clock",
  "duty",
  "fact",
  "exclude",
  "stat",
  "percentile",
  "unit",
  "clip",
  "per",
] as const;

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
      const when = buildCondition(rule.when, [...path, "rules", ruleId, "when"], ctx);
      if (when === undefined) continue;
      rules[ruleId] = { id: ruleId, title: label(rule.title)!, when, severity: rule.severity, points: rule.points };
    }
    reportRuleCycles(audit.rules ?? {}, path, ctx);
    const remedies: Record<string, RemedyModel> = {};
    for (const [remedyId, remedy] of Object.entries(audit.remedies ?? {}))
      remedies[remedyId] = buildRemedy(remedyId, remedy, [...path, "remedies", remedyId], ctx);
    const scoring = {
      start: audit.scoring?.start ?? 100,
      floor: audit.scoring?.floor ?? 0,
      rank: audit.scoring?.rank ?? false,
    };
    if (scoring.floor > scoring.start)
      ctx.report({
        code: "invalid-value",
        path: [...path, "scoring", "floor"],
        ...phrase("invalid-value", "floor", { floor: scoring.floor, start: scoring.start }),
      });
    const per = audit.per ?? "site";
    if (audit.zoneField !== undefined && per !== "zone")
      ctx.report({
        code: "invalid-value",
        path: [...path, "zoneField"],
        ...phrase("invalid-value", "zoneField", {}),
        prefer: "key",
      });
    let startMonth: number | undefined;
    if (audit.starts !== undefined) {
      if (audit.period === "year" || audit.period === "quarter") {
        const month = Number(audit.starts.slice(0, 2));
        startMonth = month === 1 ? undefined : month;
      } else
        ctx.report({
          code: "period-start",
          path: [...path, "starts"],
          ...phrase("period-start", "notYearOrQuarter", { period: periodOf(audit.period) }),
          prefer: "key",
        });
    }
    audits[id] = compact({
      id,
      title: label(audit.title)!,
      period: audit.period,
      startMonth,
      per,
      zoneField: per === "zone" ? (audit.zoneField ?? "zone") : undefined,
      kpis,
      rules,
      remedies: Object.keys(remedies).length > 0 ? remedies : undefined,
      scoring,
    });
  }
  return audits;
}

/** The input's condition as the model's: durations parsed; undefined when something was reported. */
function buildCondition(input: RuleInput["when"], path: Path, ctx: BuildContext): RuleCondition | undefined {
  const node = input as Record<string, unknown>;
  const list = (key: string): RuleCondition[] | undefined => {
    const parts = (node[key] as RuleInput["when"][]).map((c, i) => buildCondition(c, [...path, key, i], ctx));
    return parts.every((p) => p !== undefined) ? (parts as RuleCondition[]) : undefined;
  };
  if ("within" in node) {
    const d = ctx.timed([...path, "within"], node.within as string | number, parseDuration, "invalid-duration");
    if (d === undefined) return undefined;
    if (d.value.kind === "duration" && d.value.business) {
      ctx.report({
        code: "invalid-duration",
        path: [...path, "within"],
        ...phrase("invalid-duration", "businessInRule", { text: d.text }),
      });
      return undefined;
    }
    const side = "after" in node ? { after: node.after as string } : { before: node.before as string };
    return { fact: node.fact as string, within: d, ...side } as RuleCondition;
  }
  if ("atLeast" in node) {
    const of = list("of");
    const k = node.atLeast as number;
    const n = (node.of as unknown[]).length;
    if (k > n) {
      ctx.report({
        code: "at-least-count",
        path: [...path, "atLeast"],
        ...phrase("at-least-count", n === 1 ? "one" : "many", { k, n }),
      });
      return undefined;
    }
    return of && { atLeast: k, of };
  }
  if ("all" in node) {
    const all = list("all");
    return all && { all };
  }
  if ("any" in node) {
    const any = list("any");
    return any && { any };
  }
  if ("not" in node) {
    const not = buildCondition(node.not as RuleInput["when"], [...path, "not"], ctx);
    return not && { not };
  }
  return input as RuleCondition;
}

/** The rules a condition reuses (`{ rule }`), with their paths. */
function ruleReferences(when: unknown, path: Path): [string, Path][] {
  if (when === null || typeof when !== "object") return [];
  const node = when as Record<string, unknown>;
  if (typeof node.rule === "string") return [[node.rule, [...path, "rule"]]];
  const out: [string, Path][] = [];
  for (const key of ["all", "any", "of"] as const) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child, i) => out.push(...ruleReferences(child, [...path, key, i])));
  }
  if (node.not !== undefined) out.push(...ruleReferences(node.not, [...path, "not"]));
  return out;
}

/** A rule that reuses itself, directly or through others, could never be decided. */
function reportRuleCycles(rules: Record<string, RuleInput>, path: Path, ctx: BuildContext): void {
  const refs = new Map(
    Object.entries(rules).map(([id, r]) => [id, ruleReferences(r.when, [...path, "rules", id, "when"])]),
  );
  const reported = new Set<string>();
  const walk = (id: string, trail: string[]): void => {
    for (const [next, at] of refs.get(id) ?? []) {
      if (next === trail[0]) {
        const key = [...trail].sort().join(",");
        if (reported.has(key)) continue;
        reported.add(key);
        ctx.report({
          code: "rule-cycle",
          path: at,
          ...phrase("rule-cycle", "cycle", {
            rule: trail[0]!,
            cycle: [...trail, next].map((r) => `\`${r}\``).join(" → "),
          }),
        });
      } else if (refs.has(next) && !trail.includes(next)) walk(next, [...trail, next]);
    }
  };
  for (const id of refs.keys()) walk(id, [id]);
}

function buildRemedy(id: string, input: RemedyInput, path: Path, ctx: BuildContext): RemedyModel {
  if (input.cap !== undefined && input.cap < input.base)
    ctx.report({
      code: "invalid-value",
      path: [...path, "cap"],
      ...phrase("invalid-value", "capBelowBase", { cap: input.cap, base: input.base }),
    });
  return compact({
    id,
    title: label(input.title)!,
    ticket: input.ticket,
    clock: input.clock,
    base: input.base,
    perDay: input.perDay ?? 0,
    cap: input.cap,
    currency: input.currency,
  });
}

function buildKpi(id: string, input: KpiInput, path: Path, ctx: BuildContext): KpiModel | undefined {
  const { needs, may } = MEASURE_KEYS[input.measure];
  for (const key of MEASURE_ONLY_KEYS) {
    if (input[key] !== undefined && !needs.includes(key) && !may.includes(key)) {
      ctx.report({
        code: "invalid-value",
        path: [...path, key],
        ...phrase("invalid-value", "unusedByMeasure", {
          key,
          measure: input.measure,
          keys: listOf(
            needs.map((k) => `\`${k}\``),
            "and",
          ),
        }),
        prefer: "key",
      });
    }
  }
  const missing = needs.filter((k) => input[k] === undefined);
  if (input.stat === "percentile" && input.percentile === undefined) missing.push("percentile");
  if (missing.length) {
    ctx.report({
      code: "missing-key",
      path: path,
      ...phrase("missing-key", "measure", {
        measure: input.measure,
        withStat: input.stat === "percentile" ? phrase("missing-key", "withPercentile", {}).message : "",
        keys: listOf(
          missing.map((k) => `\`${k}\``),
          "and",
        ),
        add: listOf(
          missing.map((k) => `\`${k}:\``),
          "and",
        ),
      }),
      prefer: "key",
    });
    return undefined;
  }
  if (input.percentile !== undefined && input.stat !== "percentile")
    ctx.report({
      code: "invalid-value",
      path: [...path, "percentile"],
      ...phrase("invalid-value", "percentileWithoutStat", {}),
      prefer: "key",
    });
  // Rates are shares; durations are in their unit; a host-supplied fact is a percentage when its
  // target is written as one.
  const writtenAsPercent = [input.target.min, input.target.max].some(
    (b) => typeof b === "string" && b.trim().endsWith("%"),
  );
  const unit: KpiModel["target"]["unit"] =
    input.measure === "clock-duration"
      ? (input.unit ?? "hours")
      : PERCENT_MEASURES.has(input.measure) || (input.measure === "fact" && writtenAsPercent)
        ? "percent"
        : "number";
  const bound = (raw: string | number | undefined, at: Path): number | undefined => {
    if (raw === undefined) return undefined;
    if (typeof raw === "string" && raw.trim().endsWith("%")) {
      if (unit !== "percent") {
        ctx.report({
          code: "invalid-percent",
          path: at,
          ...(unit === "number"
            ? phrase("invalid-percent", "notPercent", { measure: input.measure, raw: raw.replace("%", "").trim() })
            : phrase("invalid-percent", "notPercentUnit", {
                measure: input.measure,
                unit: unitOf(unit),
                raw: raw.replace("%", "").trim(),
              })),
        });
        return undefined;
      }
      return ctx.timed(at, raw, parsePercent, "invalid-percent")?.value.percent;
    }
    if (unit === "percent") {
      ctx.report({
        code: "invalid-percent",
        path: at,
        ...phrase("invalid-percent", "kpiTarget", { measure: input.measure, raw }),
      });
      return undefined;
    }
    const n = typeof raw === "number" ? raw : Number(raw);
    if (!Number.isFinite(n)) {
      ctx.report({
        code: "invalid-value",
        path: at,
        ...phrase("invalid-value", "notANumber", { raw }),
      });
      return undefined;
    }
    return n;
  };
  const min = bound(input.target.min, [...path, "target", "min"]);
  const max = bound(input.target.max, [...path, "target", "max"]);
  if (min !== undefined && max !== undefined && min > max)
    ctx.report({
      code: "impossible-target",
      path: [...path, "target"],
      ...phrase("impossible-target", "bounds", { min, max }),
    });
  const bands = input.bands?.map((b, i) => {
    const at: Path = [...path, "bands", i];
    if (b.grade === undefined && b.points === undefined)
      ctx.report({
        code: "missing-key",
        path: at,
        ...phrase("missing-key", "band", {}),
        prefer: "key",
      });
    return compact({
      grade: b.grade,
      points: b.points,
      min: bound(b.min, [...at, "min"]),
      max: bound(b.max, [...at, "max"]),
    });
  });
  bands?.forEach((b, i) => {
    // A band inside an earlier one's range is never reached: the first band that fits wins.
    const earlier = bands.findIndex(
      (e, j) =>
        j < i &&
        (e.min === undefined || (b.min !== undefined && e.min <= b.min)) &&
        (e.max === undefined || (b.max !== undefined && e.max >= b.max)),
    );
    if (earlier >= 0)
      ctx.report({
        code: "unreachable-band",
        path: [...path, "bands", i],
        ...phrase("unreachable-band", "taken", { band: i + 1, earlier: earlier + 1 }),
        related: [
          { path: [...path, "bands", earlier], message: phrase("unreachable-band", "earlierBand", {}).message },
        ],
      });
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
    stat: input.measure === "clock-duration" ? (input.stat ?? "average") : undefined,
    percentile: input.stat === "percentile" ? input.percentile : undefined,
    clip: input.clip,
    exclude: input.exclude === undefined ? undefined : buildMatcher(input.exclude),
    per: input.per,
    bands,
  });
}
