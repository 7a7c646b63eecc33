/**
 * The handbook's and the diagram's words for the model's values, in Chinese and English: a
 * deadline, a duration, an escalation step, a matcher, a duty's cadence. Each reads the parsed
 * value, never the text as written, so the words say what the engine enforces.
 */
import type { DutyModel, EscalationTrigger, Label, Matcher, TicketKindModel } from "@yardstick/dsl";
import type { ReportLang } from "../audits/report/report-text.js";
import type { ClockAction } from "./workflow-graph.js";

export type HandbookLang = ReportLang;

type Deadline = TicketKindModel["clocks"][string]["targets"][string]["value"];
type Duration = Extract<Deadline, { kind: "duration" | "calendar-days" | "calendar-months" }>;

/** A label in `lang`, else the other language, else the id. */
export function say(label: Label | undefined, lang: HandbookLang, id: string): string {
  return (lang === "zh" ? (label?.zh ?? label?.en) : (label?.en ?? label?.zh)) ?? id;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `1 小时 30 分钟` / `1 hour 30 minutes`: a span of milliseconds in whole units. */
export function spanWords(ms: number, lang: HandbookLang, business = false): string {
  const minutes = Math.round(ms / 60_000);
  const parts: [number, string, string][] = [
    [Math.floor(minutes / 1440), "天", "day"],
    [Math.floor((minutes % 1440) / 60), "小时", "hour"],
    [minutes % 60, "分钟", "minute"],
  ];
  // Business time is counted in working hours, never in days.
  if (business) parts.splice(0, 2, [0, "", ""], [Math.floor(minutes / 60), "工作小时", "working hour"]);
  const used = parts.filter(([n]) => n > 0);
  if (used.length === 0) return lang === "zh" ? "0 分钟" : "0 minutes";
  return used.map(([n, zh, en]) => (lang === "zh" ? `${n} ${zh}` : plural(n, en))).join(" ");
}

export function durationWords(d: Duration, lang: HandbookLang): string {
  if (d.kind === "duration") return spanWords(d.ms, lang, d.business);
  if (d.kind === "calendar-days") return lang === "zh" ? `${d.days} 天` : plural(d.days, "day");
  return lang === "zh" ? `${d.months} 个月` : plural(d.months, "month");
}

/** When a clock with this target falls due, counted from its start. */
export function deadlineWords(d: Deadline, lang: HandbookLang): string {
  const zh = lang === "zh";
  switch (d.kind) {
    case "duration":
    case "calendar-days":
    case "calendar-months":
      return zh ? `${durationWords(d, lang)}内` : `within ${durationWords(d, lang)}`;
    case "workdays":
      return zh ? `${d.workdays} 个工作日内` : `within ${plural(d.workdays, "working day")}`;
    case "end-of-day":
      if (d.days === 0) return zh ? "当天 24:00 前" : "by midnight the same day";
      return zh ? `第 ${d.days} 天 24:00 前` : `by midnight ${plural(d.days, "day")} later`;
    case "end-of-workday":
      if (d.workdays === 0) return zh ? "当个工作日下班前" : "by the close of the same working day";
      return zh ? `第 ${d.workdays} 个工作日下班前` : `by the close of the ${ordinal(d.workdays)} working day after`;
    case "at-time": {
      const later = d.workdays > 0 ? d.workdays : d.days;
      const unit = d.workdays > 0 ? (zh ? "个工作日" : "working day") : zh ? "天" : "day";
      if (later === 0) return zh ? `当天 ${d.time} 前` : `by ${d.time} the same day`;
      return zh ? `${later} ${unit}后的 ${d.time} 前` : `by ${d.time}, ${plural(later, unit)} later`;
    }
  }
}

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? "st"
      : n % 10 === 2 && n % 100 !== 12
        ? "nd"
        : n % 10 === 3 && n % 100 !== 13
          ? "rd"
          : "th";
  return `${n}${suffix}`;
}

/** When an escalation step fires: `超时后 15 分钟` / `15 minutes after the breach`. */
export function triggerWords(t: EscalationTrigger, lang: HandbookLang): string {
  const zh = lang === "zh";
  if (t.anchor === "elapsed-percent") return zh ? `用时达到 ${t.percent}% 时` : `at ${t.percent}% of the time`;
  const anchor = { start: ["开始计时", "the start"], warning: ["预警", "the warning"], breach: ["超时", "the breach"] }[
    t.anchor
  ];
  if (t.offsetMs === 0) return zh ? `${anchor[0]}时` : `at ${anchor[1]}`;
  const span = spanWords(Math.abs(t.offsetMs), lang);
  if (t.offsetMs < 0) return zh ? `${anchor[0]}前 ${span}` : `${span} before ${anchor[1]}`;
  return zh ? `${anchor[0]}后 ${span}` : `${span} after ${anchor[1]}`;
}

