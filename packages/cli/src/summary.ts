import {
  clockPromises,
  type ClockModel,
  type ClockPromise,
  type DutyModel,
  type EscalationLevel,
  type KpiModel,
  type Label,
  type StandardModel,
  type TargetChoiceModel,
  type TicketKindModel,
  type Lang,
  phrasesIn,
} from "@yardstick/dsl";
import { summaryWords } from "./words/summary-words.js";

const label = (l: Label | undefined, fallback: string) => (l ? [l.zh, l.en].filter(Boolean).join(" · ") : fallback);

type Say = ReturnType<typeof phrasesIn<typeof summaryWords>>;

/**
 * What a standard promises, in a few lines per promise: the main job's output for a newcomer, in
 * English or Chinese (the standard's ids, times and targets as it writes them).
 *
 * @example
 * summarize(loadStandard(text).standard!, "zh");
 */
export function summarize(model: StandardModel, lang: Lang = "en"): string {
  const t: Say = phrasesIn(summaryWords, lang);
  const lines: string[] = [];
  lines.push(`${label(model.title, model.id)}`);
  lines.push(
    `  ${model.id} ${model.version}${model.extends.length ? t("extends", { chain: model.extends.join(" → ") }) : ""} · ${model.timezone} · ${model.hash.slice(0, 19)}…${model.effective ? ` · ${inForce(t, model.effective)}` : ""}`,
  );
  const calendars = Object.values(model.calendars).filter((c) => c.id !== "24x7");
  if (calendars.length) {
    lines.push("", `  ${t("calendars", {})}`);
    for (const c of calendars) {
      const hours = c.hours === "24x7" ? "24x7" : weeklyHours(t, c.hours);
      const holidays = c.holidays?.length
        ? t("holidays", { sets: c.holidays.map((h) => `${h.id} (${h.years.join(", ")})`).join(", ") })
        : "";
      lines.push(`    ${c.id}: ${hours}${holidays}`);
    }
  }
  for (const kind of Object.values(model.tickets)) {
    lines.push("", `  ${t("tickets", { kind: label(kind.title, kind.id) })}`);
    if (kind.priorities.length)
      lines.push(`    ${t("priorities", { list: kind.priorities.map((p) => p.id).join(" > ") })}`);
    for (const clock of Object.values(kind.clocks)) {
      const warn = clock.warn.length ? t("warnAt", { percents: clock.warn.map((w) => `${w}%`).join(", ") }) : "";
      lines.push(`    ${label(clock.title, clock.id)}: ${promises(t, kind, clock)}${warn}`);
      const starts = clock.start.flatMap((c) => (c.kind === "breach" ? [`\`${c.clock}\``] : []));
      if (starts.length) lines.push(`      ${t("startsOnBreach", { clocks: starts.join(t("or", {})) })}`);
      if (clock.priorities) lines.push(`      ${t("onlyFor", { priorities: clock.priorities.join(", ") })}`);
      if (clock.effective) lines.push(`      ${inForce(t, clock.effective)}`);
      if (clock.escalation.length) lines.push(`      ${t("escalate", { levels: escalation(clock.escalation) })}`);
    }
    if (kind.rework)
      lines.push(`    ${t("rework", { within: kind.rework.within.text, fields: kind.rework.same.join(", ") })}`);
    if (kind.ownership === "first-contact") lines.push(`    ${t("firstContact", {})}`);
  }
  const duties = Object.values(model.duties);
  if (duties.length) {
    lines.push("", `  ${t("duties", {})}`);
    for (const duty of duties) {
      const each = duty.each ? t("forEach", { set: duty.each }) : "";
      lines.push(
        `    ${label(duty.title, duty.id)}: ${schedule(t, duty)}${each}${duty.roles.length ? ` · ${duty.roles.join(", ")}` : ""}`,
      );
    }
  }
  for (const audit of Object.values(model.audits)) {
    const audited = { audit: label(audit.title, audit.id), period: t(audit.period, {}), per: audit.per };
    lines.push("", `  ${t("audit", audited)}`);
    for (const kpi of Object.values(audit.kpis)) lines.push(`    ${label(kpi.title, kpi.id)}: ${target(t, kpi)}`);
    const rules = Object.values(audit.rules);
    if (rules.length) {
      const count = { count: rules.length, start: audit.scoring.start };
      const ranked = audit.scoring.rank ? t("ranked", {}) : "";
      lines.push(`    ${t(rules.length === 1 ? "findingRule" : "findingRules", count)}${ranked}`);
    }
  }
  const tests = Object.keys(model.tests).length;
  if (tests) {
    // The tests a parent wrote (`extends`), by the standard that wrote them (their origin).
    const from = new Map<string, number>();
    for (const id of Object.keys(model.tests)) {
      const parent = model.origins[`/tests/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`]?.standard;
      if (parent !== undefined && parent !== model.id) from.set(parent, (from.get(parent) ?? 0) + 1);
    }
    const inherited = [...from].map(([parent, count]) => t("inheritedTests", { count, parent })).join("");
    lines.push("", `  ${t(tests === 1 ? "scenarioTest" : "scenarioTests", { count: tests })}${inherited}`);
  }
  return `${lines.join("\n")}\n`;
}

