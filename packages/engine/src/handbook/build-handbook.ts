/**
 * The standard as a staff handbook, built from the compiled program the engine enforces: each
 * promise in words, who is told when, which tickets are urgent, pauses, duties as a weekly
 * timetable, audit deductions and the scenario tests as worked examples, checked by the engine.
 * Plain data in one language; `renderHandbook` writes it as Markdown or HTML. Browser-safe.
 */
import {
  clockPromises,
  type ClockModel,
  type DutyModel,
  type Label,
  type RuleCondition,
  type TestModel,
  type TicketKindModel,
} from "@yardstick/dsl";
import type { Program } from "../compile/program.js";
import { runScenarios, type DutyScenarioRunner } from "../scenarios/run-scenarios.js";
import { datedWeek, type DatedWeek } from "./dated-week.js";
import { weeklyTimetable, type WeeklyTimetable } from "./duty-timetable.js";
import { workflowMermaid } from "./mermaid.js";
import { CLOCK_ACTIONS, workflowGraph, type WorkflowGraph } from "./workflow-graph.js";
import {
  cadenceWords,
  calendarWords,
  choiceWords,
  inForceWords,
  scopeWords,
  clockLifeWords,
  deadlineWords,
  durationWords,
  matcherWords,
  say,
  triggerWords,
  type HandbookLang,
} from "./words.js";

export interface HandbookClock {
  id: string;
  title: string;
  /** Per priority (title), or one line for all: `30 分钟内`. */
  targets: { priority?: string; words: string; written: string }[];
  /** `dueAt`: the ticket field holding an agreed time. */
  agreedTime?: string;
  calendar?: string;
  /** When it starts, pauses, resumes, stops, restarts or is cancelled, in words. */
  life: string[];
  warn: string[];
  escalation: { when: string; who: string[] }[];
}

export interface HandbookTicket {
  id: string;
  title: string;
  priorities: { id: string; title: string; when: string; default: boolean }[];
  clocks: HandbookClock[];
  rework?: string;
  ownership: string;
  graph: WorkflowGraph;
  mermaid: string;
}

export interface HandbookDuty {
  id: string;
  title: string;
  cadence: string;
  roles: string[];
  zones: string[];
  checkpoints: string[];
  notify: string[];
  each?: string;
  calendar?: string;
}

export interface HandbookExample {
  id: string;
  title: string;
  subject: string;
  data: string[];
  steps: { at: string; what: string }[];
  expect: { at?: string; what: string }[];
  /** What the engine found running it: passed, failed, or not run (no runner for duties). */
  outcome: "passed" | "failed" | "not-run" | "error";
}

export interface Handbook {
  lang: HandbookLang;
  standard: {
    id: string;
    version: string;
    hash: string;
    title: string;
    description?: string;
    extends: string[];
    timezone: string;
  };
  calendars: { id: string; title: string; hours: string; holidays: string[] }[];
  roles: { id: string; title: string; reportsTo?: string }[];
  tickets: HandbookTicket[];
  duties: HandbookDuty[];
  timetable: WeeklyTimetable;
  /** With the `week` option: that week's real occurrences, holidays and 调休 named. */
  week?: DatedWeek;
  audits: {
    id: string;
    title: string;
    period: string;
    per: string;
    kpis: { id: string; title: string; target: string }[];
    rules: { id: string; title: string; when: string; severity: string; points: number }[];
    scoring: string;
  }[];
  examples: HandbookExample[];
}

export interface HandbookOptions {
  lang?: HandbookLang;
  /** Runs the duty scenarios (the engine's duty planner, when the host has one). */
  dutyRunner?: DutyScenarioRunner;
  /** A date (`2026-10-01`): the handbook also lists the duties of the week it is in, Monday to Sunday. */
  week?: string;
}

