/**
 * Every diagnostic code the language gives, in one place (as eemeli/yaml's `ErrorCode`): its
 * severity, the stage that finds it, and a one-line summary; for codes whose words do not depend
 * on where they are found, the English message and hint too, so a second language is one more
 * table. `docs/reference/diagnostics.md` documents exactly these codes (a test compares them).
 *
 * The engine registers its compile codes the same way: `defineDiagnosticCodes({ … })`, and a
 * `Diagnostic<EngineCode>` located through the model's origins (`diagnosticAt`).
 */
import { calendarErrorCodes, type CalendarSpecCode } from "@yardstick/calendar";
import type { Severity } from "./diagnostic.js";
import type { KPI_UNITS, Period } from "../model/literals.js";
import { type ArgsFor, type Bilingual, fillBoth, listOf, type Words } from "./words.js";

/** The stage of the pipeline that finds a problem; a load stops after the first stage with errors. */
export type DiagnosticStage =
  | "read"
  | "yaml"
  | "extends"
  | "shape"
  | "values"
  | "references"
  | "rules"
  /** The engine's compile checks, on a resolved model. */
  | "compile"
  /** A code any stage may give (`too-many-diagnostics`). */
  | "any"
  /** A mistake in how a command was called (the CLI's usage codes). */
  | "usage";

/**
 * How a code is phrased, by variant: each variant a message and hint in English and Chinese, with
 * the same `{{name}}` parameters in both (a test checks it).
 */
export type DiagnosticText = Readonly<Record<string, Bilingual>>;

/**
 * One phrasing in both languages; keeps the template literals, so a report's arguments are checked.
 * Another registry (the engine's compile codes) writes its words with it too.
 */
export function say<const M extends string, const H extends string, const ZM extends string, const ZH extends string>(
  message: M,
  hint: H,
  zhMessage: ZM,
  zhHint: ZH,
): { en: readonly [M, H]; zh: readonly [ZM, ZH] } {
  return { en: [message, hint], zh: [zhMessage, zhHint] };
}

/** One code of a registry. */
export interface DiagnosticCodeEntry {
  /** Severities it is given with; the first is what a report without `severity` gets. */
  severities: readonly [Severity, ...Severity[]];
  stages: readonly [DiagnosticStage, ...DiagnosticStage[]];
  /** What the code means, in one line. */
  summary: string;
  /** Its words: every code the language reports has them; an engine code may not yet. */
  text?: DiagnosticText;
  /**
   * `false` for a calendar code the language rules out before the calendar looks at a spec (the
   * schema checks it first); such a code needs no section in the diagnostics reference.
   */
  reachesAuthors?: false;
}

/**
 * Checks a registry's entries and keeps their literal keys, so `keyof typeof registry` is the
 * union of its codes.
 *
 * @example
 * export const engineCodes = defineDiagnosticCodes({
 *   "unbounded-plan": { severities: ["error"], stages: ["compile"], summary: "a duty plan has no end" },
 * });
 * export type EngineCode = keyof typeof engineCodes;
 */
export function defineDiagnosticCodes<const Registry extends Record<string, DiagnosticCodeEntry>>(
  registry: Registry,
): Registry {
  return registry;
}

const error = ["error"] as const;
const warning = ["warning"] as const;

/** The calendar's spec codes: `validateCalendarSpec` finds them in a compiled calendar. */
const calendarCodes = {} as Record<CalendarSpecCode, DiagnosticCodeEntry>;
for (const [code, entry] of Object.entries(calendarErrorCodes))
  if (entry.kind === "spec")
    calendarCodes[code as CalendarSpecCode] = { severities: error, stages: ["values"], summary: entry.summary };

/** Whether the language itself rules a calendar spec code out (the schema or a value check comes first). */
const ruledOut = { reachesAuthors: false } as const;

/** The reference kinds `unknown-<kind>` is given for. */
export type ReferenceKind =
  | "calendar"
  | "role"
  | "state"
  | "event"
  | "priority"
  | "kpi"
  | "rule"
  | "duty"
  | "ticket"
  | "clock"
  | "escalation-chain"
  | "field";

/** Where a name is looked up, as `unknown-<kind>` and its hints say it. */
const kindWords: Record<ReferenceKind, { en: string; plural: string; zh: string }> = {
  calendar: { en: "calendar", plural: "calendars", zh: "日历" },
  role: { en: "role", plural: "roles", zh: "角色" },
  state: { en: "state", plural: "states", zh: "状态" },
  event: { en: "event", plural: "events", zh: "事件" },
  priority: { en: "priority", plural: "priorities", zh: "优先级" },
  kpi: { en: "kpi", plural: "kpis", zh: "KPI" },
  rule: { en: "rule", plural: "rules", zh: "考核规则" },
  duty: { en: "duty", plural: "duties", zh: "例行任务" },
  ticket: { en: "ticket", plural: "tickets", zh: "工单类型" },
  clock: { en: "clock", plural: "clocks", zh: "时效时钟" },
  "escalation-chain": { en: "escalation chain", plural: "escalation chains", zh: "升级链" },
  field: { en: "field", plural: "fields", zh: "字段" },
};

/** The words of a kind of name, for `{{kind}}` and `{{kinds}}` in a reference's message. */
export function kindOf(kind: ReferenceKind): { kind: Words; kinds: Words } {
  const w = kindWords[kind];
  return { kind: { en: w.en, zh: w.zh }, kinds: { en: w.plural, zh: w.zh } };
}

const periodWords: Record<Period, Words> = {
  day: { en: "day", zh: "天" },
  week: { en: "week", zh: "周" },
  month: { en: "month", zh: "月" },
  quarter: { en: "quarter", zh: "季度" },
  year: { en: "year", zh: "年" },
};

/** A period's name in both languages, for `{{period}}` and `{{per}}`. */
export function periodOf(period: Period): Words {
  return periodWords[period];
}

type KpiUnit = (typeof KPI_UNITS)[number];

const unitWords: Record<KpiUnit, Words> = {
  percent: { en: "percent", zh: "百分比" },
  number: { en: "a number", zh: "数字" },
  minutes: { en: "minutes", zh: "分钟" },
  hours: { en: "hours", zh: "小时" },
  days: { en: "days", zh: "天" },
};

/** A KPI unit's name in both languages, for `{{unit}}`. */
export function unitOf(unit: KpiUnit): Words {
  return unitWords[unit];
}

const unknownText = {
  text: {
    unknown: say(
      "unknown {{kind}} `{{name}}`{{where}}",
      "{{suggestion}}",
      "未声明的{{kind}} `{{name}}`{{where}}",
      "{{suggestion}}",
    ),
  },
} as const;

const unknown = (kind: ReferenceKind) =>
  ({
    severities: error,
    stages: ["references"],
    summary: `a ${kind.replace("-", " ")} is used that is not declared`,
    ...unknownText,
  }) as const;

/** The shared words of suggestions: `{{suggestion}}` in a hint is one of these, filled in. */
export const commonText = {
  didYouMean: say("did you mean {{options}}?", "", "是不是要写 {{options}}？", ""),
  declared: say("declared {{kinds}}{{where}}: {{names}}", "", "已声明的{{kinds}}{{where}}：{{names}}", ""),
  declareFirst: say("declare it first{{where}}", "", "请先声明它{{where}}", ""),
  inTicket: say(" in ticket kind `{{ticket}}`", "", "（工单类型 `{{ticket}}` 中）", ""),
  inAudit: say(" in audit `{{audit}}`", "", "（考核 `{{audit}}` 中）", ""),
  inPath: say(" in `{{path}}`", "", "（位于 `{{path}}`）", ""),
  titleOf: say(
    "`{{name}}` is the title of {{kind}} `{{id}}`; use its id",
    "",
    "`{{name}}` 是{{kind}} `{{id}}` 的名称；这里要写编号 `{{id}}`",
    "",
  ),
} as const;

