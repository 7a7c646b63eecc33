/**
 * The Chinese beside each English description the editor shows (hover, completion), keyed by the
 * English text as gettext keys by its msgid. A test fails when a description has no Chinese or a
 * Chinese text no longer has its description, so a changed description asks for a new translation.
 */
export const ZH_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "A property-management service standard: calendars, roles, tickets with SLA clocks, duties, audits and tests":
    "物业服务标准：日历、角色、带时效时钟的工单、例行任务、考核与测试",
  "The standard's id: `harbour-view`, `cpmi-2004/level-1`": "标准的编号：`harbour-view`、`cpmi-2004/level-1`",
  "Version, e.g. `2026.1` or `2026.10` (kept as written)": "版本，如 `2026.1` 或 `2026.10`（按原样保留）",
  "Text a person reads, in Chinese and/or English: `{ zh: 上门, en: On site }`":
    "给人看的文字，中文和/或英文：`{ zh: 上门, en: On site }`",
  "Chinese text": "中文",
  "English text": "英文",
  "IANA zone, e.g. `Asia/Shanghai`; required unless inherited": "IANA 时区，如 `Asia/Shanghai`；未从上级继承时必填",
  "A standard whose content this one starts from": "本标准以之为基础的上级标准",
  "Holiday sets written here": "在本文件中写出的节假日集",
  "A holiday set written in the standard (any country or company)": "写在标准里的节假日集（任何国家或公司）",
  "Where the dates come from": "日期的出处",
  "Years the data covers": "数据覆盖的年份",
  "Days off": "休息日",
  "A date `2026-10-01`, a range `2026-10-01..2026-10-07`, or `{ dates, name }`":
    "日期 `2026-10-01`、日期范围 `2026-10-01..2026-10-07`，或 `{ dates, name }`",
  "Adjusted working days (a weekend day that is worked)": "调休上班日（周末上班的日子）",
  "Business calendars": "营业日历",
  "A business calendar: working hours, holidays, adjusted working days": "营业日历：工作时间、节假日、调休",
  "IANA time zone; defaults to the standard's": "IANA 时区；默认为标准的时区",
  "`24x7`, or working hours per day: `{ mon-fri: [08:30-12:00, 13:30-17:30], sat: 09:00-12:00 }`":
    "`24x7`，或每天的工作时间：`{ mon-fri: [08:30-12:00, 13:30-17:30], sat: 09:00-12:00 }`",
  "A clock range such as `08:30-12:00`": "时间段，如 `08:30-12:00`",
  "A clock range": "时间段",
  "Holiday sets: built in (`cn-mainland`) or from `holidaySets`":
    "节假日集：内置的（`cn-mainland`）或 `holidaySets` 中的",
  "holiday set": "节假日集",
  "Local closures added to the holiday sets": "在节假日集之外本地增加的休息日",
  "Local adjusted working days (调休上班)": "本地的调休上班日",
  "Dates with their own hours or `closed`: `{ 2026-12-31: 08:30-12:00 }`":
    "有单独工作时间或 `closed`（不营业）的日期：`{ 2026-12-31: 08:30-12:00 }`",
  Roles: "角色",
  "A role: who does the work or is notified": "角色：做事或被通知的人",
  "the role above this one": "上级角色",
  "Escalation chains": "升级链",
  "An escalation chain, lowest level first": "升级链，从最低一级写起",
  "Roles from the first line up: `[technician, foreman, supervisor, manager]`":
    "从一线往上的角色：`[technician, foreman, supervisor, manager]`",
  role: "角色",
  "Ticket kinds": "工单类型",
  "A kind of ticket (repair, complaint…): workflow, priorities, SLA clocks":
    "一类工单（报修、投诉…）：流程、优先级、时效时钟",
  "Ticket data fields that matchers may use: `category`, `appointmentAt`":
    "匹配条件可用的工单数据字段：`category`、`appointmentAt`",
  "initial state (default: the first listed)": "初始状态（默认为列出的第一个）",
  "Workflow states, with the events that leave them": "流程状态，以及离开各状态的事件",
  "Events and the state each leads to: `{ arrive: on_site }`": "事件及其转到的状态：`{ arrive: on_site }`",
  "target state": "目标状态",
  "Ticket data to match: `{ category: [water_leak, power_cut], floor: { gte: 10 } }`; all fields must match":
    "要匹配的工单数据：`{ category: [water_leak, power_cut], floor: { gte: 10 } }`；所有字段都须匹配",
  "A comparison: `eq`, `ne`, `in`, `notIn`, `gt`, `gte`, `lt`, `lte`, `exists`":
    "比较：`eq`、`ne`、`in`、`notIn`、`gt`、`gte`、`lt`、`lte`、`exists`",
  "Event labels": "事件名称",
  "Priorities, first match wins": "优先级，先匹配者生效",
  "A priority, chosen by matching ticket data; the first listed that matches wins":
    "优先级，按工单数据匹配选出；列在前面且匹配的生效",
  "The order priorities are tried in, when it is not the order they are written in (e.g. a community adds one before the group's catch-all)":
    "尝试优先级的顺序，当它不同于书写顺序时（如社区在集团的兜底优先级之前加一个）",
  priority: "优先级",
  calendar: "日历",
  "SLA clocks": "时效时钟",
  "An SLA clock: when it starts, pauses, stops, and its target": "时效时钟：何时开始、暂停、停止，以及时限",
  "A state name (on entering it), `{ state }`, `{ event, when }`, `{ breach: clock }` (a start), or a list (any of them)":
    "状态名（进入时）、`{ state }`、`{ event, when }`、`{ breach: 时钟 }`（仅用于开始），或它们的列表（任一满足即可）",
  "clock: the condition holds when this clock breaches (a start only)": "时钟：该时钟超时时条件成立（仅用于开始）",
  "clock: the transition is taken only after this clock has breached": "时钟：该时钟超时之后才可走这条流转",
  "a state: the condition holds on entering it": "状态：进入该状态时条件成立",
  state: "状态",
  event: "事件",
  "`15m`, `1 workday`, `end of next workday`… or one per priority: `{ urgent: 15分钟, normal: 2h }` (or `dueAt:` for an agreed time)":
    "`15m`、`1 workday`、`end of next workday`…，或按优先级分别写：`{ urgent: 15分钟, normal: 2h }`（约定时间用 `dueAt:`）",
  "One target for every priority": "所有优先级共用的时限",
  "A target per priority": "每个优先级的时限",
  target: "时限",
  "Instead of `target`: the ticket field holding an agreed time (约定时间), e.g. `appointmentAt`":
    "代替 `target`：存放约定时间的工单字段，如 `appointmentAt`",
  "calendar the target is counted on (default `24x7`)": "计算时限所用的日历（默认 `24x7`）",
  "A month `jan`, or a range `nov-apr`": "一个月份 `jan`，或月份范围 `nov-apr`",
  "In force from this date (included)": "自该日起生效（含当日）",
  "In force until this date (included)": "生效至该日（含当日）",
  "In force from and/or until a date: `{ from: 2026-01-01 }`": "自某日起和/或至某日止生效：`{ from: 2026-01-01 }`",
  "The target when this choice holds": "此条件成立时的时限",
  "The clock starts in these months: `nov-apr`, `[dec, jan]`": "时钟在这些月份开始：`nov-apr`、`[dec, jan]`",
  "The clock starts between these times of day: `17:00-08:30`": "时钟在每天这段时间内开始：`17:00-08:30`",
  "The clock starts outside this calendar's working hours": "时钟在该日历的工作时间以外开始",
  "The clock starts inside this calendar's working hours": "时钟在该日历的工作时间以内开始",
  "The clock starts on or after this date": "时钟在该日或之后开始",
  "The clock starts on or before this date": "时钟在该日或之前开始",
  "A target chosen by when the clock starts: `{ months: nov-apr, target: 1 workday }`":
    "按时钟开始的时间选择的时限：`{ months: nov-apr, target: 1 workday }`",
  "Targets chosen by when the clock starts, the first that holds: a season, office hours, a date":
    "按时钟开始的时间选择时限，取第一个成立的：季节、办公时间、日期",
  "Only for these priorities: `[emergency, urgent]` (default: every priority)":
    "只适用于这些优先级：`[emergency, urgent]`（默认：所有优先级）",
  "Escalation: a list of `{ at, notify, priorities }` levels, or `{ chain, from, every, priorities }`":
    "升级：`{ at, notify, priorities }` 各级的列表，或 `{ chain, from, every, priorities }`",
  "The priorities this clock applies to: `[emergency, urgent]` (default: every priority)":
    "本时钟适用的优先级：`[emergency, urgent]`（默认：所有优先级）",
  "A calendar per priority: `{ emergency: 24x7, routine: office }`":
    "每个优先级一个日历：`{ emergency: 24x7, routine: office }`",
  "The calendar the target is counted on, or one per priority (default `24x7`)":
    "计算时限所用的日历，或每个优先级各一个（默认 `24x7`）",
  "Warning thresholds": "预警阈值",
  "Warning thresholds per priority": "每个优先级的预警阈值",
  "Warnings at a share of the target: `80%`, `[50%, 80%]`, or per priority":
    "在时限过去一定比例时预警：`80%`、`[50%, 80%]`，或按优先级分别写",
  "Day counts end at midnight: `2 days` (2日内) is 24:00 of the second day after the start's day (民法典 art. 201, 203)":
    "按日计算的期限到最后一日二十四时结束：`2 days`（2日内）是开始当日之后第二日的 24:00（民法典第二百零一、二百零三条）",
  "A day count whose last day is a rest day of the calendar ends on the next working day instead (民法典 art. 203)":
    "按日计算的期限最后一日是日历的休息日时，顺延至下一个工作日（民法典第二百零三条）",
  "Warning thresholds as a share of the target": "预警阈值，占时限的比例",
  "`80%`": "`80%`",
  "Escalation: a list of `{ at, notify }` levels, or `{ chain, from, every }`":
    "升级：`{ at, notify }` 各级的列表，或 `{ chain, from, every }`",
  "When: `warning`, `breach`, `breach + 30m`, `150%`": "何时：`warning`、`breach`、`breach + 30m`、`150%`",
  "Roles to notify": "要通知的角色",
  "escalation chain": "升级链",
  "When the first level is notified (default `breach`)": "何时通知第一级（默认 `breach`，超时）",
  "Time between levels, e.g. `30m`": "各级之间的间隔，如 `30m`",
  "When a repeat request counts as rework (返修)": "重复报修何时算作返修",
  "A repeat within this window counts as rework, e.g. `30d`": "在此期限内重复报修算作返修，如 `30d`",
  "Fields that must match: `[unit, category]`": "须相同的字段：`[unit, category]`",
  "Reopen the earlier ticket instead of counting a new one": "重新打开之前的工单，而不是计为新工单",
  "`first-contact` (首问负责制): whoever takes the request owns it until it is resolved":
    "`first-contact`（首问负责制）：谁接单谁负责到底",
  Duties: "例行任务",
  "A duty: recurring (`every`/`at`/`days`/`monthly`/`rrule`), triggered (`on`), or date-relative (`before`/`after` + `of`)":
    "例行任务：周期性（`every`/`at`/`days`/`monthly`/`rrule`）、事件触发（`on`）或相对日期（`before`/`after` + `of`）",
  "Who does it": "由谁来做",
  checkpoint: "巡检点",
  "calendar: only on its working days": "日历：只在它的工作日做",
  "Interval: `2h`, `1d`, `1w`": "间隔：`2h`、`1d`、`1w`",
  "How `every` is checked: `blocks` (default) — one round in each block of the window; `rolling` — each round within `every` of the one before":
    "`every` 的检查方式：`blocks`（默认）——时间段内每个区块一轮；`rolling`——每轮距上一轮不超过 `every`",
  "Daily window: `22:00-06:00`": "每天的时间段：`22:00-06:00`",
  "Times of day": "每天的时刻",
  "`09:00`": "`09:00`",
  "Days of the week: `mon`, `mon-fri`": "星期几：`mon`、`mon-fri`",
  "Days of the month, 1–31: `[1, 15]` (months of the year are `months: jun-sep`)":
    "每月的几号，1–31：`[1, 15]`（一年中的月份请写 `months: jun-sep`）",
  "Months of the year it runs in (a season): `jun-sep`, `[dec, jan, feb]`, `6月-9月`":
    "在一年中的哪些月份做（季节）：`jun-sep`、`[dec, jan, feb]`、`6月-9月`",
  "Dates of the year: `12-31`, `[01-01, 10-01]`": "一年中的日期：`12-31`、`[01-01, 10-01]`",
  "`12-31`": "`12-31`",
  "How many people an occurrence needs (distinct `by` in its logs): `crew: 2`":
    "每次需要几个人（记录中不同的 `by`）：`crew: 2`",
  "RFC 5545 RRULE, for power users": "RFC 5545 RRULE，供熟练用户使用",
  "How many times per `per` period, at any time within it: `times: 2, per: day`":
    "每个 `per` 周期内做几次，周期内任何时间均可：`times: 2, per: day`",
  "The calendar period `times` counts in: once in each week, any day": "`times` 计数的日历周期：如每周一次，哪天都行",
  "Due by this time of day: `by: 17:00` (each day, or the last day of the `per` period); a weekday for the week: `by: fri`, `by: fri 18:00`":
    "当天此时刻前完成：`by: 17:00`（每天，或 `per` 周期的最后一天）；按周则写星期几：`by: fri`、`by: fri 18:00`",
  "event that triggers it, e.g. `rain_stopped`": "触发它的事件，如 `rain_stopped`",
  "Deadline after the trigger, e.g. `1h`": "触发后的完成时限，如 `1h`",
  "`1 month` before a date": "某日期之前，如 `1 month`",
  "`1 week` after a date": "某日期之后，如 `1 week`",
  "What the date is counted from: a field of the host's record `unit.warrantyEnd`, `holidays` (each holiday's first day), or another duty's id":
    "日期从何算起：系统记录的字段 `unit.warrantyEnd`、`holidays`（每个节假日的第一天），或另一项例行任务的编号",
  "How late an occurrence may be done and still count": "晚多久完成仍算数",
  "Who is told": "通知谁",
  "One occurrence per item of a host-supplied set: `vacant-units`, `lifts`":
    "对系统提供的集合中每一项各做一次：`vacant-units`、`lifts`",
  Audits: "考核",
  "An audit: KPIs and rules over a period, scored": "考核：一个周期内的指标与扣分规则，并计分",
  "Score per zone (区域责任制) or for the site": "按区域计分（区域责任制）或按整个项目计分",
  "With `per: zone`, the data field naming the zone (default `zone`)":
    "`per: zone` 时，标明区域的数据字段（默认 `zone`）",
  KPIs: "指标",
  "A KPI over the audit period": "考核周期内的一项指标",
  "What is measured": "衡量什么",
  "ticket kind": "工单类型",
  clock: "时效时钟",
  duty: "例行任务",
  "A fact the host supplies, e.g. `satisfaction_rate`": "由系统提供的数据，如 `satisfaction_rate`",
  "`95%` or a number": "`95%` 或一个数",
  "Whether the bound itself passes (以上/以内: yes, the default)": "恰好等于界限是否合格（以上/以内：是，默认）",
  "Rules that raise findings": "产生扣分项的规则",
  "A finding: when it is raised, how severe, how many points it costs": "扣分项：何时产生、严重程度、扣几分",
  KPI: "指标",
  "Points deducted per finding": "每个扣分项扣的分数",
  "Score before deductions (default 100)": "扣分前的分数（默认 100）",
  "Rank zones by score": "按分数给区域排名",
  "`clock-duration`: the average (default), the sum, or a percentile of the cycles' durations":
    "`clock-duration`：各次计时时长的平均值（默认）、总和或百分位数",
  "With `stat: percentile`: which one, e.g. `90`": "`stat: percentile` 时取第几百分位，如 `90`",
  "`clock-duration`: the unit of the value and the target (default `hours`)":
    "`clock-duration`：数值和目标的单位（默认 `hours`）",
  "`clock-duration`: count every cycle that overlaps the period, only its time inside the period":
    "`clock-duration`：与周期有重叠的每次计时都算，只计周期内的时长",
  "How many items, e.g. `100`": "多少个，如 `100`",
  "The host fact that counts the items, e.g. `lifts`": "由系统提供的数量数据，如 `lifts`",
  "`ticket-count`: tickets per N items — `{ count: 100, of: lifts }` is per 100 lifts":
    "`ticket-count`：每 N 个的工单数——`{ count: 100, of: lifts }` 即每百台电梯",
  "The grade of a value in this band, e.g. `A`": "落在此档的等级，如 `A`",
  "Points a value in this band adds to the score (negative: deducts)": "落在此档时加的分（负数为扣分）",
  "A band: `{ min: 98%, grade: A }`": "一档：`{ min: 98%, grade: A }`",
  "Grades or points by value, first band that fits wins: `[{ min: 98%, grade: A }, { min: 95%, grade: B }]`":
    "按数值定等级或分数，取第一个符合的档：`[{ min: 98%, grade: A }, { min: 95%, grade: B }]`",
  "Another rule of this audit: this condition holds when that rule's does":
    "本考核的另一条规则：该规则成立时此条件成立",
  "A fact holding a date: `2026-03-01`, ISO 8601, or epoch ms": "含日期的数据：`2026-03-01`、ISO 8601 或毫秒时间戳",
  "`12 months`, `30d`, `48h` (calendar time)": "`12 months`、`30d`、`48h`（自然时间）",
  "How many of the conditions under `of` must hold": "`of` 下的条件至少要有几条成立",
  "`{ fact, operator, value }`, `{ kpi, met }`, `{ rule }`, `{ fact, within, after|before }`, or `all`/`any`/`not`/`atLeast … of` of them (two levels deep)":
    "`{ fact, operator, value }`、`{ kpi, met }`、`{ rule }`、`{ fact, within, after|before }`，或它们的 `all`/`any`/`not`/`atLeast … of`（最多两层）",
  "Owed once the clock is breached, e.g. `10`": "时钟一超时即应付，如 `10`",
  "Owed for each whole day late after that, e.g. `2`": "此后每迟一整天加付，如 `2`",
  "The most owed for one clock run, e.g. `50`": "一次计时最多应付，如 `50`",
  "The currency the amounts are in, e.g. `GBP`": "金额的币种，如 `GBP`",
  "Compensation owed when a clock is breached: a base amount plus an amount per day late, capped":
    "时钟超时应付的补偿：基础金额加按迟延天数计的金额，设上限",
  "Compensation owed for breached clocks, summed in the audit": "超时应付的补偿，在考核中汇总",
  "A year or quarter that starts on another first of the month: `04-01` (a fiscal year from 1 April)":
    "从另一个月的 1 日开始的年或季度：`04-01`（财年从 4 月 1 日起）",
  "Scenario tests": "场景测试",
  "A scenario `yardstick test` runs: given ticket data and steps, expect deadlines and states":
    "`yardstick test` 运行的场景：给定工单数据和步骤，检查时限和状态",
  "Ticket data": "工单数据",
  "Duty tests: window start": "例行任务测试：时间窗开始",
  "Duty tests: window end": "例行任务测试：时间窗结束",
  "Local time `2026-03-06 17:55` or ISO with offset": "本地时间 `2026-03-06 17:55`，或带时区偏移的 ISO 时间",
  "Check at this time (default: after the last step)": "在此时间检查（默认：最后一步之后）",
  "Roles notified so far": "到此为止已通知的角色",
};
