/**
 * What `yardstick replay` prints — its tables, `--compare`'s table and page — and the KPI table
 * `yardstick tour` shares with it, in English and Chinese (`say`, the same `{{name}}` parameters in
 * both; a test checks it). Ids, figures and `--json` are the same in either language.
 */
import { definePhrases, type Lang, phraseOf, say } from "@yardstick/dsl";

const line = (en: string, zh: string) => say(en, "", zh, "");

export const replayWords = definePhrases({
  kpiSite: line("KPI (site)", "指标（全小区）"),
  value: line("value", "数值"),
  target: line("target", "目标"),
  met: line("met", "达标"),
  targetAnd: line(" and ", " 且 "),
  // The replay's table.
  header: say(
    "{{standard}} · {{period}} · {{tickets}} tickets, {{events}} events, {{logs}} duty logs from {{file}}",
    "",
    "{{standard}} · {{period}} · 来自 {{file}} 的 {{tickets}} 张工单、{{events}} 个事件、{{logs}} 条任务记录",
    "",
  ),
  refused: say(" · {{count}} lines refused", "", " · 拒收 {{count}} 行", ""),
  clock: line("clock", "时效时钟"),
  cycles: line("cycles", "次数"),
  onTime: line("on time", "按时"),
  late: line("late", "逾期"),
  breaches: line("breaches", "超时"),
  escalations: line("escalations", "升级"),
  dutyOccurrences: say("{{count}} duty occurrences", "", "例行任务 {{count}} 次", ""),
  dutyParts: say(": {{parts}}", "", "：{{parts}}", ""),
  dutyPart: say("{{count}} {{status}}", "", "{{status}} {{count}}", ""),
  listJoin: line(", ", "，"),
  // A duty occurrence's status, as the engine names it (the JSON keeps the names).
  statusDone: line("done", "完成"),
  statusLate: line("late", "迟做"),
  statusPartial: line("partial", "部分完成"),
  statusMissed: line("missed", "漏做"),
  statusExcused: line("excused", "免做"),
  statusPending: line("pending", "未到期"),
  noAudit: say("no audit: {{why}}", "", "没有考核：{{why}}", ""),
  enclosing: say(" ({{period}}, as of the file's end {{asOf}})", "", "（{{period}}，按文件末尾 {{asOf}} 计）", ""),
  findings: say(
    "{{audit}}{{of}}: {{count}} findings{{site}}{{zones}}",
    "",
    "{{audit}}{{of}}：{{count}} 条考核发现{{site}}{{zones}}",
    "",
  ),
  siteScore: say(", site score {{score}}", "", "，全小区得分 {{score}}", ""),
  zoneScores: say(" · zones: {{ranking}}", "", " · 各区：{{ranking}}", ""),
  replayBar: line("replay", "回放"),
  underFile: say("under {{file}}:\n", "", "按 {{file}}：\n", ""),
  // --compare's table.
  now: line("now", "现行"),
  draft: line("draft", "草案"),
  change: line("change", "变化"),
  compareNow: say("now:   {{standard}} ({{file}})", "", "现行：{{standard}}（{{file}}）", ""),
  compareDraft: say("draft: {{standard}} ({{file}})", "", "草案：{{standard}}（{{file}}）", ""),
  comparePeriod: say(
    "period {{period}}; the same events under both",
    "",
    "期间 {{period}}；两者回放的是同一批事件",
    "",
  ),
  duties: say("duties: {{list}}", "", "例行任务：{{list}}", ""),
  dutyChange: say("{{status}} {{change}}", "", "{{status}} {{change}}", ""),
  none: line("none", "无"),
  findingsChange: say("findings: {{change}}", "", "考核发现：{{change}}", ""),
  scores: say("scores: {{list}}", "", "得分：{{list}}", ""),
  metChanges: say("met changes by subject: {{list}}", "", "达标情况有变的对象：{{list}}", ""),
  // --compare --html's page.
  pageTitle: say("{{draft}} against {{now}} · {{period}}", "", "{{draft}} 对比 {{now}} · {{period}}", ""),
  heading: line("What the draft would change", "草案会带来哪些变化"),
  intro: say(
    "Now: {{now}} ({{nowFile}}) · draft: {{draft}} ({{draftFile}}) · period {{period}} · the same events replayed under both. Rows in green meet their target only under the draft, rows in red only now.",
    "",
    "现行：{{now}}（{{nowFile}}）· 草案：{{draft}}（{{draftFile}}）· 期间 {{period}} · 同一批事件在两者下回放。绿色的行只在草案下达标，红色的行只在现行标准下达标。",
    "",
  ),
  site: line("Site", "全小区"),
  zone: say("Zone {{zone}}", "", "区域 {{zone}}", ""),
  staff: say("Staff {{staff}}", "", "员工 {{staff}}", ""),
  kpi: line("KPI", "指标"),
  clocks: line("Clocks", "时效时钟"),
  dutiesHeading: line("Duties", "例行任务"),
  scoresHeading: line("Scores", "得分"),
  dutyOutcome: line("duty outcome", "任务结果"),
  score: line("score", "得分"),
  findingsLine: say("Findings: {{change}}.", "", "考核发现：{{change}}。", ""),
});

const STATUS_KEYS = {
  done: "statusDone",
  late: "statusLate",
  partial: "statusPartial",
  missed: "statusMissed",
  excused: "statusExcused",
  pending: "statusPending",
} as const;

/** A duty occurrence's status in the language; one the table does not name, as the engine names it. */
export function dutyStatusName(status: string, lang: Lang): string {
  const key = Object.hasOwn(STATUS_KEYS, status) ? STATUS_KEYS[status as keyof typeof STATUS_KEYS] : undefined;
  return key === undefined ? status : phraseOf(replayWords, key, {}, lang);
}
