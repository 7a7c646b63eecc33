/**
 * Generates a large, valid standard for the benchmark: a harbour-side estate with many ticket
 * kinds (three workflow shapes), clocks with Chinese and English time expressions, escalation
 * levels and chains, calendars with holidays and overrides, duties of every schedule kind,
 * audits and scenario tests. Deterministic for a seed; ids, titles and expressions vary from
 * block to block so the parser never sees one block repeated verbatim.
 *
 * @example
 * const text = generateStandard({ lines: 2_000 });
 */
export interface GenerateOptions {
  /** Lines to aim for; the result lands within a few lines of it. */
  lines: number;
  seed?: number;
}

/** A small seeded PRNG (mulberry32), so every run benchmarks the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Department = "engineering" | "security" | "service" | "cleaning";

interface KindName {
  id: string;
  zh: string;
  en: string;
  shape: "repair" | "complaint" | "inquiry";
  department: Department;
}

const KINDS: readonly KindName[] = [
  { id: "repair", zh: "报修", en: "Repair", shape: "repair", department: "engineering" },
  { id: "complaint", zh: "投诉", en: "Complaint", shape: "complaint", department: "service" },
  { id: "inquiry", zh: "咨询", en: "Inquiry", shape: "inquiry", department: "service" },
  { id: "lift-fault", zh: "电梯故障", en: "Lift fault", shape: "repair", department: "engineering" },
  { id: "noise", zh: "噪音扰民", en: "Noise", shape: "complaint", department: "security" },
  { id: "access-card", zh: "门禁卡", en: "Access card", shape: "inquiry", department: "security" },
  { id: "water-leak", zh: "漏水", en: "Water leak", shape: "repair", department: "engineering" },
  { id: "cleaning-request", zh: "保洁需求", en: "Cleaning request", shape: "complaint", department: "cleaning" },
  { id: "parking", zh: "停车", en: "Parking", shape: "inquiry", department: "security" },
  { id: "pest-control", zh: "消杀", en: "Pest control", shape: "repair", department: "cleaning" },
  { id: "decoration-permit", zh: "装修审批", en: "Decoration permit", shape: "complaint", department: "service" },
  { id: "package", zh: "快递代收", en: "Package", shape: "inquiry", department: "service" },
  { id: "power-outage", zh: "停电", en: "Power outage", shape: "repair", department: "engineering" },
  { id: "green-space", zh: "绿化", en: "Green space", shape: "complaint", department: "cleaning" },
  { id: "fire-alarm", zh: "消防报警", en: "Fire alarm", shape: "repair", department: "security" },
];

/** Escalation chain and the first line, foreman and notified roles of each department. */
const DEPARTMENTS: Record<Department, { chain: string; staff: string; lead: string }> = {
  engineering: { chain: "engineering", staff: "technician", lead: "eng-foreman" },
  security: { chain: "security", staff: "security-guard", lead: "security-captain" },
  service: { chain: "service", staff: "customer-service", lead: "cs-lead" },
  cleaning: { chain: "cleaning", staff: "cleaner", lead: "cleaning-lead" },
};

const ZONES = [
  "北区",
  "南区",
  "东区",
  "西区",
  "地下车库",
  "会所",
  "1号楼",
  "2号楼",
  "3号楼",
  "5号楼",
  "6号楼",
  "8号楼",
];
const CHECKPOINTS = [
  ["gate-north", "北门岗", "North gate"],
  ["gate-south", "南门岗", "South gate"],
  ["garage-b1", "地库B1", "Garage B1"],
  ["garage-b2", "地库B2", "Garage B2"],
  ["pump-room", "水泵房", "Pump room"],
  ["power-room", "配电房", "Power room"],
  ["roof-1", "1号楼天台", "Block 1 roof"],
  ["roof-5", "5号楼天台", "Block 5 roof"],
  ["clubhouse", "会所", "Clubhouse"],
  ["playground", "儿童乐园", "Playground"],
] as const;

