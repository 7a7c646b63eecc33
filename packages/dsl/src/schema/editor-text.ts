/**
 * What the editor shows beyond the language's own descriptions: a title per section and per
 * entry (hover headings, and the name in "expected object(…)"), examples to complete, and
 * readable messages for the id and date patterns — in English and Chinese.
 */
import {
  ANCHOR_PATTERN,
  CALENDAR_REF_PATTERN,
  DATE_PATTERN,
  DATES_PATTERN,
  DAY_SELECTOR_PATTERN,
  FIELD_PATTERN,
  ID_PATTERN,
  STANDARD_ID_PATTERN,
} from "./standard-schema.js";

/** Titles by schema path: property names, `*` for an entry of an id map, `[]` for a list item. */
export const TITLES: Readonly<Record<string, string>> = {
  "": "Yardstick standard · 服务标准",
  standard: "Standard id · 标准编号",
  version: "Version · 版本",
  title: "Title · 名称",
  description: "Description · 说明",
  timezone: "Time zone · 时区",
  extends: "Extends · 上级标准",
  holidaySets: "Holiday sets · 节假日集",
  "holidaySets/*": "Holiday set · 节假日集",
  calendars: "Calendars · 营业日历",
  "calendars/*": "Calendar · 营业日历",
  "calendars/*/hours": "Working hours · 工作时间",
  roles: "Roles · 角色",
  "roles/*": "Role · 角色",
  escalations: "Escalation chains · 升级链",
  "escalations/*": "Escalation chain · 升级链",
  tickets: "Ticket kinds · 工单类型",
  "tickets/*": "Ticket kind · 工单类型",
  "tickets/*/fields/*": "Field · 字段",
  "tickets/*/states": "States · 状态",
  "tickets/*/states/*": "State · 状态",
  "tickets/*/events/*": "Event · 事件",
  "tickets/*/priorities": "Priorities · 优先级",
  "tickets/*/priorities/*": "Priority · 优先级",
  "tickets/*/clocks": "SLA clocks · 时效时钟",
  "tickets/*/clocks/*": "SLA clock · 时效时钟",
  "tickets/*/clocks/*/target": "Target · 时限",
  "tickets/*/clocks/*/escalate": "Escalation · 升级",
  "tickets/*/rework": "Rework · 返修",
  duties: "Duties · 例行任务",
  "duties/*": "Duty · 例行任务",
  "duties/*/escalate": "Escalation · 升级",
  audits: "Audits · 考核",
  "audits/*": "Audit · 考核",
  "audits/*/kpis/*": "KPI · 指标",
  "audits/*/rules/*": "Rule · 扣分规则",
  "audits/*/scoring": "Scoring · 计分",
  "audits/*/remedies/*": "Remedy · 补偿",
  "audits/*/kpis/*/bands": "Bands · 分档",
  tests: "Scenario tests · 场景测试",
  "tests/*": "Scenario test · 场景测试",
};

const CLOCK_TIMES = ["15m", "2h", "1 workday", "end of next workday", "next day by 09:00", "15分钟", "1个工作日"];
/** Examples by the last segments of a schema path (the longest match wins). */
export const EXAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  standard: ["harbour-view", "cpmi-2004/level-1"],
  version: ["2026.1"],
  timezone: ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore"],
  extends: ["seed/group"],
  calendar: ["24x7"],
  "calendars/*/hours": ["24x7", { "mon-fri": ["08:30-12:00", "13:30-17:30"], sat: "09:00-12:00" }],
  "calendars/*/holidays": ["cn-mainland"],
  "clocks/*/target": CLOCK_TIMES,
  "clocks/*/target/*": CLOCK_TIMES,
  warn: ["80%"],
  at: ["09:00", "warning", "breach", "breach + 30m", "150%"],
  every: ["30m", "2h", "1d", "1w"],
  from: ["breach", "warning"],
  between: ["22:00-06:00"],
  days: ["mon-fri", "daily", "weekdays", "weekends", "sat,sun"],
  within: ["1h", "30d", "1个工作日"],
  before: ["1 month"],
  after: ["1 week"],
  tolerance: ["15m", "1h"],
  by: ["17:00"],
};

/** What an author reads when a value does not match a pattern, instead of the raw regex. */
export const PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  [ID_PATTERN]:
    "An id: lowercase letters, digits, `-` and `_`, starting with a letter (`night-patrol`) · 编号：小写字母、数字、`-` 和 `_`，以字母开头（如 `night-patrol`）",
  [STANDARD_ID_PATTERN]:
    "A standard id: lowercase words joined by `-`, with `/` between parts (`cpmi-2004/level-1`) · 标准编号：小写单词用 `-` 连接，各部分之间用 `/`（如 `cpmi-2004/level-1`）",
  [CALENDAR_REF_PATTERN]:
    "A calendar declared under `calendars:`, or the built-in `24x7` · 在 `calendars:` 下声明的日历，或内置的 `24x7`",
  [DATE_PATTERN]: "A date `YYYY-MM-DD`, e.g. `2026-10-01` · 日期 `YYYY-MM-DD`，如 `2026-10-01`",
  [DATES_PATTERN]:
    "A date `2026-10-01` or a range `2026-10-01..2026-10-07` · 日期 `2026-10-01` 或日期范围 `2026-10-01..2026-10-07`",
  [DAY_SELECTOR_PATTERN]:
    "Days: `mon`…`sun`, a range `mon-fri`, a list `sat,sun`, or `daily`, `weekdays`, `weekends` · 星期：`mon`…`sun`、范围 `mon-fri`、列表 `sat,sun`，或 `daily`、`weekdays`、`weekends`",
  [FIELD_PATTERN]:
    "A field name: letters, digits and `_`, joined by `.` (`unit.warrantyEnd`) · 字段名：字母、数字和 `_`，用 `.` 连接（如 `unit.warrantyEnd`）",
  [ANCHOR_PATTERN]:
    "A field of the host's record (`unit.warrantyEnd`), `holidays`, or another duty's id · 系统记录的字段（如 `unit.warrantyEnd`）、`holidays` 或另一项例行任务的编号",
  "^(RRULE:)?FREQ=": "An RFC 5545 rule, starting `FREQ=` (`FREQ=WEEKLY;BYDAY=MO`) · RFC 5545 规则，以 `FREQ=` 开头",
};
