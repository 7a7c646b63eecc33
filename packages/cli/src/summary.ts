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
} from "@yardstick/dsl";

const label = (l: Label | undefined, fallback: string) => (l ? [l.zh, l.en].filter(Boolean).join(" · ") : fallback);

/** What a standard promises, in a few lines per promise: the main job's output for a newcomer. */
export function summarize(model: StandardModel): string {
  const lines: string[] = [];
  lines.push(`${label(model.title, model.id)}`);
  lines.push(
    `  ${model.id} ${model.version}${model.extends.length ? ` (extends ${model.extends.join(" → ")})` : ""} · ${model.timezone} · ${model.hash.slice(0, 19)}…${model.effective ? ` · ${inForce(model.effective)}` : ""}`,
  );
  const calendars = Object.values(model.calendars).filter((c) => c.id !== "24x7");
  if (calendars.length) {
    lines.push("", "  Calendars");
    for (const c of calendars) {
      const hours = c.hours === "24x7" ? "24x7" : weeklyHours(c.hours);
      const holidays = c.holidays?.length
        ? ` · holidays: ${c.holidays.map((h) => `${h.id} (${h.years.join(", ")})`).join(", ")}`
        : "";
      lines.push(`    ${c.id}: ${hours}${holidays}`);
    }
  }
  for (const kind of Object.values(model.tickets)) {
    lines.push("", `  Tickets: ${label(kind.title, kind.id)}`);
    if (kind.priorities.length) lines.push(`    priorities: ${kind.priorities.map((p) => p.id).join(" > ")}`);
    for (const clock of Object.values(kind.clocks)) {
      const warn = clock.warn.length ? ` · warn at ${clock.warn.map((w) => `${w}%`).join(", ")}` : "";
      lines.push(`    ${label(clock.title, clock.id)}: ${promises(kind, clock)}${warn}`);
      const starts = clock.start.flatMap((c) => (c.kind === "breach" ? [`\`${c.clock}\``] : []));
      if (starts.length) lines.push(`      starts when ${starts.join(" or ")} breaches`);
      if (clock.priorities) lines.push(`      only for ${clock.priorities.join(", ")}`);
      if (clock.effective) lines.push(`      ${inForce(clock.effective)}`);
      if (clock.escalation.length) lines.push(`      escalate: ${escalation(clock.escalation)}`);
    }
    if (kind.rework)
      lines.push(`    rework: a repeat within ${kind.rework.within.text} with the same ${kind.rework.same.join(", ")}`);
    if (kind.ownership === "first-contact")
      lines.push("    ownership: first contact owns it until resolved (首问负责制)");
  }
  const duties = Object.values(model.duties);
  if (duties.length) {
    lines.push("", "  Duties");
    for (const duty of duties) {
      const each = duty.each ? ` · for each of ${duty.each}` : "";
      lines.push(
        `    ${label(duty.title, duty.id)}: ${schedule(duty)}${each}${duty.roles.length ? ` · ${duty.roles.join(", ")}` : ""}`,
      );
    }
  }
  for (const audit of Object.values(model.audits)) {
    lines.push("", `  Audit: ${label(audit.title, audit.id)} (per ${audit.period}, by ${audit.per})`);
    for (const kpi of Object.values(audit.kpis)) lines.push(`    ${label(kpi.title, kpi.id)}: ${target(kpi)}`);
    const rules = Object.values(audit.rules);
    if (rules.length)
      lines.push(
        `    ${rules.length} finding rule${rules.length === 1 ? "" : "s"}, score from ${audit.scoring.start}${audit.scoring.rank ? ", ranked" : ""}`,
      );
  }
  const tests = Object.keys(model.tests).length;
  if (tests) lines.push("", `  ${tests} scenario test${tests === 1 ? "" : "s"}`);
  return `${lines.join("\n")}\n`;
}