// Targets per priority (urgent, high, normal), Chinese and English mixed as staff write them.
const RESPONSE_TARGETS = [
  ["15分钟", "30m", "2小时"],
  ["10m", "半小时", "1h"],
  ["15 minutes", "30 mins", "2 hours"],
  ["PT15M", "PT45M", "4h"],
  ["十五分钟", "1小时", "2个小时"],
] as const;
const ON_SITE_TARGETS = [
  ["半小时", "1h", "4h"],
  ["30m", "1.5h", "当天18:00前"],
  ["20分钟", "1个半小时", "by 18:00"],
  ["45m", "2h", "次日9点前"],
] as const;
const RESOLVE_TARGETS = [
  ["8工作小时", "1 workday", "end of next workday"],
  ["4 business hours", "1个工作日", "3 workdays"],
  ["8 business hours", "下一个工作日", "3个工作日"],
  ["6工作小时", "next workday by 16:00", "2 workdays"],
] as const;
const REPLY_TARGETS = ["1 workday", "3个工作日", "next workday by 16:00", "2 workdays", "end of next workday"] as const;
const ANSWER_TARGETS = ["当天18:00前", "次日9点前", "2小时内", "24h", "end of day", "by 18:00"] as const;
const WARNS = ["80%", "[50%, 80%]", "75%", "[60%, 90%]", "８０％"] as const;

const CATEGORIES = [
  ["water_leak", "power_cut"],
  ["gas_smell", "fire_door"],
  ["lift_trapped", "flooding"],
  ["burst_pipe", "short_circuit"],
] as const;

interface Round {
  kind: KindName;
  id: string;
  clocks: string[];
  events: string[];
  states: string[];
  priorities: string[];
  duties: string[];
  checkpointDuty: string;
  department: Department;
}