export const diagnosticCodes = defineDiagnosticCodes({
  // Spread first: where the language has its own meaning for a calendar code, its entry wins.
  ...calendarCodes,
  "invalid-spec": { ...calendarCodes["invalid-spec"], ...ruledOut },
  "invalid-weekday": { ...calendarCodes["invalid-weekday"], ...ruledOut },
  "empty-window": { ...calendarCodes["empty-window"], ...ruledOut },
  "invalid-date-span": { ...calendarCodes["invalid-date-span"], ...ruledOut },
  "duplicate-override": { ...calendarCodes["duplicate-override"], ...ruledOut },
  "invalid-holiday-set": { ...calendarCodes["invalid-holiday-set"], ...ruledOut },
  "invalid-hours": { ...calendarCodes["invalid-hours"], ...ruledOut },
  "overlapping-windows": {
    ...calendarCodes["overlapping-windows"],
    text: {
      overlap: say(
        "window {{window}} overlaps {{other}}",
        "working windows of a day must not overlap; merge them into one window or fix the times",
        "时间段 {{window}} 与 {{other}} 重叠",
        "同一天的工作时间段不能重叠；把它们合成一段，或改正时间",
      ),
    },
  },
  "date-outside-years": {
    ...calendarCodes["date-outside-years"],
    text: {
      outside: say(
        "{{date}} is outside the years the set covers ({{years}})",
        "add {{year}} to `years`, or fix the date",
        "{{date}} 不在该节假日集覆盖的年份内（{{years}}）",
        "把 {{year}} 加进 `years`，或改正日期",
      ),
    },
  },
  "holiday-and-workday": {
    ...calendarCodes["holiday-and-workday"],
    text: {
      both: say(
        "{{date}} is both a holiday and an adjusted working day in set `{{set}}`",
        "a date is one or the other; check the notice and remove the wrong entry",
        "{{date}} 在节假日集 `{{set}}` 中既是假日又是调休上班日",
        "一个日期只能是其中之一；对照放假通知删去写错的一条",
      ),
    },
  },

  // reading the file
  "file-too-large": {
    severities: error,
    stages: ["read"],
    summary: "the file is larger than the limit",
    text: {
      size: say(
        "the file is {{size}}; standards are limited to {{limit}}",
        "split the standard with `extends`, or raise the limit with the `maxBytes` option if the file is genuine",
        "文件大小为 {{size}}；标准文件最大 {{limit}}",
        "用 `extends` 把标准拆成几个文件；若文件确实这么大，可用 `maxBytes` 选项放宽限制",
      ),
    },
  },
  "invalid-utf8": {
    severities: error,
    stages: ["read"],
    summary: "the file is not UTF-8 text",
    text: {
      byte: say(
        "the file is not valid UTF-8 (byte {{byte}})",
        "save the file as UTF-8; GBK/GB2312 files must be converted (e.g. `iconv -f GBK -t UTF-8`)",
        "文件不是有效的 UTF-8 编码（第 {{byte}} 字节）",
        "请把文件另存为 UTF-8；GBK/GB2312 文件须先转换（如 `iconv -f GBK -t UTF-8`）",
      ),
    },
  },
  "binary-input": {
    severities: error,
    stages: ["read"],
    summary: "the file holds binary data, not text",
    text: {
      nul: say(
        "the file contains NUL bytes: it is binary, not YAML text",
        "pass the standard's .yaml file",
        "文件含有 NUL 字节：这是二进制文件，不是 YAML 文本",
        "请给出标准的 .yaml 文件",
      ),
    },
  },

  // YAML
  "yaml-syntax": {
    severities: error,
    stages: ["yaml"],
    summary: "the file is not valid YAML",
    text: {
      parser: say(
        "{{detail}}",
        "check the YAML syntax around this point (indentation, `:` after keys, closing quotes)",
        "YAML 语法错误：{{detail}}",
        "检查这附近的 YAML 写法（缩进、键后的 `:`、引号是否成对）",
      ),
      tab: say(
        "{{detail}}",
        "indent with spaces, not tabs",
        "YAML 语法错误：{{detail}}",
        "用空格缩进，不要用制表符（Tab）",
      ),
      indent: say(
        "{{detail}}",
        "line the key up with its siblings (spaces, not tabs)",
        "YAML 语法错误：{{detail}}",
        "把这个键与同级的键对齐（用空格，不用 Tab）",
      ),
      blockKey: say(
        "{{detail}}",
        "a key must fit on one line; did you forget a `:`?",
        "YAML 语法错误：{{detail}}",
        "键必须写在一行内；是不是漏了 `:`？",
      ),
      missingChar: say(
        "{{detail}}",
        "a bracket or quote is not closed",
        "YAML 语法错误：{{detail}}",
        "有括号或引号没有闭合",
      ),
      fullWidthColon: say(
        "line {{line}} uses the Chinese colon `：`; write `:`",
        "YAML reads only the ASCII colon `:` (followed by a space) between a key and its value",
        "第 {{line}} 行用了中文冒号 `：`；请改成英文冒号 `:`",
        "YAML 只认英文冒号 `:`（后面跟一个空格）来分隔键和值",
      ),
      fullWidthSpace: say(
        "line {{line}} has a full-width space `　`; write an ordinary space",
        "indent and separate with ASCII spaces; a Chinese input method types `　` for a space",
        "第 {{line}} 行有全角空格 `　`；请改成普通（半角）空格",
        "缩进和分隔都用半角空格；中文输入法下按空格键可能打出全角空格 `　`",
      ),
      noSpaceAfterColon: say(
        "line {{line}} has no space after the `:` of `{{key}}`",
        "write `{{key}}: {{value}}` — YAML needs a space after the colon",
        "第 {{line}} 行 `{{key}}` 的冒号 `:` 后面没有空格",
        "写成 `{{key}}: {{value}}`——YAML 要求冒号后面有一个空格",
      ),
      overIndented: say(
        "line {{line}} is indented {{extra}} more than `{{sibling}}` above it",
        "line `{{key}}` up with `{{sibling}}` (indent by {{expected}} spaces)",
        "第 {{line}} 行比上面的 `{{sibling}}` 多缩进了 {{extra}} 格",
        "把 `{{key}}` 与 `{{sibling}}` 对齐（缩进 {{expected}} 个空格）",
      ),
      listItem: say(
        "line {{line}} starts a list item `-` where `{{parent}}` holds keys, not a list",
        "remove the `- ` and line it up with the keys of `{{parent}}`, or make `{{parent}}` a list throughout",
        "第 {{line}} 行以列表项 `-` 开头，但 `{{parent}}` 下面写的是键，不是列表",
        "去掉 `- `，与 `{{parent}}` 下的其他键对齐；或者把 `{{parent}}` 整个写成列表",
      ),
      tabs: say(
        "line {{line}} is indented with a tab{{more}}",
        "YAML indents with spaces only; let your editor turn tabs into spaces",
        "第 {{line}} 行用制表符（Tab）缩进{{more}}",
        "YAML 只能用空格缩进；请在编辑器里把 Tab 转成空格",
      ),
    },
  },
  "yaml-warning": {
    severities: warning,
    stages: ["yaml"],
    summary: "YAML that reads, but probably not as meant",
    text: {
      parser: say(
        "{{detail}}",
        "check the YAML syntax around this point (indentation, `:` after keys, closing quotes)",
        "YAML 警告：{{detail}}",
        "检查这附近的 YAML 写法（缩进、键后的 `:`、引号是否成对）",
      ),
    },
  },
  "duplicate-key": {
    severities: error,
    stages: ["yaml"],
    summary: "a key is given twice in one map",
    text: {
      twice: say(
        "the key `{{key}}` appears twice in this map",
        "each key may appear once in a map; merge the two entries or rename one",
        "键 `{{key}}` 在同一个映射里出现了两次",
        "同一映射里每个键只能出现一次；把两条合并，或给其中一条改名",
      ),
    },
  },
  "multiple-documents": {
    severities: error,
    stages: ["yaml"],
    summary: "the file holds more than one document",
    text: {
      parser: say(
        "{{detail}}",
        "a file holds one standard; remove the `---` separator or split the file",
        "文件里有不止一个 YAML 文档：{{detail}}",
        "一个文件只写一个标准；删去 `---` 分隔线，或拆成几个文件",
      ),
    },
  },
  "unresolved-alias": {
    severities: error,
    stages: ["yaml"],
    summary: "an alias names no anchor",
    text: {
      alias: say(
        "the alias `*{{name}}` names no anchor",
        "define `&{{name}}` on a value before this line (e.g. under an `x-` key), or fix the alias's spelling",
        "别名 `*{{name}}` 找不到对应的锚点",
        "在这一行之前给某个值定义 `&{{name}}`（例如写在 `x-` 键下），或改正别名的拼写",
      ),
    },
  },
  "invalid-merge": {
    severities: error,
    stages: ["yaml"],
    summary: "a `<<` merge of something not a map",
    text: {
      merge: say(
        "`<<` must merge a map (or a list of maps)",
        "write `<<: *anchor` where the anchor names a map",
        "`<<` 只能合并映射（或映射的列表）",
        "写成 `<<: *anchor`，且锚点指向一个映射",
      ),
    },
  },
  "invalid-key": {
    severities: error,
    stages: ["yaml"],
    summary: "a key that is not a plain string",
    text: {
      plain: say(
        "keys must be plain text",
        "write the key as a word such as `title`, not a list or a map",
        "键必须是普通文字",
        "键写成一个词，如 `title`，不能是列表或映射",
      ),
    },
  },
  "forbidden-key": {
    severities: error,
    stages: ["yaml"],
    summary: "a key reserved by JavaScript (`__proto__`)",
    text: {
      reserved: say(
        "the key `{{key}}` is not allowed",
        "`__proto__`, `constructor` and `prototype` are reserved; rename the entry",
        "不允许使用键 `{{key}}`",
        "`__proto__`、`constructor` 和 `prototype` 是保留字；请给这一条改名",
      ),
    },
  },
  "nesting-too-deep": {
    severities: error,
    stages: ["yaml"],
    summary: "values nested deeper than the limit",
    text: {
      depth: say(
        "values are nested more than {{max}} levels deep",
        "a standard never nests this deep; check for a generated or corrupted file",
        "值的嵌套超过了 {{max}} 层",
        "标准不会嵌套这么深；检查文件是否是程序生成的或已损坏",
      ),
      parser: say(
        "values are nested too deeply to read",
        "a standard never nests this deep; check for a generated or corrupted file",
        "值嵌套太深，无法读取",
        "标准不会嵌套这么深；检查文件是否是程序生成的或已损坏",
      ),
    },
  },
  "document-too-large": {
    severities: error,
    stages: ["yaml"],
    summary: "aliases expand to more values than the limit",
    text: {
      nodes: say(
        "the document expands to more than {{max}} values",
        "aliases (`*name`) may multiply content; a standard needs far fewer values — check for an alias bomb",
        "文档展开后超过 {{max}} 个值",
        "别名（`*name`）会成倍复制内容；标准用不到这么多值——检查是否有别名炸弹",
      ),
    },
  },
  "not-a-standard": {
    severities: error,
    stages: ["yaml"],
    summary: "the file is not a map of a standard's keys",
    text: {
      shape: say(
        "the file does not hold a standard (a map with `standard:`, `version:`, `title:` …)",
        "start from the example in docs/guide/authoring-standards.md",
        "文件里不是一个标准（应是含 `standard:`、`version:`、`title:` 等键的映射）",
        "从 docs/guide/authoring-standards.zh.md 里的示例开始写",
      ),
    },
  },
  "too-many-diagnostics": {
    severities: error,
    stages: ["any"],
    summary: "more problems than the limit; the rest are not shown",
    text: {
      cap: say(
        "more than {{max}} problems; the rest are not shown",
        "fix the problems above and validate again",
        "问题超过 {{max}} 个；其余的未列出",
        "先改正上面的问题，再校验一次",
      ),
    },
  },

  // extends
  "unresolved-extends": {
    severities: error,
    stages: ["extends"],
    summary: "the standard `extends` names is not found",
    text: {
      notFound: say(
        "cannot find the standard `{{id}}` that this one extends",
        "{{suggestion}}",
        "找不到本标准所继承（extends）的标准 `{{id}}`",
        "{{suggestion}}",
      ),
      noResolver: say(
        "cannot find the standard `{{id}}` that this one extends",
        "load it with a resolver (`yardstick validate` finds standards in the folders given)",
        "找不到本标准所继承（extends）的标准 `{{id}}`",
        "加载时请提供解析器（`yardstick validate` 会在给出的文件夹中查找标准）",
      ),
      checkId: say(
        "",
        "check the id, and that its file is among the files or folders given",
        "",
        "检查编号，并确认它的文件在给出的文件或文件夹之中",
      ),
      declaresOther: say(
        "`{{file}}` declares `standard: {{declared}}`, not `{{id}}`",
        "{{suggestion}}",
        "`{{file}}` 声明的是 `standard: {{declared}}`，不是 `{{id}}`",
        "{{suggestion}}",
      ),
      pointAt: say("", "point `extends` at the id the file declares", "", "让 `extends` 指向该文件声明的编号"),
      inheritedHere: say(
        "the inherited part, in `{{file}}`, that this standard's changes break",
        "",
        "被本标准的改动破坏的继承部分，位于 `{{file}}`",
        "",
      ),
    },
  },
  "circular-extends": {
    severities: error,
    stages: ["extends"],
    summary: "standards extend each other in a circle",
    text: {
      cycle: say(
        "`extends` goes round in a circle: {{cycle}}",
        "a standard cannot extend itself, directly or through others; remove one `extends`",
        "`extends` 绕成了一个圈：{{cycle}}",
        "标准不能直接或间接地继承自己；删去其中一个 `extends`",
      ),
    },
  },
  "extends-too-deep": {
    severities: error,
    stages: ["extends"],
    summary: "the `extends` chain is longer than the limit",
    text: {
      depth: say(
        "more than {{max}} standards in the `extends` chain",
        "flatten the chain: a group standard and a site standard are usually enough",
        "`extends` 继承链上的标准超过 {{max}} 个",
        "把继承链压平：一般有集团标准和项目标准两层就够了",
      ),
    },
  },

  "duplicate-standard": {
    severities: error,
    stages: ["extends"],
    summary: "two files given together declare the same standard id",
    text: {
      twice: say(
        "`{{file}}` and `{{other}}` both declare `standard: {{id}}`",
        "each file names its own standard; rename one id, or leave one file out",
        "`{{file}}` 和 `{{other}}` 都声明了 `standard: {{id}}`",
        "每个文件的标准编号都要不同；给其中一个改名，或只给出其中一个文件",
      ),
      first: say("`{{file}}` declares it first", "", "`{{file}}` 先声明了它", ""),
    },
  },

  // the shape of the document
  "missing-key": {
    severities: error,
    stages: ["shape", "values"],
    summary: "a required key is missing",
    text: {
      required: say("missing required key `{{key}}`{{where}}", "{{add}}", "缺少必填的键 `{{key}}`{{where}}", "{{add}}"),
      add: say("", "add `{{key}}:`", "", "加上 `{{key}}:`"),
      addDescribed: say("", "add `{{key}}:` — {{description}}", "", "加上 `{{key}}:`——{{description}}"),
      ownStandard: say(
        "missing required key `standard`",
        "add `standard: your-site-id` — every file names its own standard",
        "缺少必填的键 `standard`",
        "加上 `standard: your-site-id`——每个文件都要写明自己的标准编号",
      ),
      ownHeader: say(
        "missing required key `{{key}}`",
        "add `{{key}}:` — a standard that extends another still has its own {{key}}",
        "缺少必填的键 `{{key}}`",
        "加上 `{{key}}:`——继承了别的标准，本标准仍要有自己的 {{key}}",
      ),
      timezone: say(
        "missing required key `timezone`",
        "add `timezone: Asia/Shanghai` (an IANA zone name), or inherit one with `extends`",
        "缺少必填的键 `timezone`",
        "加上 `timezone: Asia/Shanghai`（IANA 时区名），或通过 `extends` 继承",
      ),
      triggered: say(
        "a triggered duty needs both `on` and `within`",
        "e.g. `on: rain_stopped` and `within: 1h`",
        "触发式例行任务需要同时写 `on` 和 `within`",
        "例如 `on: rain_stopped` 和 `within: 1h`",
      ),
      dateRelative: say(
        "a date-relative duty needs one of `before`/`after`, and `of`",
        "e.g. `before: 1 month` and `of: unit.warrantyEnd`",
        "按日期计算的例行任务需要 `before` 或 `after` 之一，以及 `of`",
        "例如 `before: 1 month` 和 `of: unit.warrantyEnd`",
      ),
      timesPer: say(
        "`times` needs `per`: how many times in which period",
        "e.g. `times: 2` and `per: day`",
        "`times` 需要配 `per`：在什么周期内做几次",
        "例如 `times: 2` 和 `per: day`",
      ),
      measure: say(
        "the measure `{{measure}}`{{withStat}} needs {{keys}}",
        "add {{add}} to say what is measured",
        "指标 `{{measure}}`{{withStat}}需要 {{keys}}",
        "加上 {{add}}，写明要衡量什么",
      ),
      withPercentile: say(" with `stat: percentile`", "", "配 `stat: percentile` 时", ""),
      readingWithoutEvery: say(
        "`reading` says how `every` is checked, and the duty has no `every`",
        "add `every: 2h` (with `between` for a daily window), or remove `reading`",
        "`reading` 说的是怎样核对 `every`，但这个例行任务没有写 `every`",
        "加上 `every: 2h`（每天限定时段就配 `between`），或删去 `reading`",
      ),
      band: say(
        "a band gives a `grade`, `points`, or both",
        "add `grade: A` or `points: 10` to say what a value in this band earns",
        "档位要写 `grade`（等级）、`points`（分数），或两者都写",
        "加上 `grade: A` 或 `points: 10`，写明落在这一档得到什么",
      ),
    },
  },
  "unknown-key": {
    severities: error,
    stages: ["shape"],
    summary: "a key the language does not have",
    text: {
      unknown: say("unknown key `{{key}}`{{where}}", "{{suggestion}}", "未知的键 `{{key}}`{{where}}", "{{suggestion}}"),
      allowed: say("", "allowed keys here: {{keys}}{{own}}", "", "这里可用的键：{{keys}}{{own}}"),
      ownKeys: say("; keys of your own start with `x-`", "", "；自定义的键以 `x-` 开头", ""),
    },
  },
  "invalid-id": {
    severities: error,
    stages: ["shape"],
    summary: "an id that is not a lowercase identifier",
    text: {
      daySelector: say(
        "`{{key}}` is not a day selector",
        "{{suggestion}}write days as `mon`…`sun`, ranges as `mon-fri`, lists as `sat,sun`, or `daily`, `weekdays`, `weekends`",
        "`{{key}}` 不是星期写法",
        "{{suggestion}}星期写作 `mon`…`sun`，范围写作 `mon-fri`，多天写作 `sat,sun`，或写 `daily`、`weekdays`、`weekends`",
      ),
      date: say(
        "`{{key}}` is not a date",
        "write dates as `YYYY-MM-DD`, e.g. `2026-10-01`",
        "`{{key}}` 不是日期",
        "日期写作 `YYYY-MM-DD`，如 `2026-10-01`",
      ),
      id: say(
        "`{{key}}` is not a valid id",
        "ids use lowercase letters, digits, `-` and `_`, and start with a letter{{example}}",
        "`{{key}}` 不是有效的编号",
        "编号由小写字母、数字、`-` 和 `_` 组成，以字母开头{{example}}",
      ),
      example: say(" — e.g. `{{id}}`", "", "——例如 `{{id}}`", ""),
      title: say(
        "`{{key}}` is the title of {{kind}} `{{id}}`, not its id",
        "write `{{id}}`: names are referred to by id; the title is what people read",
        "`{{key}}` 是{{kind}} `{{id}}` 的名称，不是编号",
        "写 `{{id}}`：引用时用编号，名称是给人看的",
      ),
      field: say(
        "`{{key}}` is not a valid field name",
        "field names are letters, digits and `_`, joined by `.`: `unit.warrantyEnd`",
        "`{{key}}` 不是有效的字段名",
        "字段名由字母、数字和 `_` 组成，用 `.` 连接：`unit.warrantyEnd`",
      ),
    },
  },
  "invalid-type": {
    severities: error,
    stages: ["shape"],
    summary: "a value of the wrong type",
    text: {
      expected: say(
        "expected {{expected}}, got {{got}}{{where}}",
        "{{description}}",
        "这里应是{{expected}}，却是{{got}}{{where}}",
        "{{description}}",
      ),
      write: say("", "write {{expected}} here", "", "这里写{{expected}}"),
    },
  },
  "invalid-value": {
    severities: error,
    stages: ["shape", "values"],
    summary: "a value that is not allowed there",
    text: {
      oneOf: say(
        "{{got}} is not one of {{options}}{{where}}",
        "{{suggestion}}",
        "{{got}} 不是 {{options}} 中的一个{{where}}",
        "{{suggestion}}",
      ),
      writeOneOf: say("", "write one of: {{options}}", "", "写其中之一：{{options}}"),
      notAllowed: say(
        "{{got}} is not a form allowed{{where}}",
        "{{description}}",
        "{{got}}不是这里允许的写法{{where}}",
        "{{description}}",
      ),
      expectedDescription: say("", "expected {{description}}", "", "应为：{{description}}"),
      seeReference: say(
        "",
        "see docs/reference/dsl.md for the forms allowed here",
        "",
        "这里允许的写法见 docs/reference/dsl.md",
      ),
      constant: say(
        "expected `{{expected}}`, got {{got}}{{where}}",
        "write `{{expected}}`",
        "这里应是 `{{expected}}`，却是{{got}}{{where}}",
        "写 `{{expected}}`",
      ),
      other: say(
        "{{got}}{{where}} {{detail}}",
        "{{description}}",
        "{{got}}{{where}}不符合要求：{{detail}}",
        "{{description}}",
      ),
      floor: say(
        "the score floor {{floor}} is above the starting score {{start}}",
        "the floor is the lowest score deductions can reach; make it at most `start`",
        "最低分 {{floor}} 高于起始分 {{start}}",
        "最低分是扣分所能扣到的最低分数；它不能高于 `start`",
      ),
      zoneField: say(
        "`zoneField` only matters with `per: zone`",
        "add `per: zone`, or drop `zoneField`",
        "只有 `per: zone` 时 `zoneField` 才有作用",
        "加上 `per: zone`，或删去 `zoneField`",
      ),
      unusedByMeasure: say(
        "`{{key}}` is not used by the measure `{{measure}}`",
        "`{{measure}}` reads {{keys}}; remove `{{key}}` or choose another measure",
        "指标 `{{measure}}` 用不到 `{{key}}`",
        "`{{measure}}` 读取的是 {{keys}}；删去 `{{key}}`，或换一个指标",
      ),
      capBelowBase: say(
        "the cap {{cap}} is below the base amount {{base}}",
        "the cap is the most owed for one late clock; make it at least `base`",
        "上限 {{cap}} 低于基础金额 {{base}}",
        "上限是一次超时最多赔付的金额；它不能低于 `base`",
      ),
      percentileWithoutStat: say(
        "`percentile` only matters with `stat: percentile`",
        "add `stat: percentile`, or drop `percentile`",
        "只有 `stat: percentile` 时 `percentile` 才有作用",
        "加上 `stat: percentile`，或删去 `percentile`",
      ),
      notANumber: say(
        "`{{raw}}` is not a number",
        "write a number, or a percentage like `95%`",
        "`{{raw}}` 不是数字",
        "写一个数字，或百分比如 `95%`",
      ),
    },
  },
  "invalid-format": {
    severities: error,
    stages: ["shape"],
    summary: "a string not in the form expected",
    text: {
      calendar: say(
        "`{{value}}` is not a calendar name",
        "name a calendar declared under `calendars:`, or the built-in `24x7`",
        "`{{value}}` 不是日历名",
        "写 `calendars:` 下声明的日历，或内置的 `24x7`",
      ),
      standardId: say(
        "`{{value}}` is not a valid standard id",
        "use lowercase words joined by `-`, with `/` between parts: `cpmi-2004/level-1`",
        "`{{value}}` 不是有效的标准编号",
        "用 `-` 连接的小写单词，各部分之间用 `/`：`cpmi-2004/level-1`",
      ),
      dates: say(
        "`{{value}}` is not a date",
        "write `YYYY-MM-DD`, or a range `2026-10-01..2026-10-07`",
        "`{{value}}` 不是日期",
        "写作 `YYYY-MM-DD`，或范围 `2026-10-01..2026-10-07`",
      ),
      anchor: say(
        "`{{value}}` is not a field, `holidays` or a duty",
        "name a field of the host's record (`unit.warrantyEnd`), `holidays`, or another duty's id",
        "`{{value}}` 不是字段、`holidays`，也不是例行任务",
        "写业务记录里的字段（`unit.warrantyEnd`）、`holidays`，或另一个例行任务的编号",
      ),
      rrule: say(
        "`{{value}}` is not an RRULE",
        "an RFC 5545 rule starts with `FREQ=`, e.g. `FREQ=WEEKLY;BYDAY=MO`",
        "`{{value}}` 不是 RRULE 规则",
        "RFC 5545 规则以 `FREQ=` 开头，如 `FREQ=WEEKLY;BYDAY=MO`",
      ),
      months: say(
        "`{{value}}` is not a month or a range of months",
        "{{suggestion}}write months by their first three letters, `jan` … `dec`: one month, a range `nov-apr` (it may wrap the year end) or a list `[dec, jan, feb]`; a season is written as its months",
        "`{{value}}` 不是月份，也不是月份范围",
        "{{suggestion}}月份写英文名的前三个字母，`jan` … `dec`：一个月、范围 `nov-apr`（可以跨年）或列表 `[dec, jan, feb]`；季节请写成它的月份",
      ),
      pattern: say(
        "`{{value}}` has the wrong format",
        "it must match {{pattern}}",
        "`{{value}}` 的格式不对",
        "须符合 {{pattern}}",
      ),
    },
  },
  "empty-value": {
    severities: error,
    stages: ["shape"],
    summary: "an empty string, list or map where one is needed",
    text: {
      empty: say("`{{path}}` must not be empty", "{{description}}", "`{{path}}` 不能为空", "{{description}}"),
      document: say("the document must not be empty", "{{description}}", "文档不能为空", "{{description}}"),
      atLeastOne: say("", "give at least one entry", "", "至少写一项"),
      noHours: say(
        "no hours given",
        "give at least one window such as `08:30-17:30`, or write `closed`",
        "没有写工作时间",
        "至少写一个时间段，如 `08:30-17:30`；或写 `closed`（不营业）",
      ),
    },
  },

  // values
  "invalid-timezone": {
    ...calendarCodes["invalid-timezone"],
    text: {
      zone: say("`{{zone}}` is not a time zone", "{{suggestion}}", "`{{zone}}` 不是时区", "{{suggestion}}"),
      iana: say(
        "",
        "use an IANA zone name such as `Asia/Shanghai` or `Europe/London`",
        "",
        "写 IANA 时区名，如 `Asia/Shanghai` 或 `Europe/London`",
      ),
    },
  },
  "invalid-deadline": {
    severities: error,
    stages: ["values"],
    summary: "a target that is not a deadline expression",
    text: {
      parser: say("{{detail}}", "{{help}}", "期限写法有误：{{detail}}", "{{help}}"),
      elapsedChoice: say(
        "`{{target}}`: a target chosen by when the clock starts cannot be `elapsed`",
        "the choices of one priority count on one calendar: give the priority `calendar: { <priority>: 24x7 }` and write plain hours",
        "`{{target}}`：按开始计时的时间选定的时限不能写 `elapsed`",
        "同一优先级的各个选项都按同一个日历计时：给该优先级写 `calendar: { <priority>: 24x7 }`，时限直接写小时数",
      ),
    },
  },
  "clock-target": {
    severities: error,
    stages: ["values"],
    summary: "a clock has both `target` and `dueAt`, or neither",
    text: {
      both: say(
        "clock `{{clock}}` has both `target` and `dueAt`",
        "keep `target` for a fixed promise (`15m`), or `dueAt` for an agreed time taken from the ticket, not both",
        "时效时钟 `{{clock}}` 同时写了 `target` 和 `dueAt`",
        "固定承诺（`15m`）用 `target`，从工单读取约定时间用 `dueAt`，二者只留一个",
      ),
    },
  },
  "invalid-duration": {
    severities: error,
    stages: ["values"],
    summary: "not a duration like `15m` or `4h`",
    text: {
      parser: say("{{detail}}", "{{help}}", "时长写法有误：{{detail}}", "{{help}}"),
      businessInRule: say(
        "`{{text}}` is business time, which has no calendar in a rule",
        "write calendar time: `12 months`, `30d`, `48h`",
        "`{{text}}` 是工作时间，而考核规则里没有日历可依",
        "写自然时间：`12 months`、`30d`、`48h`",
      ),
      elapsedSteps: say(
        "escalation steps are elapsed minutes or hours",
        "write `every: 30m` or `every: 2h`",
        "升级间隔须是自然时间的分钟或小时",
        "写 `every: 30m` 或 `every: 2h`",
      ),
    },
  },
  "invalid-time": {
    ...calendarCodes["invalid-time"],
    text: { parser: say("{{detail}}", "{{help}}", "时刻写法有误：{{detail}}", "{{help}}") },
  },
  "invalid-clock-range": {
    severities: error,
    stages: ["values"],
    summary: "not a clock range like `08:30-12:00`",
    text: { parser: say("{{detail}}", "{{help}}", "时间段写法有误：{{detail}}", "{{help}}") },
  },
  "invalid-percent": {
    severities: error,
    stages: ["values"],
    summary: "not a percentage like `80%`",
    text: {
      parser: say("{{detail}}", "{{help}}", "百分比写法有误：{{detail}}", "{{help}}"),
      atBreach: say(
        "a warning at {{percent}}% comes at or after the breach",
        "warnings are below 100% of the target, e.g. `80%`; use `escalate` for what happens after a breach",
        "{{percent}}% 的预警在超时之时或之后才到",
        "预警要低于时限的 100%，如 `80%`；超时之后要做的事写在 `escalate` 里",
      ),
      notPercent: say(
        "the value of a `{{measure}}` KPI is a number, not a percentage",
        "write a number, e.g. `{{raw}}`",
        "`{{measure}}` 类 KPI 的值是数字，不是百分比",
        "写一个数字，如 `{{raw}}`",
      ),
      notPercentUnit: say(
        "the value of a `{{measure}}` KPI is in {{unit}}, not a percentage",
        "write a number of {{unit}}, e.g. `{{raw}}`",
        "`{{measure}}` 类 KPI 的值以{{unit}}计，不是百分比",
        "写{{unit}}数，如 `{{raw}}`",
      ),
      kpiTarget: say(
        "the target of a `{{measure}}` KPI is a percentage",
        "write `{{raw}}%`",
        "`{{measure}}` 类 KPI 的目标是百分比",
        "写 `{{raw}}%`",
      ),
    },
  },
  "warnings-out-of-order": {
    severities: error,
    stages: ["values"],
    summary: "warning thresholds not ascending",
    text: {
      rise: say(
        "warning thresholds must rise: list them smallest first",
        "write `[{{sorted}}]`",
        "预警阈值须从小到大排列",
        "写成 `[{{sorted}}]`",
      ),
    },
  },
  "invalid-escalation-time": {
    severities: error,
    stages: ["values"],
    summary: "not an escalation time like `breach + 30m`",
    text: {
      parser: say("{{detail}}", "{{help}}", "升级时间写法有误：{{detail}}", "{{help}}"),
      chainStart: say(
        "a chain steps in minutes or hours, so it must start at `start`, `warning` or `breach`",
        "write `from: breach` (optionally `breach + 30m`)",
        "升级链按分钟或小时逐级推进，所以必须从 `start`、`warning` 或 `breach` 开始",
        "写 `from: breach`（也可以 `breach + 30m`）",
      ),
    },
  },
  "invalid-date": {
    ...calendarCodes["invalid-date"],
    summary: "not an existing date `YYYY-MM-DD`, or a bad range",
    text: {
      tooMany: say(
        "the dates listed in {{what}} cover more than {{max}} days",
        "list holidays and closures as single days or short ranges; a standard covers a few years",
        "{{what}} 中列出的日期超过 {{max}} 天",
        "节假日和休息日按单日或短范围列出；一个标准只覆盖几年",
      ),
      notADate: say(
        "`{{date}}` is not a calendar date",
        "write an existing date as `YYYY-MM-DD`",
        "`{{date}}` 不是日历上的日期",
        "写一个存在的日期，格式 `YYYY-MM-DD`",
      ),
      notARange: say(
        "`{{text}}` is not a calendar date or range",
        "write an existing date as `YYYY-MM-DD`, or a range `2026-10-01..2026-10-07`",
        "`{{text}}` 不是日期或日期范围",
        "写一个存在的日期 `YYYY-MM-DD`，或范围 `2026-10-01..2026-10-07`",
      ),
      backwards: say(
        "the range `{{text}}` ends before it starts",
        "write `{{fixed}}`",
        "日期范围 `{{text}}` 的结束早于开始",
        "写成 `{{fixed}}`",
      ),
      tooLong: say(
        "the range `{{text}}` is longer than a year",
        "holiday ranges are days or weeks long; check the years",
        "日期范围 `{{text}}` 超过一年",
        "假期范围一般是几天或几周；检查年份",
      ),
      effectiveDate: say(
        "`{{date}}` is not a date",
        "write an existing date as YYYY-MM-DD, e.g. `2026-01-01`",
        "`{{date}}` 不是日期",
        "写一个存在的日期，格式 YYYY-MM-DD，如 `2026-01-01`",
      ),
      effectiveBackwards: say(
        "in force until {{until}}, before it is in force from {{from}}",
        "`until` is the last day in force: a date on or after `from`",
        "有效期截止于 {{until}}，却早于生效日 {{from}}",
        "`until` 是有效的最后一天：应不早于 `from`",
      ),
      spec: say(
        "{{date}} is not a date YYYY-MM-DD that exists",
        "write a real calendar date such as 2025-10-01",
        "{{date}} 不是存在的日期 YYYY-MM-DD",
        "写一个真实的日期，如 2025-10-01",
      ),
    },
  },
  "duplicate-day": {
    severities: error,
    stages: ["values"],
    summary: "a weekday given hours by two selectors",
    text: {
      twice: say(
        "{{days}} given hours twice, by `{{earlier}}` and by `{{selector}}`",
        "give each day its hours once: narrow one of the selectors",
        "{{days}} 的工作时间写了两遍：`{{earlier}}` 和 `{{selector}}`",
        "每天的工作时间只写一次：把其中一个星期范围缩小",
      ),
    },
  },
  "no-working-time": {
    severities: error,
    stages: ["values"],
    summary: "a calendar has no working hours on any day",
    text: {
      none: say(
        "calendar `{{calendar}}` has no working hours on any day",
        "give hours to at least one day (`mon-fri: 08:30-17:30`), or use `24x7`",
        "日历 `{{calendar}}` 没有任何一天有工作时间",
        "至少给一天写上工作时间（`mon-fri: 08:30-17:30`），或用 `24x7`",
      ),
    },
  },
  "priority-order": {
    severities: error,
    stages: ["values"],
    summary: "`priorityOrder` does not list each priority once",
    text: {
      leavesOut: say(
        "`priorityOrder` leaves out {{missing}}",
        "list every priority once, in the order they are tried",
        "`priorityOrder` 漏了 {{missing}}",
        "按尝试的先后把每个优先级各列一次",
      ),
      twice: say(
        "`priorityOrder` lists `{{id}}` twice",
        "list every priority once, in the order they are tried",
        "`priorityOrder` 把 `{{id}}` 列了两次",
        "按尝试的先后把每个优先级各列一次",
      ),
    },
  },
  "duplicate-date": {
    severities: error,
    stages: ["values"],
    summary: "a date given twice in one calendar",
    text: {
      twice: say(
        "{{date}} is given twice in this calendar",
        "list each date once across `closed`, `workdays` and `overrides`",
        "{{date}} 在这个日历里写了两次",
        "在 `closed`、`workdays` 和 `overrides` 中每个日期只写一次",
      ),
    },
  },
  "duty-without-schedule": {
    severities: error,
    stages: ["values"],
    summary: "a duty says nothing about when it is due",
    text: {
      none: say(
        "the duty says nothing about when it is due",
        "add `every`/`at`/`days` (recurring), `on` + `within` (triggered), or `before`/`after` + `of` (date-relative)",
        "这个例行任务没有写何时该做",
        "加上 `every`/`at`/`days`（定期）、`on` + `within`（触发），或 `before`/`after` + `of`（按日期）",
      ),
    },
  },
  "duty-kind-conflict": {
    severities: error,
    stages: ["values"],
    summary: "a duty mixes the keys of two kinds",
    text: {
      mixes: say(
        "the duty mixes {{kinds}} keys ({{keys}})",
        "a duty is recurring, triggered or date-relative; split it into two duties",
        "这个例行任务混用了{{kinds}}的键（{{keys}}）",
        "例行任务只能是定期、触发或按日期中的一种；把它拆成两个任务",
      ),
    },
  },
  "invalid-rrule": {
    severities: error,
    stages: ["values"],
    summary: "an `rrule` the RRULE library cannot read, out of RFC 5545's ranges, or never occurring",
    text: { parser: say("{{detail}}", "{{help}}", "RRULE 规则有误：{{detail}}", "{{help}}") },
  },
  "invalid-months": {
    severities: error,
    stages: ["values"],
    summary: "not months of the year like `jun-sep`",
    text: { parser: say("{{detail}}", "{{help}}", "月份写法有误：{{detail}}", "{{help}}") },
  },
  "invalid-year-date": {
    severities: error,
    stages: ["values"],
    summary: "not a date of the year like `12-31`",
    text: { parser: say("{{detail}}", "{{help}}", "每年日期写法有误：{{detail}}", "{{help}}") },
  },
  "impossible-target": {
    severities: error,
    stages: ["values"],
    summary: "a KPI target no value can meet",
    text: {
      bounds: say(
        "the target's min {{min}} is above its max {{max}}",
        "no value can meet it; swap or fix the bounds",
        "目标的下限 {{min}} 高于上限 {{max}}",
        "没有任何值能达到它；调换或改正上下限",
      ),
    },
  },
  "unreachable-band": {
    severities: warning,
    stages: ["values"],
    summary: "a KPI band every value of which an earlier band takes",
    text: {
      taken: say(
        "band {{band}} is never used: every value it covers is taken by band {{earlier}}",
        "the first band that fits wins; list the strictest band first (`min: 98%` before `min: 95%`)",
        "第 {{band}} 档永远用不上：它覆盖的值都已被第 {{earlier}} 档占了",
        "取第一个符合的档位；把最严的档排在最前（`min: 98%` 在 `min: 95%` 之前）",
      ),
      earlierBand: say("the earlier band", "", "前面的档位", ""),
    },
  },
  "period-start": {
    severities: error,
    stages: ["values"],
    summary: "`starts` on a period that is not a year or quarter",
    text: {
      notYearOrQuarter: say(
        "a {{period}} always starts at its own beginning; `starts` is for years and quarters",
        "use `period: year` (or `quarter`) with `starts: 04-01` for a fiscal year, or drop `starts`",
        "考核周期是{{period}}时，总是从每{{period}}的开头算起；`starts` 只用于年度和季度周期",
        "财年请用 `period: year`（或 `quarter`）配 `starts: 04-01`；否则删去 `starts`",
      ),
    },
  },
  "at-least-count": {
    severities: error,
    stages: ["values"],
    summary: "`atLeast` above the number of conditions",
    text: {
      one: say(
        "at least {{k}} of {{n}} condition can never hold",
        "lower `atLeast` to at most {{n}}, or list more conditions under `of`",
        "{{n}} 个条件中至少满足 {{k}} 个，永远做不到",
        "把 `atLeast` 降到不超过 {{n}}，或在 `of` 下多列几个条件",
      ),
      many: say(
        "at least {{k}} of {{n}} conditions can never hold",
        "lower `atLeast` to at most {{n}}, or list more conditions under `of`",
        "{{n}} 个条件中至少满足 {{k}} 个，永远做不到",
        "把 `atLeast` 降到不超过 {{n}}，或在 `of` 下多列几个条件",
      ),
    },
  },
  "rule-cycle": {
    severities: error,
    stages: ["values"],
    summary: "a rule reuses itself, directly or through others",
    text: {
      cycle: say(
        "rule `{{rule}}` reuses itself: {{cycle}}",
        "a rule can reuse another rule's result, never its own; write the shared conditions in one rule and reuse that",
        "考核规则 `{{rule}}` 引用了自己：{{cycle}}",
        "规则可以引用别的规则的结果，但不能引用自己；把共同的条件写成一条规则，再引用它",
      ),
    },
  },
  "test-subject": {
    severities: error,
    stages: ["values"],
    summary: "a test names no ticket or duty, or both",
    text: {
      one: say(
        "a test is about one ticket kind (`ticket:`) or one duty (`duty:`)",
        "add `ticket: repair` or `duty: night-patrol`, not both",
        "一个测试只针对一种工单（`ticket:`）或一个例行任务（`duty:`）",
        "加上 `ticket: repair` 或 `duty: night-patrol`，不要两个都写",
      ),
    },
  },

  // references
  "unknown-holiday-set": {
    severities: error,
    stages: ["references"],
    summary: "a holiday set that is not declared",
    text: {
      unknown: say("unknown holiday set `{{id}}`", "{{suggestion}}", "未声明的节假日集 `{{id}}`", "{{suggestion}}"),
      known: say(
        "",
        "known sets: {{sets}}; define your own under `holidaySets:`",
        "",
        "已有的节假日集：{{sets}}；自定义的写在 `holidaySets:` 下",
      ),
    },
  },
  "unknown-calendar": unknown("calendar"),
  "unknown-role": unknown("role"),
  "unknown-escalation-chain": unknown("escalation-chain"),
  "unknown-state": {
    ...unknown("state"),
    text: {
      ...unknownText.text,
      event: say(
        "`{{name}}` is an event, not a state{{where}}",
        "a bare name means entering a state; for an event write `{ event: {{name}} }`",
        "`{{name}}` 是事件，不是状态{{where}}",
        "只写名字表示进入某个状态；要写事件，请写 `{ event: {{name}} }`",
      ),
    },
  },
  "unknown-event": unknown("event"),
  "unknown-priority": unknown("priority"),
  "unknown-field": unknown("field"),
  "unknown-clock": unknown("clock"),
  "unknown-ticket": unknown("ticket"),
  "unknown-duty": unknown("duty"),
  "unknown-kpi": unknown("kpi"),
  "unknown-rule": unknown("rule"),

  // consistency rules
  "duplicate-id": {
    severities: error,
    stages: ["rules"],
    summary: "a name listed twice where it must be unique",
    text: {
      listed: say(
        "{{what}} `{{name}}` is listed twice (items {{first}} and {{second}})",
        "list it once",
        "{{what}} `{{name}}` 列了两次（第 {{first}} 项和第 {{second}} 项）",
        "只列一次",
      ),
      listedFirst: say("item {{first}}, listed first", "", "第 {{first}} 项，先列出的", ""),
      stateAndEvent: say(
        "`{{name}}` is both a state and an event of `{{ticket}}`",
        "name events after what happens (`arrive`) and states after where the ticket is (`on_site`)",
        "`{{name}}` 在 `{{ticket}}` 中既是状态又是事件",
        "事件按发生的事命名（`arrive`），状态按工单所处的位置命名（`on_site`）",
      ),
    },
  },
  "unreachable-state": {
    severities: warning,
    stages: ["rules"],
    summary: "a state no event sequence reaches",
    text: {
      unreachable: say(
        "state `{{state}}` of `{{ticket}}` cannot be reached from `{{initial}}`",
        "add a transition into it (`on: { some_event: {{state}} }`) or remove it",
        "`{{ticket}}` 的状态 `{{state}}` 从 `{{initial}}` 出发无法到达",
        "加一个转入它的事件（`on: { some_event: {{state}} }`），或删去它",
      ),
    },
  },
  "dead-end-state": {
    severities: warning,
    stages: ["rules"],
    summary: "a state with no way out that is not final",
    text: {
      deadEnd: say(
        "state `{{state}}` has no way out and is not final",
        "add `on:` transitions, or `final: true` if tickets end here",
        "状态 `{{state}}` 没有出路，却又不是终态",
        "加上 `on:` 转移；如果工单在这里结束，写 `final: true`",
      ),
    },
  },
  "clock-never-stops": {
    severities: error,
    stages: ["rules"],
    summary: "no stop condition can follow a start",
    text: {
      never: say(
        "clock `{{clock}}` starts on {{started}}, but no stop condition can follow it",
        "make `stop` a state or event reachable after the start, or the clock breaches on every ticket",
        "时效时钟 `{{clock}}` 在{{started}}时开始，但之后不可能满足任何停止条件",
        "把 `stop` 设为开始之后能到达的状态或事件，否则每张工单都会超时",
      ),
      enteringState: say("entering `{{state}}`", "", "进入 `{{state}}`", ""),
      onEvent: say("event `{{event}}`", "", "事件 `{{event}}`", ""),
      onBreach: say("the breach of clock `{{other}}`", "", "时钟 `{{other}}` 超时", ""),
    },
  },
  "breach-not-a-start": {
    severities: error,
    stages: ["rules"],
    summary: "`{ breach: clock }` used where only a start may use it",
    text: {
      notStart: say(
        "clock `{{clock}}` {{key}}s when clock `{{other}}` breaches; a breach can only start a clock",
        "start a follow-on clock with `start: { breach: {{other}} }`, and end this one on a state or an event",
        "时效时钟 `{{clock}}` 的 `{{key}}` 写了时钟 `{{other}}` 超时；超时只能用来开始一个时钟",
        "用 `start: { breach: {{other}} }` 开始一个后续时钟；这个时钟的结束请写状态或事件",
      ),
    },
  },
  "follow-on-loop": {
    severities: error,
    stages: ["rules"],
    summary: "a clock that starts from its own breach, directly or through other clocks",
    text: {
      loop: say(
        "clock `{{clock}}` starts on a breach that leads back to itself: {{path}} (each starts when the next breaches)",
        "a follow-on clock starts after an earlier promise was broken; start the first clock of the loop on a state or an event",
        "时效时钟 `{{clock}}` 由一次超时开始，而这又绕回了它自己：{{path}}（每个都在下一个超时时开始）",
        "后续时钟在前一个承诺未兑现时开始；请让这个循环中的第一个时钟由状态或事件开始",
      ),
    },
  },
  "holiday-data-ends": {
    severities: ["warning"],
    stages: ["rules"],
    summary: "the standard is used in a year its holiday data does not cover",
    text: {
      window: say(
        "{{what}} is in force in {{missing}}, but holiday set `{{set}}` of calendar {{calendars}} lists {{covered}} only",
        "deadlines in {{missing}} would count the weekly hours without holidays or 调休: add that year's dates to a holiday set of the standard (`holidaySets:`) once they are published, or end `effective` within {{covered}}",
        "{{what}}在 {{missing}} 年仍然生效，但日历 {{calendars}} 的节假日数据 `{{set}}` 只有 {{covered}} 年",
        "{{missing}} 年的时限将只按每周工作时间计算，不含节假日和调休：官方安排公布后，在标准的 `holidaySets:` 中补上这一年的日期；或让 `effective` 在 {{covered}} 年内结束",
      ),
      test: say(
        "test `{{test}}` runs in {{missing}}, but holiday set `{{set}}` of calendar {{calendars}} lists {{covered}} only",
        "its deadlines in {{missing}} count the weekly hours without holidays or 调休: date the test within {{covered}}, or add that year's dates to a holiday set of the standard (`holidaySets:`)",
        "测试 `{{test}}` 发生在 {{missing}} 年，但日历 {{calendars}} 的节假日数据 `{{set}}` 只有 {{covered}} 年",
        "它在 {{missing}} 年的时限只按每周工作时间计算，不含节假日和调休：把测试的日期放在 {{covered}} 年内；或在标准的 `holidaySets:` 中补上这一年的日期",
      ),
      theStandard: say("the standard", "", "本标准", ""),
      // The Chinese ends with a space: the message goes on `在 …` right after it.
      theClock: say("clock `{{clock}}`", "", "时效时钟 `{{clock}}` ", ""),
    },
  },
  "missing-target": {
    severities: error,
    stages: ["rules"],
    summary: "a priority without a target on a clock",
    text: {
      missing: say(
        "clock `{{clock}}` has no target for priority {{priorities}}",
        "add {{entries}} to `target`, or list the priorities the clock applies to in `priorities:`",
        "时效时钟 `{{clock}}` 没有给优先级 {{priorities}} 写时限",
        "在 `target` 中加上 {{entries}}；或在 `priorities:` 中列出这个时钟适用的优先级",
      ),
    },
  },
  "business-time-without-calendar": {
    severities: error,
    stages: ["rules"],
    summary: "working time counted on the 24x7 calendar",
    text: {
      on24x7: say(
        "`{{target}}` counts working time, but clock `{{clock}}` runs on the 24x7 calendar",
        "add `calendar: office` (a calendar with working hours) to the clock, or write the target in elapsed time (`24h`)",
        "`{{target}}` 按工作时间计算，但时效时钟 `{{clock}}` 用的是 24x7 日历",
        "给时钟加上 `calendar: office`（有工作时间的日历），或把时限写成自然时间（`24h`）",
      ),
    },
  },
  "escalation-without-warning": {
    severities: error,
    stages: ["rules"],
    summary: "a level fires at `warning` with no threshold",
    text: {
      clock: say(
        "level {{level}} fires at `warning`, but clock `{{clock}}` has no `warn` threshold{{forPriorities}}",
        "add `warn: 80%` to the clock, or escalate at `breach`",
        "第 {{level}} 级在 `warning` 时触发，但时效时钟 `{{clock}}` 没有 `warn` 预警阈值{{forPriorities}}",
        "给时钟加上 `warn: 80%`，或改为在 `breach`（超时）时升级",
      ),
      forPriorities: say(" for priority {{priorities}}", "", "（优先级 {{priorities}}）", ""),
      duty: say(
        "level {{level}} fires at `warning`, but duties have no warning threshold",
        "escalate a duty at `breach` (when it falls overdue) or `breach + 30m`",
        "第 {{level}} 级在 `warning` 时触发，但例行任务没有预警阈值",
        "例行任务在 `breach`（逾期时）或 `breach + 30m` 升级",
      ),
    },
  },
  "escalation-out-of-order": {
    severities: error,
    stages: ["rules"],
    summary: "escalation goes earlier or lower",
    text: {
      chain: say(
        "`{{role}}` reports to `{{earlier}}`, yet comes after it in the chain",
        "list the chain from the first line up: staff, foreman, supervisor, manager",
        "`{{role}}` 的上级是 `{{earlier}}`，在升级链里却排在它后面",
        "升级链从一线往上写：员工、领班、主管、经理",
      ),
      earlier: say(
        "level {{level}} (`{{at}}`) fires before level {{previous}} (`{{previousAt}}`)",
        "list escalation levels in the order they fire",
        "第 {{level}} 级（`{{at}}`）比第 {{previous}} 级（`{{previousAt}}`）先触发",
        "按触发的先后排列升级级别",
      ),
      lower: say(
        "level {{level}} notifies `{{role}}`, who reports to `{{higher}}`, already notified at an earlier level",
        "escalate upwards: each level notifies someone higher than the last",
        "第 {{level}} 级通知 `{{role}}`，而其上级 `{{higher}}` 在更早的一级已被通知",
        "逐级向上升级：每一级通知的人都要比上一级更高",
      ),
    },
  },
  "circular-reports-to": {
    severities: error,
    stages: ["rules"],
    summary: "roles report to each other in a circle",
    text: {
      cycle: say(
        "`reportsTo` goes round in a circle: {{cycle}}",
        "the role at the top of the pyramid (e.g. `manager`) reports to no one",
        "`reportsTo` 绕成了一个圈：{{cycle}}",
        "金字塔顶端的角色（如 `manager`）不向任何人汇报",
      ),
    },
  },
  "ambiguous-priority": {
    severities: ["error", "warning"],
    stages: ["rules"],
    summary: "priorities that shadow or overlap each other",
    text: {
      twoDefaults: say(
        "`{{first}}` and `{{second}}` are both marked `default`",
        "one priority is the default; remove `default: true` from the others",
        "`{{first}}` 和 `{{second}}` 都标了 `default`",
        "只能有一个默认优先级；删去其余的 `default: true`",
      ),
      never: say(
        "priority `{{priority}}` can never be chosen: {{why}}",
        "list the narrower priority first, or narrow the earlier one's `when`",
        "优先级 `{{priority}}` 永远不会被选中：{{why}}",
        "把范围更窄的优先级排在前面，或收窄前一个的 `when`",
      ),
      matchesEvery: say("`{{earlier}}` matches every ticket", "", "`{{earlier}}` 匹配所有工单", ""),
      matchedFirst: say(
        "every ticket it matches is matched first by `{{earlier}}`",
        "",
        "它匹配的工单都先被 `{{earlier}}` 匹配了",
        "",
      ),
      overlap: say(
        "priorities `{{earlier}}` and `{{priority}}` both match tickets with {{shared}}; `{{earlier}}`, listed first, wins",
        "make the matchers disjoint, or accept the order and keep it deliberate",
        "优先级 `{{earlier}}` 和 `{{priority}}` 都匹配 {{shared}} 的工单；排在前面的 `{{earlier}}` 胜出",
        "让两个匹配条件互不重叠；或者接受这个先后顺序，并确认这是有意为之",
      ),
      twoCatchAlls: say(
        "`{{first}}` and `{{second}}` both match every ticket",
        "give all but one a `when:`",
        "`{{first}}` 和 `{{second}}` 都匹配所有工单",
        "只留一个不写 `when:`，其余的都加上",
      ),
      defaultNotLast: say(
        "default priority `{{priority}}` has a `when` and is not listed last",
        "the default is used when nothing matches; list it last without `when`",
        "默认优先级 `{{priority}}` 写了 `when`，又没有排在最后",
        "默认优先级在什么都不匹配时使用；把它排在最后，且不写 `when`",
      ),
    },
  },
  "impossible-schedule": {
    severities: error,
    stages: ["rules"],
    summary: "a schedule that cannot be kept",
    text: {
      rrule: say(
        "`rrule` cannot be combined with `every`, `between`, `at`, `days`, `monthly`, `months` or `yearly`",
        "write the whole schedule as an RRULE, or drop `rrule`",
        "`rrule` 不能与 `every`、`between`、`at`、`days`、`monthly`、`months` 或 `yearly` 同时使用",
        "把整个安排写成一条 RRULE，或删去 `rrule`",
      ),
      yearly: say(
        "`yearly` picks the dates; `every`, `times`/`per`, `days` and `monthly` say it another way",
        "keep `yearly: [12-31]` (with `at:` for a time), or drop it",
        "`yearly` 已经定了日期；`every`、`times`/`per`、`days` 和 `monthly` 是另一种说法",
        "保留 `yearly: [12-31]`（要定时刻就加 `at:`），或删去它",
      ),
      quota: say(
        "`times`/`per` say how often in a period; `every`, `at` and `monthly` say it another way",
        "keep one: `times: 2, per: day` (any time in the day) or `at: [09:00, 17:00]` (fixed times)",
        "`times`/`per` 说的是一个周期内做几次；`every`、`at` 和 `monthly` 是另一种说法",
        "只留一种：`times: 2, per: day`（一天内任何时候）或 `at: [09:00, 17:00]`（固定时刻）",
      ),
      by: say(
        "`by` sets a deadline in the day; `every` and `at` already fix the times",
        "use `by` with `times`/`per` or on its own (once a day, by that time)",
        "`by` 规定当天的截止时刻；`every` 和 `at` 已经定下了时刻",
        "`by` 与 `times`/`per` 一起用，或单独用（每天一次，在该时刻之前）",
      ),
      between: say(
        "`between` says when, but not how often",
        "add `every: 2h` (rounds within the window), `at:` times inside it, or `times: 3, per: day`",
        "`between` 只说了在什么时段，没说多久一次",
        "加上 `every: 2h`（时段内巡查的间隔）、时段内的 `at:` 时刻，或 `times: 3, per: day`",
      ),
      byAndBetween: say(
        "`by` and `between` both say when the day's work ends",
        "keep `between: 07:00-19:00` (the hours it is done in) or `by: 19:00` (a deadline), not both",
        "`by` 和 `between` 都在说当天的工作何时结束",
        "保留 `between: 07:00-19:00`（在哪个时段内做）或 `by: 19:00`（截止时刻），二者选一",
      ),
      byDay: say(
        "`by: {{day}}` is a day of the week, and the duty is counted per {{per}}",
        "a weekday deadline goes with `per: week` (or on its own: once a week, by that day)",
        "`by: {{day}}` 是星期几，而这个例行任务是按{{per}}计次的",
        "截止到星期几，要配 `per: week`（或单独写：每周一次，在那天之前完成）",
      ),
      anchoredOnItself: say(
        "duty `{{duty}}` is anchored on itself",
        "anchor the duty on a date of the host's record, `holidays`, or a duty with a schedule of its own",
        "例行任务 `{{duty}}` 以自己为基准日期",
        "以业务记录里的日期、`holidays`，或另一个有自己安排的例行任务为基准",
      ),
      anchorCircle: say(
        "duties are anchored on each other in a circle: {{cycle}}",
        "anchor the duty on a date of the host's record, `holidays`, or a duty with a schedule of its own",
        "几个例行任务互相作为基准，绕成了一个圈：{{cycle}}",
        "以业务记录里的日期、`holidays`，或另一个有自己安排的例行任务为基准",
      ),
      everyAndAt: say(
        "`every` and `at` both say when the duty is due",
        "use `every` (with `between`) for rounds, or `at` for fixed times",
        "`every` 和 `at` 都在说任务何时该做",
        "巡查用 `every`（配 `between`），固定时刻用 `at`",
      ),
      monthlyAndDays: say(
        "`monthly` and `days` both choose days",
        "use `monthly: [1, 15]` or `days: mon`, not both",
        "`monthly` 和 `days` 都在选日子",
        "用 `monthly: [1, 15]` 或 `days: mon`，二者选一",
      ),
      everyTooLong: say(
        "every {{every}} does not fit in the window {{window}} ({{minutes}} minutes)",
        "shorten the interval or widen the window; for one round a night use `at:`",
        "间隔 {{every}} 放不进时段 {{window}}（{{minutes}} 分钟）",
        "缩短间隔或放宽时段；每晚只巡一次就用 `at:`",
      ),
      outsideWindow: say(
        "{{time}} is outside the window {{window}}",
        "move the time inside the window, or widen `between`",
        "{{time}} 在时段 {{window}} 之外",
        "把时刻移到时段之内，或放宽 `between`",
      ),
      daysInWindow: say(
        "every {{every}} is counted in days, so a daily window `between` cannot hold it",
        "use hours within a window (`every: 2h`), or drop `between`",
        "间隔 {{every}} 以天计，每天的时段 `between` 容纳不下",
        "时段内用小时计的间隔（`every: 2h`），或删去 `between`",
      ),
    },
  },
  "short-month": {
    severities: warning,
    stages: ["rules"],
    summary: "a day of the month not in every month",
    text: {
      day: say(
        "day {{day}} does not exist in every month",
        "such months skip the duty; use a day up to 28, or an RRULE with BYMONTHDAY=-1 for the last day",
        "并不是每个月都有 {{day}} 号",
        "没有这一天的月份会跳过该任务；用 28 号以内的日子，或用 BYMONTHDAY=-1 的 RRULE 表示月末最后一天",
      ),
      leapDay: say(
        "02-29 is only in leap years",
        "three years in four skip the duty; use 02-28 or 03-01",
        "02-29 只在闰年才有",
        "四年里有三年会跳过该任务；改用 02-28 或 03-01",
      ),
    },
  },
  "overlapping-occurrences": {
    severities: warning,
    stages: ["rules"],
    summary: "a tolerance not shorter than the interval",
    text: {
      tolerance: say(
        "a tolerance of {{tolerance}} is not shorter than the interval {{every}}",
        "a late round would overlap the next one; make the tolerance shorter than `every`",
        "容差 {{tolerance}} 不比间隔 {{every}} 短",
        "迟到的一轮会与下一轮重叠；把容差设得比 `every` 短",
      ),
    },
  },
  "invalid-datetime": {
    severities: error,
    stages: ["rules"],
    summary: "a test time that is not a date or local time",
    text: {
      date: say(
        "`{{value}}` is not a date like `2026-03-06`",
        "tests are read in the standard's time zone; write the date and the time, e.g. `2026-03-06 17:55`",
        "`{{value}}` 不是 `2026-03-06` 这样的日期",
        "测试按标准的时区读取；写上日期和时刻，如 `2026-03-06 17:55`",
      ),
      dateOrTime: say(
        "`{{value}}` is not a date or a local time like `2026-03-06 17:55`",
        "tests are read in the standard's time zone; write the date and the time, e.g. `2026-03-06 17:55`",
        "`{{value}}` 不是日期，也不是 `2026-03-06 17:55` 这样的本地时间",
        "测试按标准的时区读取；写上日期和时刻，如 `2026-03-06 17:55`",
      ),
      time: say(
        "`{{value}}` is not a local time like `2026-03-06 17:55` (or ISO with an offset)",
        "tests are read in the standard's time zone; write the date and the time, e.g. `2026-03-06 17:55`",
        "`{{value}}` 不是 `2026-03-06 17:55` 这样的本地时间（或带时差的 ISO 时间）",
        "测试按标准的时区读取；写上日期和时刻，如 `2026-03-06 17:55`",
      ),
    },
  },

  // what real standards need (issue 7): calendars and clocks
  "holidays-on-24x7": {
    severities: error,
    stages: ["values"],
    summary: "a `24x7` calendar given holidays",
    text: {
      onHolidays: say(
        "calendar `{{calendar}}` runs 24x7, so it cannot stop on holidays",
        "remove `holidays` for a round-the-clock service, or write `hours: { daily: 00:00-24:00 }` to stop on holidays",
        "日历 `{{calendar}}` 是 24x7 全天候的，不会在节假日停止计时",
        "全天候服务请删去 `holidays`；如果节假日要停止计时，写 `hours: { daily: 00:00-24:00 }`",
      ),
    },
  },
  "ambiguous-hours": {
    severities: warning,
    stages: ["rules"],
    summary: "hours or minutes on a calendar with working hours count working time only",
    text: {
      working: say(
        "`{{target}}` on calendar `{{calendar}}` counts only its working hours, not hours on the wall clock",
        "write `{{target}} elapsed` to count round the clock (a night and a weekend included), or `{{working}}` to keep this reading",
        "`{{target}}` 用的是日历 `{{calendar}}`，只计其中的工作时间，不是钟表上的小时数",
        "若要昼夜连续计时（夜间和周末都算），写 `{{target}} elapsed`；若就是按工作时间算，写 `{{working}}`，意思更明确",
      ),
    },
  },
});