/** `in force 2026-01-01 – 2026-12-31`, `in force from 2024-01-01`. */
function inForce(t: Say, w: { from?: string; until?: string }): string {
  if (w.from !== undefined && w.until !== undefined) return t("inForce", { from: w.from, until: w.until });
  return w.from !== undefined ? t("inForceFrom", { from: w.from }) : t("inForceUntil", { until: w.until ?? "" });
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** `nov-apr`, `jun, aug`: months (1–12) as runs, a run across the year end written as one. */
function monthsText(t: Say, months: readonly number[]): string {
  const set = new Set(months);
  if (set.size === 12) return t("everyMonth", {});
  const name = (m: number) => t(MONTHS[m - 1]!, {});
  // Start a run at a month whose previous month is not chosen, so a run may wrap December → January.
  const runs: string[] = [];
  for (let m = 1; m <= 12; m++) {
    if (!set.has(m) || set.has(((m + 10) % 12) + 1)) continue;
    let end = m;
    while (set.has((end % 12) + 1)) end = (end % 12) + 1;
    runs.push(end === m ? name(m) : t("monthRun", { first: name(m), last: name(end) }));
  }
  return runs.join(t("listJoin", {}));
}

/** A choice's conditions in words: `nov-apr`, `outside office`, `from 2026-07-01`; `otherwise` when none. */
function choiceText(t: Say, c: TargetChoiceModel): string {
  const when = [
    c.months && monthsText(t, c.months),
    c.between && t("choiceBetween", { range: c.between.text }),
    c.outside && t("choiceOutside", { calendar: c.outside }),
    c.inside && t("choiceInside", { calendar: c.inside }),
    c.from && t("choiceFrom", { date: c.from }),
    c.until && t("choiceUntil", { date: c.until }),
  ].filter(Boolean);
  return `${when.length ? when.join(t("scheduleJoin", {})) : t("otherwise", {})} → ${c.target.text}`;
}

function promiseText(t: Say, p: ClockPromise, clock: ClockModel): string {
  if (clock.dueAt) return t("agreedTime", { field: clock.dueAt });
  if (p.choices) return p.choices.map((c) => choiceText(t, c)).join("; ");
  return p.target?.text ?? t("noTarget", {});
}

/**
 * The targets per priority and the calendar each counts on: `urgent 15m, normal 2h on office`
 * when they share a calendar, `emergency 24 elapsed hours on 24x7, routine 3 workdays on office`
 * when they do not (decision 0060).
 */
function promises(t: Say, kind: TicketKindModel, clock: ClockModel): string {
  const list = clockPromises(kind, clock);
  const on = (calendar: string) => (calendar === "24x7" ? "" : t("onCalendar", { calendar }));
  const named = (p: ClockPromise, text: string) => (p.priority === null ? text : `${p.priority} ${text}`);
  // Choices are bracketed, so the calendar after them reads as theirs: `[nov-apr → 1 workday; …] on office`.
  const wrap = (p: ClockPromise, text: string) => named(p, p.choices ? `[${text}]` : text);
  if (clock.dueAt)
    return `${promiseText(t, list[0] ?? { priority: null, calendar: clock.calendar }, clock)}${on(clock.calendar)}`;
  // One text for every priority (a `*` target): said once.
  const texts = list.map((p) => promiseText(t, p, clock));
  const calendars = new Set(list.map((p) => p.calendar));
  if (calendars.size <= 1) {
    const calendar = on(list[0]?.calendar ?? clock.calendar);
    if (new Set(texts).size === 1 && (clock.targets["*"] || clock.targetChoices?.["*"]))
      return `${list[0]?.choices ? `[${texts[0]}]` : texts[0]}${calendar}`;
    return `${list.map((p, i) => wrap(p, texts[i]!)).join(", ")}${calendar}`;
  }
  return list.map((p, i) => `${wrap(p, texts[i]!)}${t("onCalendar", { calendar: p.calendar })}`).join(", ");
}

const WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** `mon-fri 08:30-12:00, 13:30-17:30; sat 09:00-12:00`: runs of days with the same hours share a line. */
function weeklyHours(t: Say, hours: Partial<Record<(typeof WEEK)[number], { start: string; end: string }[]>>): string {
  const text = WEEK.map((day) => hours[day]?.map((w) => `${w.start}-${w.end}`).join(", "));
  const day = (i: number) => t(WEEK[i]!, {});
  const runs: string[] = [];
  for (let i = 0; i < 7;) {
    let j = i;
    while (j + 1 < 7 && text[j + 1] === text[i]) j++;
    if (text[i] !== undefined)
      runs.push(`${i === j ? day(i) : t("dayRun", { first: day(i), last: day(j) })} ${text[i]}`);
    i = j + 1;
  }
  return runs.join("; ");
}

function escalation(levels: EscalationLevel[]): string {
  return levels.map((l) => `${l.at.text} → ${l.notify.join(", ")}`).join("; ");
}

function schedule(t: Say, duty: DutyModel): string {
  const s = duty.schedule;
  if (s.kind === "triggered") return t("triggered", { within: s.within.text, event: s.on });
  if (s.kind === "date-relative") return t(s.direction, { offset: s.offset.text, of: s.of });
  const parts: string[] = [];
  if (s.rrule) parts.push(s.rrule);
  if (s.quota) {
    const per = t(s.quota.per, {});
    parts.push(s.quota.times === 1 ? t("onceA", { per }) : t("timesA", { times: s.quota.times, per }));
  }
  if (s.by) parts.push(t("by", { time: s.by.text }));
  if (s.every) parts.push(t("every", { every: s.every.text }));
  if (s.between) parts.push(t("between", { range: s.between.text }));
  if (s.at.length) parts.push(t("at", { times: s.at.map((x) => x.text).join(", ") }));
  if (s.monthly.length) parts.push(t("monthly", { days: s.monthly.join(", ") }));
  if (s.days.length < 7) parts.push(t("onDays", { days: s.days.map((d) => t(d, {})).join(t("listJoin", {})) }));
  // Nothing but `days` (or nothing at all) means once on each day chosen.
  return parts.join(t("scheduleJoin", {})) || t("onceADay", {});
}

function target(t: Say, kpi: KpiModel): string {
  const unit = kpi.target.unit === "percent" ? "%" : "";
  // `inclusive: false` makes both bounds strict: a score of exactly 2 misses `max: 2`.
  const [above, below] = kpi.target.inclusive === false ? [">", "<"] : ["≥", "≤"];
  const bounds = [
    kpi.target.min !== undefined && `${above} ${kpi.target.min}${unit}`,
    kpi.target.max !== undefined && `${below} ${kpi.target.max}${unit}`,
  ].filter(Boolean);
  return bounds.join(t("and", {}));
}