const WORDS = {
  zh: {
    all: "所有",
    perPeriod: { day: "每天", week: "每周", month: "每月", quarter: "每季度", year: "每年" },
    per: { zone: "按区域", site: "全小区" },
    scoring: (start: number, floor: number, rank: boolean) =>
      `满分 ${start} 分，按规则扣分，最低 ${floor} 分${rank ? "，各区域排名" : ""}`,
    warn: (p: number) => `用时达到 ${p}% 时预警`,
    agreed: (f: string) => `按约定时间（工单字段 ${f}）`,
    rework: (within: string, same: string) => `${within}内同一${same}再次报修，计为返修`,
    ownership: { "first-contact": "首问负责制：首位接待人负责到底，直至解决", assigned: "每单指定责任人" },
    event: (e: string) => `事件「${e}」`,
    expectState: (s: string) => `状态为「${s}」`,
    expectPriority: (p: string) => `优先级为「${p}」`,
    expectDue: (c: string, d: string) => `${c} 的时限为 ${d}`,
    expectStatus: (c: string, s: string) => `${c}：${s}`,
    expectNotified: (who: string) => `已通知 ${who}`,
    expectOccurrences: (list: string) => `应做时间：${list}`,
    listSep: "、",
    status: {
      running: "计时中",
      paused: "已暂停",
      stopped: "已停止（按时）",
      warning: "已预警",
      breached: "已超时",
      cancelled: "已作废",
      "not-started": "未开始",
    } as Record<string, string>,
    closedHours: "24 小时",
  },
  en: {
    all: "all",
    perPeriod: { day: "daily", week: "weekly", month: "monthly", quarter: "quarterly", year: "yearly" },
    per: { zone: "per zone", site: "for the whole site" },
    scoring: (start: number, floor: number, rank: boolean) =>
      `starts at ${start}, each finding deducts its points, never below ${floor}${rank ? "; zones are ranked" : ""}`,
    warn: (p: number) => `a warning at ${p}% of the time`,
    agreed: (f: string) => `at the time agreed (ticket field ${f})`,
    rework: (within: string, same: string) => `a repeat within ${within} with the same ${same} counts as rework`,
    ownership: {
      "first-contact": "first contact owns it until it is resolved (首问负责制)",
      assigned: "each ticket has an assigned owner",
    },
    event: (e: string) => `event “${e}”`,
    expectState: (s: string) => `the state is “${s}”`,
    expectPriority: (p: string) => `the priority is “${p}”`,
    expectDue: (c: string, d: string) => `${c} is due ${d}`,
    expectStatus: (c: string, s: string) => `${c}: ${s}`,
    expectNotified: (who: string) => `notified: ${who}`,
    expectOccurrences: (list: string) => `due: ${list}`,
    listSep: ", ",
    status: {
      running: "running",
      paused: "paused",
      stopped: "stopped (kept)",
      warning: "warning",
      breached: "breached",
      cancelled: "cancelled",
      "not-started": "not started",
    } as Record<string, string>,
    closedHours: "24 hours",
  },
} as const;

/**
 * The handbook of a compiled standard, in one language.
 *
 * @example
 * const handbook = buildHandbook(program, { lang: "en" });
 * renderHandbook(handbook, { format: "html" }); // one self-contained, printable page
 */