/** Every code the language gives. */
export type DiagnosticCode = keyof typeof diagnosticCodes;

/** The severities a code may be reported with. */
export type SeverityOf<Code extends DiagnosticCode> = (typeof diagnosticCodes)[Code]["severities"][number];

/** The codes whose message and hint are written in the registry. */
export type PhrasedCode = {
  [Code in DiagnosticCode]: (typeof diagnosticCodes)[Code] extends { text: DiagnosticText } ? Code : never;
}[DiagnosticCode];

type TextsOf<Code extends PhrasedCode> = (typeof diagnosticCodes)[Code] extends { text: infer T } ? T : never;

/** The ways a code is phrased. */
export type VariantOf<Code extends PhrasedCode> = keyof TextsOf<Code> & string;

/** The parameters a variant's templates take. */
export type ArgsOf<Code extends PhrasedCode, Variant extends VariantOf<Code>> = ArgsFor<TextsOf<Code>[Variant]>;

/** A message and hint in both languages, as reports carry them. */
export interface Phrased {
  message: Words;
  hint: Words;
}

/**
 * The message and hint the registry writes for a code, filled in, in both languages.
 *
 * @example
 * report({ code: "circular-reports-to", path, ...phrase("circular-reports-to", "cycle", { cycle: "a → b → a" }) });
 */
