/**
 * The parent's promises as commented YAML a community un-comments to override: every clock's
 * target, calendar, warnings and escalation; which tickets are urgent; every duty's cadence, who
 * is told and its escalation; every KPI target and every audit rule's severity and points. Written
 * from the resolved model (the texts as the parent wrote them), so what is listed is what is
 * inherited, whichever ancestor wrote it; each block names the file and line it comes from.
 */
import type { DutyModel, EscalationLevel, KpiModel, Label, Matcher, StandardModel } from "@yardstick/dsl";

/** A YAML flow scalar: plain when YAML reads it back as the same string, JSON-quoted otherwise. */
export function scalar(value: string | number | boolean): string {
  if (typeof value !== "string") return String(value);
  const plain =
    /^[^\s{}[\],&*#?|<>=!%@`'"-][^{}[\],#]*$/.test(value) &&
    !/: |:$|\s$/.test(value) &&
    !/^(true|false|null|~|yes|no|on|off|y|n)$/i.test(value) &&
    !/^[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

const list = (values: (string | number)[]) =>
  values.length === 1 ? scalar(values[0]!) : `[${values.map(scalar).join(", ")}]`;
const flow = (entries: [string, string][]) => `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(", ")} }`;
const label = (l: Label | undefined) => [l?.zh, l?.en].filter(Boolean).join(" · ");

/** A line of the tree: depth, key, value (none for a parent key), a trailing note. */
interface Line {
  depth: number;
  text: string;
  note?: string;
}

export interface PromiseListing {
  lines: string[];
  /** How many promises are listed (each leaf key), for the command's summary. */
  count: number;
}

/** The commented YAML (`# ` + YAML, notes as trailing comments), one block per top-level key. */
export function listPromises(model: StandardModel): PromiseListing {
  const out: Line[] = [];
  let count = 0;
  // Where the first of these values was written: a block names the file its values come from.
  const origin = (...pointers: string[]) => {
    for (const pointer of pointers) {
      const o = model.origins[pointer];
      if (o) return `${o.file}:${o.line}`;
    }
    return undefined;
  };
  const key = (depth: number, name: string, note?: string) =>
    out.push({ depth, text: `${scalar(name)}:`, ...(note ? { note } : {}) });
  const leaf = (depth: number, name: string, value: string, note?: string) => {
    count++;
    out.push({ depth, text: `${name}: ${value}`, ...(note ? { note } : {}) });
  };
  const escalation = (depth: number, levels: EscalationLevel[]) => {
    if (levels.length === 0) return;
    count++;
    out.push({ depth, text: "escalate:" });
    for (const l of levels)
      out.push({
        depth: depth + 1,
        text: `- ${flow([
          ["at", scalar(l.at.text)],
          ["notify", list(l.notify)],
        ])}`,
      });
  };

  const kinds = Object.values(model.tickets).filter(
    (k) => Object.keys(k.clocks).length > 0 || k.priorities.some((p) => p.when.length > 0),
  );
  if (kinds.length > 0) {
    out.push({ depth: 0, text: "tickets:" });
    for (const kind of kinds) {
      key(1, kind.id, label(kind.title));
      const matched = kind.priorities.filter((p) => p.when.length > 0);
      if (matched.length > 0) {
        key(2, "priorities", "which tickets are which priority; the first that matches wins");
        for (const p of matched) {
          key(3, p.id, label(p.title));
          leaf(4, "when", matcher(p.when), origin(`/tickets/${kind.id}/priorities/${p.id}/when`));
        }
      }
      if (Object.keys(kind.clocks).length > 0) key(2, "clocks");
      for (const clock of Object.values(kind.clocks)) {
        const base = `/tickets/${kind.id}/clocks/${clock.id}`;
        const at = origin(`${base}/target`, `${base}/dueAt`, base);
        key(3, clock.id, [label(clock.title), at].filter(Boolean).join(" — "));
        const targets = Object.entries(clock.targets);
        if (targets.length > 0) {
          const star = clock.targets["*"];
          leaf(
            4,
            "target",
            star && targets.length === 1 ? scalar(star.text) : flow(targets.map(([p, t]) => [p, scalar(t.text)])),
          );
        }
        if (clock.dueAt !== undefined) leaf(4, "dueAt", scalar(clock.dueAt), "the ticket field with the agreed time");
        leaf(4, "calendar", scalar(clock.calendar));
        if (clock.warn.length > 0) leaf(4, "warn", list(clock.warn.map((w) => `${w}%`)));
        escalation(4, clock.escalation);
      }
      if (kind.rework) {
        key(2, "rework", "a repeat of the same problem counts as rework");
        leaf(3, "within", scalar(kind.rework.within.text));
        leaf(3, "same", `[${kind.rework.same.map(scalar).join(", ")}]`);
      }
    }
  }

  const duties = Object.values(model.duties);
  if (duties.length > 0) {
    out.push({ depth: 0, text: "duties:" });
    for (const duty of duties) {
      const keys = cadence(duty);
      const at = origin(...keys.map(([name]) => `/duties/${duty.id}/${name}`), `/duties/${duty.id}`);
      key(1, duty.id, [label(duty.title), at].filter(Boolean).join(" — "));
      for (const [name, value] of keys) leaf(2, name, value);
      if (duty.tolerance) leaf(2, "tolerance", scalar(duty.tolerance.text));
      if (duty.notify.length > 0) leaf(2, "notify", list(duty.notify));
      escalation(2, duty.escalation);
    }
  }

  const audits = Object.values(model.audits);
  if (audits.length > 0) {
    out.push({ depth: 0, text: "audits:" });
    for (const audit of audits) {
      key(1, audit.id, label(audit.title));
      const kpis = Object.values(audit.kpis);
      if (kpis.length > 0) key(2, "kpis");
      for (const kpi of kpis) {
        key(
          3,
          kpi.id,
          [label(kpi.title), origin(`/audits/${audit.id}/kpis/${kpi.id}/target`)].filter(Boolean).join(" — "),
        );
        leaf(4, "target", target(kpi));
        // `inclusive` defaults to true: listed only where the parent made a bound exclusive.
        if (!kpi.target.inclusive) leaf(4, "inclusive", "false", "a value equal to the bound does not meet it");
      }
      const rules = Object.values(audit.rules);
      if (rules.length > 0) key(2, "rules");
      for (const rule of rules) {
        key(3, rule.id, label(rule.title));
        leaf(4, "severity", rule.severity);
        leaf(4, "points", String(rule.points), "deducted from the score");
      }
    }
  }
  const lines = out.map((l) => `# ${"  ".repeat(l.depth)}${l.text}${l.note ? `  # ${l.note}` : ""}`);
  return { lines, count };
}

/** A duty's cadence keys, as the DSL reads them. */
function cadence(duty: DutyModel): [string, string][] {
  const s = duty.schedule;
  if (s.kind === "triggered")
    return [
      ["on", scalar(s.on)],
      ["within", scalar(s.within.text)],
    ];
  if (s.kind === "date-relative")
    return [
      [s.direction, scalar(s.offset.text)],
      ["of", scalar(s.of)],
    ];
  const keys: [string, string][] = [];
  if (s.rrule) keys.push(["rrule", scalar(s.rrule)]);
  if (s.quota) keys.push(["times", String(s.quota.times)], ["per", s.quota.per]);
  if (s.by) keys.push(["by", scalar(s.by.text)]);
  if (s.every) keys.push(["every", scalar(s.every.text)]);
  if (s.between) keys.push(["between", scalar(s.between.text)]);
  if (s.at.length > 0) keys.push(["at", `[${s.at.map((t) => scalar(t.text)).join(", ")}]`]);
  if (s.days.length < 7 && !s.rrule) keys.push(["days", `[${s.days.join(", ")}]`]);
  if (s.monthly.length > 0) keys.push(["monthly", `[${s.monthly.join(", ")}]`]);
  return keys;
}

function target(kpi: KpiModel): string {
  const unit = kpi.target.unit === "percent" ? "%" : "";
  const bounds: [string, string][] = [];
  if (kpi.target.min !== undefined) bounds.push(["min", `${kpi.target.min}${unit}`]);
  if (kpi.target.max !== undefined) bounds.push(["max", `${kpi.target.max}${unit}`]);
  return flow(bounds);
}

/** A matcher as the DSL writes it: `{ category: [water_leak, power_cut], floor: { gte: 10 } }`. */
function matcher(m: Matcher): string {
  const byField = new Map<string, Matcher>();
  for (const test of m) byField.set(test.field, [...(byField.get(test.field) ?? []), test]);
  const value = (v: Matcher[number]["value"]) => (Array.isArray(v) ? `[${v.map(scalar).join(", ")}]` : scalar(v));
  return flow(
    [...byField].map(([field, tests]) => {
      const [only] = tests;
      if (tests.length === 1 && only!.op === "eq" && !Array.isArray(only!.value)) return [field, value(only!.value)];
      if (tests.length === 1 && only!.op === "in" && Array.isArray(only!.value)) return [field, value(only!.value)];
      return [field, flow(tests.map((t) => [t.op, value(t.value)]))];
    }),
  );
}