/** `in force 2026-01-01 – 2026-12-31`, `in force from 2024-01-01`. */
function inForce(w: { from?: string; until?: string }): string {
  if (w.from !== undefined && w.until !== undefined) return `in force ${w.from} – ${w.until}`;
  return w.from !== undefined ? `in force from ${w.from}` : `in force until ${w.until}`;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** `nov-apr`, `jun, aug`: months (1–12) as runs, a run across the year end written as one. */
function monthsText(months: readonly number[]): string {
  const set = new Set(months);
  if (set.size === 12) return "every month";
  // Start a run at a month whose previous month is not chosen, so a run may wrap December → January.
  const runs: string[] = [];
  for (let m = 1; m <= 12; m++) {
    if (!set.has(m) || set.has(((m + 10) % 12) + 1)) continue;
    let end = m;
    while (set.has((end % 12) + 1)) end = (end % 12) + 1;
    runs.push(end === m ? MONTHS[m - 1]! : `${MONTHS[m - 1]}-${MONTHS[end - 1]}`);
  }
  return runs.join(", ");
}

/** A choice's conditions in words: `nov-apr`, `outside office`, `from 2026-07-01`; `otherwise` when none. */
function choiceText(c: TargetChoiceModel): string {
  const when = [
    c.months && monthsText(c.months),
    c.between && `between ${c.between.text}`,
    c.outside && `outside ${c.outside}`,
    c.inside && `inside ${c.inside}`,
    c.from && `from ${c.from}`,
    c.until && `until ${c.until}`,
  ].filter(Boolean);
  return `${when.length ? when.join(" ") : "otherwise"} → ${c.target.text}`;
}

function promiseText(p: ClockPromise, clock: ClockModel): string {
  if (clock.dueAt) return `at the agreed time in \`${clock.dueAt}\``;
  if (p.choices) return p.choices.map(choiceText).join("; ");
  return p.target?.text ?? "no target (measured only)";
}

/**
 * The targets per priority and the calendar each counts on: `urgent 15m, normal 2h on office`
 * when they share a calendar, `emergency 24 elapsed hours on 24x7, routine 3 workdays on office`
 * when they do not (decision 0060).
 */
function promises(kind: TicketKindModel, clock: ClockModel): string {
  const list = clockPromises(kind, clock);
  const on = (calendar: string) => (calendar === "24x7" ? "" : ` on ${calendar}`);
  const named = (p: ClockPromise, text: string) => (p.priority === null ? text : `${p.priority} ${text}`);
  // Choices are bracketed, so the calendar after them reads as theirs: `[nov-apr → 1 workday; …] on office`.
  const wrap = (p: ClockPromise, text: string) => named(p, p.choices ? `[${text}]` : text);
  if (clock.dueAt)
    return `${promiseText(list[0] ?? { priority: null, calendar: clock.calendar }, clock)}${on(clock.calendar)}`;
  // One text for every priority (a `*` target): said once.
  const texts = list.map((p) => promiseText(p, clock));
  const calendars = new Set(list.map((p) => p.calendar));
  if (calendars.size <= 1) {
    const calendar = on(list[0]?.calendar ?? clock.calendar);
    if (new Set(texts).size === 1 && (clock.targets["*"] || clock.targetChoices?.["*"]))
      return `${list[0]?.choices ? `[${texts[0]}]` : texts[0]}${calendar}`;
    return `${list.map((p, i) => wrap(p, texts[i]!)).join(", ")}${calendar}`;
  }
  return list.map((p, i) => `${wrap(p, texts[i]!)} on ${p.calendar}`).join(", ");
}

const WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** `mon-fri 08:30-12:00, 13:30-17:30; sat 09:00-12:00`: runs of days with the same hours share a line. */
function weeklyHours(hours: Partial<Record<(typeof WEEK)[number], { start: string; end: string }[]>>): string {
  const text = WEEK.map((day) => hours[day]?.map((w) => `${w.start}-${w.end}`).join(", "));
  const runs: string[] = [];
  for (let i = 0; i < 7;) {
    let j = i;
    while (j + 1 < 7 && text[j + 1] === text[i]) j++;
    if (text[i] !== undefined) runs.push(`${i === j ? WEEK[i] : `${WEEK[i]}-${WEEK[j]}`} ${text[i]}`);
    i = j + 1;
  }
  return runs.join("; ");
}

function escalation(levels: EscalationLevel[]): string {
  return levels.map((l) => `${l.at.text} → ${l.notify.join(", ")}`).join("; ");
}

function schedule(duty: DutyModel): string {
  const s = duty.schedule;
  if (s.kind === "triggered") return `within ${s.within.text} of ${s.on}`;
  if (s.kind === "date-relative") return `${s.offset.text} ${s.direction} ${s.of}`;
  const parts: string[] = [];
  if (s.rrule) parts.push(s.rrule);
  if (s.quota) parts.push(s.quota.times === 1 ? `once a ${s.quota.per}` : `${s.quota.times} times a ${s.quota.per}`);
  if (s.by) parts.push(`by ${s.by.text}`);
  if (s.every) parts.push(`every ${s.every.text}`);
  if (s.between) parts.push(`between ${s.between.text}`);
  if (s.at.length) parts.push(`at ${s.at.map((t) => t.text).join(", ")}`);
  if (s.monthly.length) parts.push(`monthly on day ${s.monthly.join(", ")}`);
  if (s.days.length < 7) parts.push(`on ${s.days.join(", ")}`);
  // Nothing but `days` (or nothing at all) means once on each day chosen.
  return parts.join(" ") || "once a day";
}

function target(kpi: KpiModel): string {
  const unit = kpi.target.unit === "percent" ? "%" : "";
  // `inclusive: false` makes both bounds strict: a score of exactly 2 misses `max: 2`.
  const [above, below] = kpi.target.inclusive === false ? [">", "<"] : ["≥", "≤"];
  const bounds = [
    kpi.target.min !== undefined && `${above} ${kpi.target.min}${unit}`,
    kpi.target.max !== undefined && `${below} ${kpi.target.max}${unit}`,
  ].filter(Boolean);
  return bounds.join(" and ");
}