export function phrase<Code extends PhrasedCode, Variant extends VariantOf<Code>>(
  code: Code,
  variant: Variant,
  args: ArgsOf<Code, Variant>,
): Phrased {
  const texts = (diagnosticCodes[code] as DiagnosticCodeEntry).text!;
  return fillBoth(texts[variant]!, args as Record<string, string | number | Words>);
}

type TextOfEntry<Entry> = Entry extends { text: infer T } ? T : never;

/**
 * `phrase` for another registry made with `defineDiagnosticCodes` (the engine's compile codes).
 *
 * @example
 * phraseIn(compileCodes, "pause-without-resume", "noResume", { clock: "arrival", events: "`hold`" });
 */
export function phraseIn<
  Registry extends Record<string, DiagnosticCodeEntry>,
  Code extends keyof Registry & string,
  Variant extends keyof TextOfEntry<Registry[Code]> & string,
>(registry: Registry, code: Code, variant: Variant, args: ArgsFor<TextOfEntry<Registry[Code]>[Variant]>): Phrased {
  const texts = registry[code]!.text!;
  return fillBoth(texts[variant]!, args as Record<string, string | number | Words>);
}

/** A shared phrase (`did you mean …?`, ` in ticket kind …`), filled in, as words for a parameter. */
export function common<Key extends keyof typeof commonText>(key: Key, args: ArgsFor<(typeof commonText)[Key]>): Words {
  return fillBoth(commonText[key], args as Record<string, string | number | Words>).message;
}

/** "did you mean `office`?" in both languages — or undefined when nothing is close. */
export function suggestion(options: readonly string[]): Words | undefined {
  if (options.length === 0) return undefined;
  const quoted = options.slice(0, 2).map((o) => `\`${o}\``);
  return common("didYouMean", { options: listOf(quoted) });
}

/** Whether `code` is a code of the language (a calendar spec code included). */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(diagnosticCodes, code);
}