export function buildHandbook(program: Program, options: HandbookOptions = {}): Handbook {
  const lang = options.lang ?? "zh";
  const w = WORDS[lang];
  const model = program.model;
  const role = (id: string) => say(model.roles[id]?.title, lang, id);
  const report = runScenarios(program, options.dutyRunner ? { duty: options.dutyRunner } : {});
  const outcomes = new Map(report.results.map((r) => [r.id, r.outcome]));

  return {
    lang,
    standard: {
      id: model.id,
      version: model.version,
      hash: model.hash,
      title: say(model.title, lang, model.id),
      ...(model.description ? { description: say(model.description, lang, "") } : {}),
      extends: model.extends,
      timezone: model.timezone,
    },
    calendars: Object.values(model.calendars)
      .filter((c) => c.id !== "24x7")
      .map((c) => ({
        id: c.id,
        title: say(c.title, lang, c.id),
        hours: c.hours === "24x7" ? w.closedHours : weeklyHours(c.hours, lang),
        holidays: (c.holidays ?? []).map((h) => `${say(h.title, lang, h.id)} (${h.years.join(", ")})`),
      })),
    roles: Object.values(model.roles).map((r) => ({
      id: r.id,
      title: role(r.id),
      ...(r.reportsTo ? { reportsTo: role(r.reportsTo) } : {}),
    })),
    tickets: Object.values(model.tickets).map((kind) => ticketOf(program, kind, lang, role)),
    duties: Object.values(model.duties).map((d) => dutyOf(d, lang, role, program)),
    timetable: weeklyTimetable(Object.values(model.duties), lang),
    ...(options.week !== undefined ? { week: datedWeek(program, options.week, lang) } : {}),
    audits: Object.values(model.audits).map((a) => ({
      id: a.id,
      title: say(a.title, lang, a.id),
      period: w.perPeriod[a.period],
      per: w.per[a.per],
      kpis: Object.values(a.kpis).map((k) => {
        const unit = k.target.unit === "percent" ? "%" : "";
        const ge = k.target.inclusive ? "≥" : ">";
        const le = k.target.inclusive ? "≤" : "<";
        const bounds = [
          k.target.min !== undefined ? `${ge} ${k.target.min}${unit}` : undefined,
          k.target.max !== undefined ? `${le} ${k.target.max}${unit}` : undefined,
        ].filter(Boolean);
        return { id: k.id, title: say(k.title, lang, k.id), target: bounds.join(lang === "zh" ? " 且 " : " and ") };
      }),
      rules: Object.values(a.rules).map((r) => ({
        id: r.id,
        title: say(r.title, lang, r.id),
        when: conditionWords(r.when, lang, (id) => say(a.kpis[id]?.title, lang, id)),
        severity: r.severity,
        points: r.points,
      })),
      scoring: w.scoring(a.scoring.start, a.scoring.floor, a.scoring.rank),
    })),
    examples: Object.values(model.tests).map((t) => exampleOf(program, t, lang, role, outcomes.get(t.id) ?? "not-run")),
  };
}

function ticketOf(
  program: Program,
  kind: TicketKindModel,
  lang: HandbookLang,
  role: (id: string) => string,
): HandbookTicket {
  const w = WORDS[lang];
  const graph = workflowGraph(program, kind.id);
  return {
    id: kind.id,
    title: say(kind.title, lang, kind.id),
    priorities: kind.priorities.map((p) => ({
      id: p.id,
      title: say(p.title, lang, p.id),
      when: p.when.length ? matcherWords(p.when, lang, kind) : "",
      default: p.default,
    })),
    clocks: Object.values(kind.clocks).map((c) => clockOf(program, kind, c, lang, role)),
    ...(kind.rework
      ? {
          rework: w.rework(
            durationWords(kind.rework.within.value, lang),
            kind.rework.same.map((f) => say(kind.fields[f]?.title, lang, f)).join(w.listSep),
          ),
        }
      : {}),
    ownership: w.ownership[kind.ownership],
    graph,
    mermaid: workflowMermaid(graph, { lang }),
  };
}