/** Generates a valid standard of about `lines` lines (see the module comment). */
export function generateStandard(options: GenerateOptions): string {
  const rand = random(options.seed ?? 20260306);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

  const header = headerSection();
  const tickets: string[] = ["tickets:"];
  const duties: string[] = ["duties:"];
  const audits: string[] = ["audits:"];
  const tests: string[] = ["tests:"];
  const total = () => header.length + tickets.length + duties.length + audits.length + tests.length;

  for (let n = 0; ; n++) {
    const kind = KINDS[n % KINDS.length]!;
    const id = n < KINDS.length ? kind.id : `${kind.id}-${Math.floor(n / KINDS.length) + 1}`;
    const round = { kind, id, department: kind.department, duties: [] as string[] } as unknown as Round;
    const kindLines = ticketKind(round, n);
    const dutyLines = [duty(round, n, 0), duty(round, n, 1), duty(round, n, 2)].flat();
    const auditLines = audit(round, n);
    const testLines = [ticketTest(round, n), dutyTest(round, n)].flat();
    const size = kindLines.length + dutyLines.length + auditLines.length + testLines.length;
    if (n > 0 && total() + size > options.lines) break;
    tickets.push(...kindLines);
    duties.push(...dutyLines);
    audits.push(...auditLines);
    tests.push(...testLines);
  }
  // Fill the rest with duties, which are small, until the target is reached.
  for (let n = 1000; total() < options.lines - 4; n++) {
    const kind = KINDS[n % KINDS.length]!;
    duties.push(
      ...duty({ kind, id: kind.id, department: kind.department, duties: [] as string[] } as unknown as Round, n, n % 7),
    );
  }
  return [...header, ...tickets, ...duties, ...audits, ...tests, ""].join("\n");

  function headerSection(): string[] {
    return [
      "# Harbour View estate service standard (generated for the benchmark)",
      "standard: harbour-view/bench",
      'version: "2026.10"',
      "title: { zh: 海景花园物业服务标准, en: Harbour View service standard }",
      "description:",
      "  zh: 海景花园住宅小区的服务时限、巡查与考核",
      "  en: Service times, patrols and audits of the Harbour View estate",
      "timezone: Asia/Shanghai",
      "",
      "x-shared:",
      "  office-hours: &office-hours",
      "    mon-fri: [08:30-12:00, 13:30-17:30]",
      "    sat: 09:00-12:00",
      "    sun: closed",
      "  response: &response",
      "    title: { zh: 响应, en: Response }",
      "",
      "holidaySets:",
      "  harbour-local:",
      "    title: { zh: 本地假日, en: Local holidays }",
      "    sources: [物业公司行政通知 2026-01]",
      "    years: [2026]",
      "    holidays:",
      "      - 2026-01-01",
      "      - { dates: 2026-02-16..2026-02-22, name: { zh: 春节, en: Spring Festival } }",
      "      - { dates: 2026-10-01..2026-10-07, name: { zh: 国庆节, en: National Day } }",
      "    workdays:",
      "      - { dates: 2026-02-14, name: { zh: 春节调休, en: Spring Festival make-up day } }",
      "      - 2026-09-27",
      "",
      "calendars:",
      "  office:",
      "    title: { zh: 办公时间, en: Office hours }",
      "    hours: *office-hours",
      "    holidays: [cn-mainland, harbour-local]",
      "    closed:",
      "      - 2026-06-19",
      "      - { dates: 2026-09-25, name: { zh: 中秋节, en: Mid-Autumn } }",
      "    workdays: [2026-10-10]",
      "    adjustedWorkdayHours: 08:30-17:30",
      "    overrides:",
      "      2026-12-31: 08:30-12:00",
      "      2026-12-24: closed",
      "  engineering:",
      "    title: { zh: 工程部值班, en: Engineering duty hours }",
      "    timezone: Asia/Shanghai",
      "    hours:",
      "      daily: 07:00-22:00",
      "    holidays: cn-mainland",
      "  service-desk:",
      "    title: { zh: 客服中心, en: Service desk }",
      "    hours:",
      "      weekdays: [08:00-12:00, 13:00-20:00]",
      "      weekends: 09:00至18:00",
      "    holidays: [cn-mainland]",
      "    overrides:",
      "      2026-02-17: closed",
      "  security:",
      "    title: { zh: 安保, en: Security }",
      "    hours: 24x7",
      "",
      "roles:",
      "  manager: { title: { zh: 项目经理, en: Estate manager } }",
      "  supervisor:",
      "    title: { zh: 主管, en: Supervisor }",
      "    reportsTo: manager",
      "  eng-foreman: { title: { zh: 工程领班, en: Engineering foreman }, reportsTo: supervisor }",
      "  technician: { title: { zh: 维修工, en: Technician }, reportsTo: eng-foreman }",
      "  security-captain: { title: { zh: 安保队长, en: Security captain }, reportsTo: supervisor }",
      "  security-guard: { title: { zh: 保安员, en: Security guard }, reportsTo: security-captain }",
      "  cs-lead: { title: { zh: 客服主管, en: Service desk lead }, reportsTo: manager }",
      "  customer-service: { title: { zh: 客服, en: Customer service }, reportsTo: cs-lead }",
      "  cleaning-lead: { title: { zh: 保洁领班, en: Cleaning lead }, reportsTo: supervisor }",
      "  cleaner: { title: { zh: 保洁员, en: Cleaner }, reportsTo: cleaning-lead }",
      "",
      "escalations:",
      "  engineering:",
      "    title: { zh: 工程升级, en: Engineering escalation }",
      "    levels: [technician, eng-foreman, supervisor, manager]",
      "  security:",
      "    levels: [security-guard, security-captain, supervisor, manager]",
      "  service:",
      "    title: { zh: 客服升级, en: Service escalation }",
      "    levels: [customer-service, cs-lead, manager]",
      "  cleaning:",
      "    levels: [cleaner, cleaning-lead, supervisor]",
      "",
    ];
  }

  function ticketKind(round: Round, n: number): string[] {
    const { kind, id } = round;
    const dept = DEPARTMENTS[round.department];
    const suffix = n < KINDS.length ? "" : ` ${Math.floor(n / KINDS.length) + 1}`;
    const lines = [
      `  ${id}:`,
      `    title: { zh: ${kind.zh}${suffix.trim() ? `（${suffix.trim()}）` : ""}, en: ${kind.en}${suffix} }`,
    ];
    if (n % 3 === 0) lines.push("    ownership: first-contact");
    const urgent = pick(CATEGORIES);
    lines.push(
      "    fields:",
      `      category: { type: string, values: [${urgent.join(", ")}, lift_fault, door_lock, other] }`,
      "      floor: { title: { zh: 楼层, en: Floor }, type: number }",
      "      unit: { type: string }",
      "      vip: { type: boolean }",
    );
    const priorities = [
      "    priorities:",
      "      urgent:",
      "        title: { zh: 紧急, en: Urgent }",
      `        when: { category: [${urgent.join(", ")}] }`,
      "      high:",
      "        title: { zh: 较急, en: High }",
      "        when:",
      "          category: lift_fault",
      `          floor: { gte: ${int(8, 20)} }`,
      "      normal: { title: { zh: 一般, en: Normal }, default: true }",
    ];
    round.priorities = ["urgent", "high", "normal"];
    if (kind.shape === "repair") {
      round.states = ["new", "accepted", "dispatched", "on_site", "waiting_parts", "done", "closed", "rejected"];
      round.events = [
        "accept",
        "reject",
        "dispatch",
        "recall",
        "arrive",
        "wait_parts",
        "parts_ready",
        "finish",
        "confirm",
        "reopen",
      ];
      round.clocks = ["response", "on_site", "resolve"];
      const [r1, r2, r3] = pick(RESPONSE_TARGETS);
      const [o1, o2, o3] = pick(ON_SITE_TARGETS);
      const [s1, s2, s3] = pick(RESOLVE_TARGETS);
      const calendar = n % 2 === 0 ? "office" : "engineering";
      lines.push(
        "    initial: new",
        "    states:",
        "      new:",
        "        title: { zh: 待受理, en: New }",
        "        on: { accept: accepted, reject: rejected }",
        "      accepted:",
        "        title: { zh: 已受理, en: Accepted }",
        "        on: { dispatch: dispatched }",
        "      dispatched:",
        "        title: { zh: 已派单, en: Dispatched }",
        "        on:",
        "          arrive: on_site",
        "          recall: { to: accepted, title: { zh: 改派, en: Reassign } }",
        "      on_site:",
        "        title: { zh: 处理中, en: On site }",
        "        on: { wait_parts: waiting_parts, finish: done }",
        "      waiting_parts:",
        "        title: { zh: 等待配件, en: Waiting for parts }",
        "        on: { parts_ready: on_site }",
        "      done:",
        "        title: { zh: 已完成, en: Done }",
        "        on:",
        "          confirm: closed",
        "          reopen: { to: on_site, when: { vip: true } }",
        "      closed: { title: { zh: 已关闭, en: Closed }, final: true }",
        "      rejected: { final: true }",
        "    events:",
        "      accept: { title: { zh: 受理, en: Accept } }",
        "      arrive: { title: { zh: 到场, en: Arrive } }",
        "      finish: { title: { zh: 完工, en: Finish } }",
        ...priorities,
        "    clocks:",
        "      response:",
        "        <<: *response",
        "        start: new",
        "        stop: [accepted, rejected]",
        `        target: { urgent: ${r1}, high: ${r2}, normal: ${r3} }`,
        `        warn: ${n % 2 ? "80%" : "[50%, 80%]"}`,
        "        escalate:",
        `          - { at: warning, notify: ${dept.staff} }`,
        `          - { at: breach, notify: ${dept.lead} }`,
        `          - { at: breach + ${pick(["30m", "1h", "2h"])}, notify: [supervisor] }`,
        "      on_site:",
        "        title: { zh: 到场, en: On site }",
        "        start: { event: dispatch }",
        "        stop: on_site",
        "        cancel: rejected",
        `        target: { urgent: ${o1}, high: ${o2}, normal: ${o3} }`,
        `        warn: ${pick(WARNS)}`,
        `        escalate: { chain: ${dept.chain}, from: breach, every: ${pick(["30m", "1h", "15m"])} }`,
        "      resolve:",
        "        title: { zh: 完成维修, en: Resolve }",
        "        start: new",
        "        stop: [done, rejected]",
        "        pause: waiting_parts",
        "        resume: { event: parts_ready }",
        "        reset: { event: reopen, when: { vip: true } }",
        `        calendar: ${calendar}`,
        "        target:",
        `          urgent: ${s1}`,
        `          high: ${s2}`,
        `          normal: ${s3}`,
        "        warn: 75%",
        "        escalate:",
        `          - { at: breach, notify: ${dept.lead}, title: { zh: 超时, en: Overdue } }`,
        "          - { at: 150%, notify: supervisor }",
        "          - at: breach + 8h",
        "            notify: [manager]",
        "    rework:",
        `      within: ${pick(["30d", "一个月", "2 weeks", "两周"])}`,
        "      same: [unit, category]",
        "      reopen: true",
      );
    } else if (kind.shape === "complaint") {
      round.states = ["received", "acknowledged", "investigating", "waiting_owner", "replied", "closed", "withdrawn"];
      round.events = [
        "acknowledge",
        "withdraw",
        "investigate",
        "wait_owner",
        "owner_replied",
        "reply",
        "satisfied",
        "dissatisfied",
      ];
      round.clocks = ["acknowledge", "reply"];
      lines.push(
        "    states:",
        "      received:",
        "        title: { zh: 已接收, en: Received }",
        "        on: { acknowledge: acknowledged, withdraw: withdrawn }",
        "      acknowledged:",
        "        on: { investigate: investigating, withdraw: withdrawn }",
        "      investigating:",
        "        title: { zh: 调查中, en: Investigating }",
        "        on: { wait_owner: waiting_owner, reply: replied }",
        "      waiting_owner:",
        "        title: { zh: 等待业主, en: Waiting for owner }",
        "        on: { owner_replied: investigating }",
        "      replied:",
        "        on:",
        "          satisfied: closed",
        "          dissatisfied: { to: investigating, title: { zh: 不满意, en: Not satisfied } }",
        "      closed: { final: true }",
        "      withdrawn: { title: { zh: 已撤回, en: Withdrawn }, final: true }",
        ...priorities,
        "    clocks:",
        "      acknowledge:",
        "        title: { zh: 确认, en: Acknowledge }",
        "        start: received",
        "        stop: [acknowledged, withdrawn]",
        `        target: ${pick(["1h", "30分钟", "2 hours", "半小时"])}`,
        "        warn: 80%",
        `        escalate: [{ at: breach, notify: ${dept.lead} }, { at: breach + 1h, notify: manager }]`,
        "      reply:",
        "        title: { zh: 回复, en: Reply }",
        "        start: received",
        "        stop: replied",
        "        pause: waiting_owner",
        "        resume: [{ event: owner_replied }]",
        "        cancel: withdrawn",
        `        calendar: ${n % 2 ? "service-desk" : "office"}`,
        `        target: { urgent: ${pick(["8工作小时", "4 business hours"])}, high: ${pick(REPLY_TARGETS)}, normal: ${pick(REPLY_TARGETS)} }`,
        "        warn: [50%, 80%]",
        `        escalate: { chain: ${dept.chain}, from: warning, every: ${pick(["2h", "4h", "1h"])} }`,
        "    rework:",
        `      within: ${pick(["30d", "90天", "3 months"])}`,
        "      same: [unit]",
      );
    } else {
      round.states = ["open", "transferred", "answered", "closed"];
      round.events = ["transfer", "close", "answer", "follow_up"];
      round.clocks = ["answer"];
      lines.push(
        "    initial: open",
        "    states:",
        "      open:",
        "        title: { zh: 待答复, en: Open }",
        "        on: { answer: answered, transfer: transferred }",
        "      transferred:",
        "        title: { zh: 已转办, en: Transferred }",
        "        on: { answer: answered }",
        "      answered:",
        "        on: { close: closed, follow_up: open }",
        "      closed: { final: true }",
        "    events:",
        "      follow_up: { title: { zh: 追问, en: Follow-up } }",
        ...priorities,
        "    clocks:",
        "      answer:",
        "        title: { zh: 答复, en: Answer }",
        "        start: [open, { event: follow_up }]",
        "        stop: answered",
        `        target: ${pick(ANSWER_TARGETS)}`,
        "        warn: 80%",
        "        escalate:",
        `          - { at: warning, notify: ${dept.staff} }`,
        `          - { at: breach, notify: [${dept.lead}] }`,
      );
    }
    return lines;
  }

  function duty(round: Round, n: number, variant: number): string[] {
    const dept = DEPARTMENTS[round.department];
    const id = `${pick(["patrol", "inspect", "check", "round", "clean", "test"])}-${n}-${variant}`;
    if (variant === 0) round.checkpointDuty = id;
    round.duties.push(id);
    const zones = shuffled(ZONES).slice(0, int(2, 4));
    const points = shuffled(CHECKPOINTS).slice(0, int(2, 4));
    const title = `    title: { zh: ${pick(["夜间巡逻", "设备巡检", "公共区域检查", "消防检查", "水箱清洗", "电梯检测"])}${n}-${variant}, en: ${pick(["Night patrol", "Plant inspection", "Common area check", "Fire check", "Tank cleaning", "Lift test"])} ${n}.${variant} }`;
    const lines = [`  ${id}:`, title];
    switch (variant % 7) {
      case 0:
        lines.push(
          `    role: ${dept.staff}`,
          `    zones: [${zones.join(", ")}]`,
          "    checkpoints:",
          ...points.map(([cp, zh, en], i) =>
            i % 2 ? `      - ${cp}` : `      - { id: ${cp}, title: { zh: ${zh}, en: ${en} } }`,
          ),
          `    every: ${pick(["2h", "2小时", "90m"])}`,
          `    between: ${pick(["22:00-06:00", "20:00-08:00", "21:30-05:30"])}`,
          `    tolerance: ${pick(["15m", "20分钟", "半小时"])}`,
          `    notify: ${dept.lead}`,
          `    escalate: { chain: ${dept.chain}, every: 30m }`,
        );
        break;
      case 1:
        lines.push(
          `    role: [${dept.staff}]`,
          `    at: [${pick(["08:00", "09:00", "07:30"])}, ${pick(["14:00", "15:30", "17:00"])}]`,
          `    days: ${pick(["mon-fri", "weekdays", "[mon, wed, fri]", "sat,sun"])}`,
          "    calendar: office",
          `    tolerance: ${pick(["30m", "1h", "45分钟"])}`,
          `    escalate: [{ at: breach, notify: ${dept.lead} }, { at: breach + 2h, notify: manager }]`,
        );
        break;
      case 2:
        lines.push(
          `    role: ${dept.lead}`,
          `    monthly: [${int(1, 10)}, ${int(15, 28)}]`,
          `    at: "${pick(["10:00", "14:30", "09:15"])}"`,
          `    zones: [${zones.slice(0, 2).join(", ")}]`,
          `    notify: [supervisor]`,
        );
        break;
      case 3:
        lines.push(
          `    role: ${dept.staff}`,
          `    rrule: ${pick(["FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=MONTHLY;BYMONTHDAY=-1", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"])}`,
        );
        break;
      case 4:
        lines.push(
          `    role: ${dept.staff}`,
          `    on: ${pick(["rain_stopped", "typhoon_warning", "power_restored", "snowfall"])}`,
          `    within: ${pick(["1h", "2小时", "30m"])}`,
          `    zones: [${zones.join(", ")}]`,
        );
        break;
      case 5:
        lines.push(
          `    ${pick(["before", "after"])}: ${pick(["1 month", "1个月", "2 weeks", "7天"])}`,
          `    of: ${pick(["unit.warrantyEnd", "unit.leaseEnd", "contract.renewal"])}`,
          "    notify: customer-service",
        );
        break;
      default:
        lines.push(
          `    role: ${dept.staff}`,
          `    every: ${pick(["1d", "1w", "2 weeks"])}`,
          `    checkpoints: [${points.map(([cp]) => cp).join(", ")}]`,
        );
    }
    return lines;
  }

  function audit(round: Round, n: number): string[] {
    const clock = round.clocks[0]!;
    return [
      `  ${round.id}-${pick(["monthly", "quarterly", "weekly"])}-${n}:`,
      `    title: { zh: ${round.kind.zh}考核, en: ${round.kind.en} audit ${n} }`,
      `    period: ${pick(["week", "month", "quarter"])}`,
      `    per: ${n % 2 ? "zone" : "site"}`,
      "    kpis:",
      "      on-time:",
      "        title: { zh: 及时率, en: On time }",
      "        measure: clock-met-rate",
      `        ticket: ${round.id}`,
      `        clock: ${clock}`,
      `        target: { min: ${pick(["95%", "98%", "90%"])} }`,
      "      rework:",
      "        title: { zh: 返修率, en: Rework }",
      "        measure: rework-rate",
      `        ticket: ${round.id}`,
      `        target: { max: ${pick(["5%", "3%", "2%"])} }`,
      "        inclusive: false",
      "      coverage:",
      "        title: { zh: 巡查覆盖率, en: Checkpoint coverage }",
      "        measure: checkpoint-coverage",
      `        duty: ${round.checkpointDuty}`,
      "        target: { min: 100% }",
      "      done:",
      "        title: { zh: 完成率, en: Completion }",
      "        measure: duty-completion-rate",
      `        duty: ${round.duties[1]}`,
      `        target: { min: ${pick(["95%", "99%"])} }`,
      "      satisfaction:",
      "        title: { zh: 满意度, en: Satisfaction }",
      "        measure: fact",
      "        fact: satisfaction_rate",
      `        target: { min: ${int(80, 92)}, max: 100 }`,
      "    rules:",
      "      late:",
      "        title: { zh: 超时, en: Late }",
      "        when: { kpi: on-time, met: false }",
      "        severity: major",
      `        points: ${int(3, 10)}`,
      "      complaints:",
      "        title: { zh: 投诉过多, en: Too many complaints }",
      "        when:",
      "          all:",
      `            - { fact: complaint_count, operator: greaterThan, value: ${int(2, 6)} }`,
      "            - not: { kpi: satisfaction, met: true }",
      "        severity: minor",
      "        points: 2",
      "      missed-rounds:",
      "        title: { zh: 漏巡, en: Missed rounds }",
      "        when:",
      "          any:",
      "            - { kpi: coverage, met: false }",
      "            - { kpi: done, met: false }",
      "            - { fact: zone, operator: in, value: [北区, 南区] }",
      "        severity: critical",
      `        points: ${int(10, 20)}`,
      `    scoring: { start: 100, floor: ${int(0, 60)}, rank: ${n % 2 === 0} }`,
    ];
  }

  function ticketTest(round: Round, n: number): string[] {
    const day = String(int(2, 27)).padStart(2, "0");
    const events = round.events;
    return [
      `  ${round.id}-urgent-${n}:`,
      `    title: { zh: ${round.kind.zh}紧急单时限, en: "${round.kind.en}: urgent deadlines" }`,
      `    ticket: ${round.id}`,
      `    data: { category: lift_fault, floor: ${int(20, 30)}, unit: "${int(1, 9)}-${int(1, 30)}0${int(1, 4)}", vip: ${n % 2 === 0} }`,
      "    steps:",
      `      - { at: "2026-03-${day} 17:55", event: ${events[0]} }`,
      `      - at: 2026-03-${day} 18:${String(int(10, 59))}`,
      `        event: ${events[2]}`,
      "        data: { note: 业主不在家 }",
      "    expect:",
      `      - { priority: high, state: ${round.states[2]} }`,
      `      - { clock: ${round.clocks[0]}, status: stopped }`,
      `      - { at: "2026-03-${day} 23:00", clock: ${round.clocks.at(-1)}, status: ${pick(["running", "warning", "breached"])}, notified: [${DEPARTMENTS[round.department].lead}] }`,
    ];
  }

  function dutyTest(round: Round, n: number): string[] {
    return [
      `  ${round.checkpointDuty}-night-${n}:`,
      `    duty: ${round.checkpointDuty}`,
      '    from: "2026-03-06 00:00"',
      '    to: "2026-03-07 00:00"',
      "    expect:",
      `      - occurrences: ["2026-03-06 00:00", "2026-03-06 02:00", "2026-03-06 04:00"]`,
    ];
  }

  function shuffled<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}