const OPERATORS: Record<string, [string, string]> = {
  eq: ["为", "is"],
  ne: ["不为", "is not"],
  in: ["为以下之一：", "is one of"],
  notIn: ["不为以下任何一项：", "is none of"],
  gt: ["大于", "is more than"],
  gte: ["不小于", "is at least"],
  lt: ["小于", "is less than"],
  lte: ["不大于", "is at most"],
};

/** `报修类别 为以下之一：water_leak、power_cut` / `Category is one of water_leak, power_cut`. */
export function matcherWords(m: Matcher, lang: HandbookLang, kind?: TicketKindModel): string {
  const zh = lang === "zh";
  return m
    .map((test) => {
      const field = say(kind?.fields[test.field]?.title, lang, test.field);
      const values = (Array.isArray(test.value) ? test.value : [test.value]).map(String).join(zh ? "、" : ", ");
      if (test.op === "exists")
        return test.value === false
          ? zh
            ? `未填写${field}`
            : `${field} is not given`
          : zh
            ? `已填写${field}`
            : `${field} is given`;
      const [z, e] = OPERATORS[test.op] ?? [test.op, test.op];
      return zh ? `${field} ${z}${z.endsWith("：") ? "" : " "}${values}` : `${field} ${e} ${values}`;
    })
    .join(zh ? "，且 " : ", and ");
}

const ACTIONS: Record<ClockAction, [string, string]> = {
  start: ["开始计时", "starts"],
  pause: ["暂停计时", "pauses"],
  resume: ["恢复计时", "resumes"],
  stop: ["停止计时", "stops"],
  reset: ["重新计时", "restarts"],
  cancel: ["计时作废", "cancelled"],
};

const LIFE: Record<ClockAction, [string, string]> = {
  start: ["开始计时", "Starts"],
  pause: ["暂停计时", "Pauses"],
  resume: ["恢复计时", "Resumes"],
  stop: ["停止计时", "Stops"],
  reset: ["重新计时", "Restarts"],
  cancel: ["计时作废", "Is cancelled"],
};

/** A clock's moment for staff: `进入「已报修」时开始计时` / `Starts when the ticket enters “Reported”`. */
export function clockLifeWords(
  action: ClockAction,
  where: { state: string } | { event: string } | { breachOf: string },
  lang: HandbookLang,
  when?: string,
): string {
  const [zh, en] = LIFE[action];
  if ("breachOf" in where)
    return lang === "zh" ? `「${where.breachOf}」超时时${zh}` : `${en} when “${where.breachOf}” is breached`;
  if ("state" in where)
    return lang === "zh" ? `进入「${where.state}」时${zh}` : `${en} when the ticket enters “${where.state}”`;
  if (lang === "zh") return `「${where.event}」时${zh}${when ? `（当 ${when}）` : ""}`;
  return `${en} on “${where.event}”${when ? `, when ${when}` : ""}`;
}

/** `◷ 上门：开始计时（当 …）` / `◷ On site (starts when …)`; `when` is a matcher in words. */
export function clockActionWords(action: ClockAction, clock: string, lang: HandbookLang, when?: string): string {
  const [zh, en] = ACTIONS[action];
  if (lang === "zh") return `◷ ${clock}：${zh}${when ? `（当 ${when}）` : ""}`;
  return `◷ ${clock} (${en}${when ? ` when ${when}` : ""})`;
}

const PERIOD_WORDS: Record<string, [string, string]> = {
  day: ["每天", "day"],
  week: ["每周", "week"],
  month: ["每月", "month"],
  quarter: ["每季度", "quarter"],
  year: ["每年", "year"],
};
const WEEKDAY_WORDS: Record<string, [string, string]> = {
  mon: ["周一", "Mon"],
  tue: ["周二", "Tue"],
  wed: ["周三", "Wed"],
  thu: ["周四", "Thu"],
  fri: ["周五", "Fri"],
  sat: ["周六", "Sat"],
  sun: ["周日", "Sun"],
};

export function weekdayWords(day: string, lang: HandbookLang): string {
  const w = WEEKDAY_WORDS[day];
  return w ? w[lang === "zh" ? 0 : 1] : day;
}