function clockOf(
  program: Program,
  kind: TicketKindModel,
  clock: ClockModel,
  lang: HandbookLang,
  role: (id: string) => string,
): HandbookClock {
  const w = WORDS[lang];
  const title = say(clock.title, lang, clock.id);
  const priorityTitle = (id: string) => say(kind.priorities.find((p) => p.id === id)?.title, lang, id);
  const calendarTitle = (id: string) => (id === "24x7" ? "24x7" : say(program.model.calendars[id]?.title, lang, id));
  const promises = clockPromises(kind, clock);
  // One line for every priority when they share a target (a `*` one) and a calendar; else one per priority.
  const shared =
    (Object.hasOwn(clock.targets, "*") || Object.hasOwn(clock.targetChoices ?? {}, "*")) &&
    promises.every(
      (p) => p.target === promises[0]?.target && p.choices === promises[0]?.choices && p.calendar === clock.calendar,
    );
  const targets = (shared ? promises.slice(0, 1) : promises).flatMap((p) => {
    const words = p.choices
      ? p.choices
          .map((c) => `${choiceWords(c, lang, calendarTitle)}${deadlineWords(c.target.value, lang)}`)
          .join(lang === "zh" ? "；" : "; ")
      : p.target && deadlineWords(p.target.value, lang);
    if (words === undefined) return [];
    // A priority counted on another calendar than the clock's says so with its target (decision 0060).
    const own = p.calendar !== clock.calendar ? calendarWords(calendarTitle(p.calendar), lang) : "";
    return [
      {
        ...(shared || p.priority === null ? {} : { priority: priorityTitle(p.priority) }),
        words: `${words}${own}`,
        written: p.choices ? p.choices.map((c) => c.target.text).join("; ") : p.target!.text,
      },
    ];
  });
  const graph = workflowGraph(program, kind.id);
  // In the order of a clock's life: start, pause, resume, stop, reset, cancel.
  const moments: [number, string][] = [];
  for (const s of graph.states)
    for (const m of s.clocks)
      if (m.clock === clock.id)
        moments.push([
          CLOCK_ACTIONS.indexOf(m.action),
          clockLifeWords(m.action, { state: say(s.title, lang, s.id) }, lang),
        ]);
  const seen = new Set<string>();
  for (const t of [...graph.transitions, ...graph.signals])
    for (const m of t.clocks) {
      const key = `${m.action} ${t.event} ${JSON.stringify(m.when ?? [])}`;
      if (m.clock !== clock.id || seen.has(key)) continue;
      seen.add(key);
      const when = m.when && matcherWords(m.when, lang, kind);
      moments.push([
        CLOCK_ACTIONS.indexOf(m.action),
        clockLifeWords(m.action, { event: say(t.eventTitle, lang, t.event) }, lang, when),
      ]);
    }
  // A follow-on obligation starts on another clock's breach (decision 0084).
  for (const c of clock.start)
    if (c.kind === "breach")
      moments.push([
        CLOCK_ACTIONS.indexOf("start"),
        clockLifeWords("start", { breachOf: say(kind.clocks[c.clock]?.title, lang, c.clock) }, lang),
      ]);
  const life = moments.sort((a, b) => a[0] - b[0]).map(([, text]) => text);
  // When it applies at all: the priorities it is limited to, the dates it is in force (decisions 0060, 0061).
  if (clock.priorities !== undefined) life.push(scopeWords(clock.priorities.map(priorityTitle), lang));
  if (clock.effective !== undefined) life.push(inForceWords(clock.effective, lang));
  const calendar = program.model.calendars[clock.calendar];
  return {
    id: clock.id,
    title,
    targets,
    ...(clock.dueAt ? { agreedTime: w.agreed(say(kind.fields[clock.dueAt]?.title, lang, clock.dueAt)) } : {}),
    ...(clock.calendar !== "24x7" ? { calendar: say(calendar?.title, lang, clock.calendar) } : {}),
    life,
    warn: clock.warn.map((p) => w.warn(p)),
    escalation: clock.escalation.map((l) => ({ when: triggerWords(l.at.value, lang), who: l.notify.map(role) })),
  };
}

function dutyOf(duty: DutyModel, lang: HandbookLang, role: (id: string) => string, program: Program): HandbookDuty {
  return {
    id: duty.id,
    title: say(duty.title, lang, duty.id),
    cadence: cadenceWords(duty, lang),
    roles: duty.roles.map(role),
    zones: duty.zones,
    checkpoints: duty.checkpoints.map((c) => say(c.title, lang, c.id)),
    notify: duty.notify.map(role),
    ...(duty.each ? { each: duty.each } : {}),
    ...(duty.calendar ? { calendar: say(program.model.calendars[duty.calendar]?.title, lang, duty.calendar) } : {}),
  };
}

function exampleOf(
  program: Program,
  test: TestModel,
  lang: HandbookLang,
  role: (id: string) => string,
  outcome: HandbookExample["outcome"],
): HandbookExample {
  const w = WORDS[lang];
  const model = program.model;
  const kind = test.subject.kind === "ticket" ? model.tickets[test.subject.ticket] : undefined;
  const duty = test.subject.kind === "duty" ? model.duties[test.subject.duty] : undefined;
  const state = (id: string) => say(kind?.states[id]?.title, lang, id);
  const clock = (id: string) => say(kind?.clocks[id]?.title, lang, id);
  const subject = kind ? say(kind.title, lang, kind.id) : duty ? say(duty.title, lang, duty.id) : "";
  const expectations = test.expect.map((e) => {
    const parts: string[] = [];
    if (e.priority)
      parts.push(w.expectPriority(say(kind?.priorities.find((p) => p.id === e.priority)?.title, lang, e.priority)));
    if (e.state) parts.push(w.expectState(state(e.state)));
    if (e.clock && e.due) parts.push(w.expectDue(clock(e.clock), e.due));
    if (e.clock && e.status) parts.push(w.expectStatus(clock(e.clock), w.status[e.status] ?? e.status));
    if (e.notified) parts.push(w.expectNotified(e.notified.map(role).join(w.listSep)));
    if (e.occurrences) parts.push(w.expectOccurrences(e.occurrences.join(w.listSep)));
    return { ...(e.at ? { at: e.at } : {}), what: parts.join(lang === "zh" ? "；" : "; ") };
  });
  return {
    id: test.id,
    title: say(test.title as Label | undefined, lang, test.id),
    subject,
    data: Object.entries(test.data).map(([k, v]) => `${say(kind?.fields[k]?.title, lang, k)} = ${String(v)}`),
    steps: test.steps.map((s) => ({
      at: s.at,
      what:
        say(kind?.events[s.event]?.title, lang, s.event) +
        (s.data
          ? ` (${Object.entries(s.data)
              .map(([k, v]) => `${k} = ${String(v)}`)
              .join(", ")})`
          : ""),
    })),
    expect: expectations,
    outcome,
  };
}

/** When an audit rule finds something: `回访及时率 未达标` / `Callbacks on time misses its target`. */
function conditionWords(c: RuleCondition, lang: HandbookLang, kpi: (id: string) => string): string {
  const zh = lang === "zh";
  if ("kpi" in c)
    return c.met
      ? zh
        ? `${kpi(c.kpi)} 达标`
        : `${kpi(c.kpi)} meets its target`
      : zh
        ? `${kpi(c.kpi)} 未达标`
        : `${kpi(c.kpi)} misses its target`;
  if ("all" in c) return c.all.map((x) => conditionWords(x, lang, kpi)).join(zh ? "，且 " : ", and ");
  if ("any" in c) return c.any.map((x) => conditionWords(x, lang, kpi)).join(zh ? "，或 " : ", or ");
  if ("not" in c) return `${zh ? "并非" : "not"} (${conditionWords(c.not, lang, kpi)})`;
  if ("atLeast" in c)
    return `${zh ? `以下至少 ${c.atLeast} 项成立：` : `at least ${c.atLeast} of: `}${c.of.map((x) => conditionWords(x, lang, kpi)).join(zh ? "；" : "; ")}`;
  if ("rule" in c) return zh ? `规则 ${c.rule} 成立` : `rule ${c.rule} holds`;
  if ("within" in c) {
    const [side, other] = "after" in c ? ["after", c.after] : ["before", c.before];
    return zh
      ? `${c.fact} 在 ${other} ${side === "after" ? "之后" : "之前"} ${c.within.text} 内`
      : `${c.fact} within ${c.within.text} ${side} ${other}`;
  }
  return `${c.fact}${c.path ? ` ${c.path}` : ""} ${c.operator} ${JSON.stringify(c.value)}`;
}

const WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

function weeklyHours(
  hours: Partial<Record<(typeof WEEK)[number], { start: string; end: string }[]>>,
  lang: HandbookLang,
): string {
  const names =
    lang === "zh"
      ? ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
      : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  const text = WEEK.map((d) => hours[d]?.map((x) => `${x.start}–${x.end}`).join(", "));
  const runs: string[] = [];
  for (let i = 0; i < 7;) {
    let j = i;
    while (j + 1 < 7 && text[j + 1] === text[i]) j++;
    if (text[i] !== undefined) runs.push(`${i === j ? names[i] : `${names[i]}–${names[j]}`} ${text[i]}`);
    i = j + 1;
  }
  return runs.join(lang === "zh" ? "；" : "; ");
}