/** A duty's cadence in words: `每天 22:00–06:00 每 2 小时一次` / `every 2 hours between 22:00 and 06:00`. */
export function cadenceWords(duty: DutyModel, lang: HandbookLang): string {
  const zh = lang === "zh";
  const s = duty.schedule;
  if (s.kind === "triggered")
    return zh
      ? `发生 ${s.on} 后 ${durationWords(s.within.value, lang)}内`
      : `within ${durationWords(s.within.value, lang)} of ${s.on}`;
  if (s.kind === "date-relative") {
    const span = durationWords(s.offset.value, lang);
    if (zh) return `${s.of} 之${s.direction === "before" ? "前" : "后"} ${span}`;
    return `${span} ${s.direction} ${s.of}`;
  }
  const parts: string[] = [];
  const days = s.days.length < 7 ? s.days.map((d) => weekdayWords(d, lang)).join(zh ? "、" : ", ") : undefined;
  if (s.quota) {
    const [pz, pe] = PERIOD_WORDS[s.quota.per]!;
    parts.push(zh ? `${pz} ${s.quota.times} 次` : `${s.quota.times === 1 ? "once" : `${s.quota.times} times`} a ${pe}`);
  }
  if (s.by) parts.push(zh ? `${s.by.value.time} 前完成` : `done by ${s.by.value.time}`);
  if (s.every)
    parts.push(zh ? `每 ${durationWords(s.every.value, lang)}一次` : `every ${durationWords(s.every.value, lang)}`);
  if (s.between)
    parts.push(
      zh
        ? `于 ${s.between.value.start.time}–${s.between.value.end.time}`
        : `between ${s.between.value.start.time} and ${s.between.value.end.time}`,
    );
  if (s.at.length)
    parts.push(
      zh ? `于 ${s.at.map((t) => t.value.time).join("、")}` : `at ${s.at.map((t) => t.value.time).join(", ")}`,
    );
  if (s.monthly.length)
    parts.push(zh ? `每月 ${s.monthly.join("、")} 日` : `on day ${s.monthly.join(", ")} of each month`);
  if (s.rrule) parts.push(zh ? `按日历规则 ${s.rrule}` : `by the calendar rule ${s.rrule}`);
  if (days) parts.push(zh ? `（${days}）` : `on ${days}`);
  if (parts.length === 0 || (parts.length === 1 && days)) parts.unshift(zh ? "每天一次" : "once a day");
  return parts.join(zh ? " " : " ");
}

const MONTH_WORDS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `11月至4月` / `Nov–Apr`: months (1–12) as runs, a run across the year end as one. */
function monthWords(months: readonly number[], lang: HandbookLang): string {
  const set = new Set(months);
  const name = (m: number) => (lang === "zh" ? `${m}月` : MONTH_WORDS_EN[m - 1]!);
  if (set.size === 12) return lang === "zh" ? "全年" : "all year";
  const runs: string[] = [];
  for (let m = 1; m <= 12; m++) {
    // A run starts at a month whose previous month is not chosen, so one may wrap December → January.
    if (!set.has(m) || set.has(((m + 10) % 12) + 1)) continue;
    let end = m;
    while (set.has((end % 12) + 1)) end = (end % 12) + 1;
    runs.push(end === m ? name(m) : lang === "zh" ? `${name(m)}至${name(end)}` : `${name(m)}–${name(end)}`);
  }
  return runs.join(lang === "zh" ? "、" : ", ");
}

type Choice = NonNullable<TicketKindModel["clocks"][string]["targetChoices"]>[string][number];

/** A target choice's conditions, ending where its deadline's words begin: `11月至4月开始的：` / `Started Nov–Apr: `. */
export function choiceWords(c: Choice, lang: HandbookLang, calendar: (id: string) => string): string {
  const zh = lang === "zh";
  const parts = [
    c.months && monthWords(c.months, lang),
    c.between && (zh ? `每天 ${c.between.text}` : `between ${c.between.text}`),
    c.outside && (zh ? `「${calendar(c.outside)}」工作时间以外` : `outside “${calendar(c.outside)}”`),
    c.inside && (zh ? `「${calendar(c.inside)}」工作时间以内` : `inside “${calendar(c.inside)}”`),
    c.from && (zh ? `${c.from} 起` : `from ${c.from}`),
    c.until && (zh ? `至 ${c.until}` : `until ${c.until}`),
  ].filter((p): p is string => typeof p === "string");
  if (parts.length === 0) return zh ? "其他时间开始的：" : "Otherwise: ";
  return zh ? `${parts.join("，")}开始的：` : `Started ${parts.join(", ")}: `;
}

/** `（按「办公时间」计时）` / ` (counted on Office hours)`, or round the clock: a priority's own calendar, after its target. */
export function calendarWords(title: string, lang: HandbookLang): string {
  if (title === "24x7") return lang === "zh" ? "（全天候计时）" : " (round the clock)";
  return lang === "zh" ? `（按「${title}」计时）` : ` (counted on ${title})`;
}

/** `只适用于：紧急、急修` / `Only for Emergency, Urgent`: the priorities a clock is limited to. */
export function scopeWords(priorities: readonly string[], lang: HandbookLang): string {
  return lang === "zh" ? `只适用于：${priorities.join("、")}` : `Only for ${priorities.join(", ")}`;
}

/** `自 2026-07-01 起生效` / `In force from 2026-07-01`: a clause's dates, both included. */
export function inForceWords(w: { from?: string; until?: string }, lang: HandbookLang): string {
  if (lang === "zh")
    return w.from !== undefined && w.until !== undefined
      ? `${w.from} 至 ${w.until} 生效`
      : w.from !== undefined
        ? `自 ${w.from} 起生效`
        : `生效至 ${w.until}`;
  return w.from !== undefined && w.until !== undefined
    ? `In force from ${w.from} until ${w.until}`
    : w.from !== undefined
      ? `In force from ${w.from}`
      : `In force until ${w.until}`;
}
