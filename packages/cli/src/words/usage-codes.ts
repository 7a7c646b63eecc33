/**
 * The command's usage mistakes — an unknown command or option, a missing argument, a bad value —
 * one code each, in the language's registry shape (`defineDiagnosticCodes`, stage `usage`), their
 * message and hint in English and Chinese beside them (`say`, the same `{{name}}` parameters in
 * both; a test checks it). docs/reference/cli.md lists exactly these codes (a test compares them).
 * Exit code 2; the code is the same in both languages.
 */
import { defineDiagnosticCodes, say } from "@yardstick/dsl";

const usage = { severities: ["error"], stages: ["usage"] } as const;

export const usageCodes = defineDiagnosticCodes({
  "unknown-command": {
    ...usage,
    summary: "no command of that name",
    text: {
      close: say(
        "unknown command `{{name}}`",
        "did you mean `{{command}}`? `yardstick --help` lists every command",
        "没有 `{{name}}` 这个命令",
        "是不是要写 `{{command}}`？`yardstick --help` 列出所有命令",
      ),
      unknown: say(
        "unknown command `{{name}}`",
        "commands: {{commands}}",
        "没有 `{{name}}` 这个命令",
        "可用的命令：{{commands}}",
      ),
    },
  },
  "unknown-option": {
    ...usage,
    summary: "the command has no option of that name",
    text: {
      close: say(
        "unknown option `{{option}}`",
        "did you mean `{{suggestion}}`? See `yardstick {{command}} --help`",
        "没有 `{{option}}` 这个选项",
        "是不是要写 `{{suggestion}}`？选项见 `yardstick {{command}} --help`",
      ),
      unknown: say(
        "unknown option `{{option}}`",
        "see `yardstick {{command}} --help`",
        "没有 `{{option}}` 这个选项",
        "选项见 `yardstick {{command}} --help`",
      ),
    },
  },
  "option-needs-value": {
    ...usage,
    summary: "an option that takes a value was given none",
    text: {
      missing: say(
        "`{{option}}` needs a value",
        "write the value after it, e.g. `{{option}} <value>`; see `yardstick {{command}} --help`",
        "`{{option}}` 后面要写一个值",
        "在它后面写上值，如 `{{option}} <值>`；见 `yardstick {{command}} --help`",
      ),
    },
  },
  "option-takes-no-value": {
    ...usage,
    summary: "a yes/no option was given a value",
    text: {
      given: say(
        "`{{option}}` takes no value",
        "write `{{option}}` alone; see `yardstick {{command}} --help`",
        "`{{option}}` 不带值",
        "只写 `{{option}}` 即可；见 `yardstick {{command}} --help`",
      ),
    },
  },
  "unexpected-argument": {
    ...usage,
    summary: "the command takes no file or folder there",
    text: {
      extra: say(
        "unexpected argument `{{argument}}`",
        "`yardstick {{command}}` takes no files or folders here; see `yardstick {{command}} --help`",
        "多余的参数 `{{argument}}`",
        "`yardstick {{command}}` 这里不接文件或文件夹；见 `yardstick {{command}} --help`",
      ),
    },
  },
  "missing-argument": {
    ...usage,
    summary: "the command needs a file, a folder or a name it was not given",
    text: {
      standards: say(
        "no standards given",
        "name files or folders: `yardstick validate standards`",
        "没有给出要检查的标准",
        "写上文件或文件夹，如 `yardstick validate standards`",
      ),
      oneStandard: say("name one standard file", "e.g. `{{example}}`", "请写一个标准文件", "例如 `{{example}}`"),
      newId: say(
        "name the new standard's id, once",
        "e.g. `yardstick new harbour/east --extends seed/group`",
        "请写一次新标准的编号",
        "例如 `yardstick new harbour/east --extends seed/group`",
      ),
    },
  },
  "missing-option": {
    ...usage,
    summary: "an option the command needs was not given",
    text: {
      ticket: say(
        "--ticket is required",
        "name the ticket kind, e.g. `--ticket repair`",
        "缺少 --ticket",
        "写上工单类型，如 `--ticket repair`",
      ),
      ticketOf: say(
        "--ticket is required",
        "this standard's ticket kinds: {{kinds}}",
        "缺少 --ticket",
        "这个标准的工单类型：{{kinds}}",
      ),
      at: say(
        "--at is required",
        'give the time the ticket is opened, e.g. `--at "2026-09-30 17:00"`',
        "缺少 --at",
        '写上工单打开的时间，如 `--at "2026-09-30 17:00"`',
      ),
      period: say(
        "--period is required",
        "e.g. `--period 2026-11` for November 2026",
        "缺少 --period",
        "例如 `--period 2026-11` 表示 2026 年 11 月",
      ),
      data: say(
        "--data is required (or --events)",
        "a JSON file `{ tickets, duties, facts }` (docs/reference/audits.md#the-activity), or recorded events (docs/reference/events-jsonl.md)",
        "缺少 --data（或 --events）",
        "一个 JSON 文件 `{ tickets, duties, facts }`（docs/reference/audits.md#the-activity），或记录下来的事件（docs/reference/events-jsonl.md）",
      ),
      events: say(
        "--events is required",
        "a JSON Lines file of recorded events; `yardstick simulate` writes one",
        "缺少 --events",
        "一个记录事件的 JSON Lines 文件；`yardstick simulate` 可以生成一个",
      ),
      month: say(
        "--month is required",
        "e.g. `--month 2026-11` for November 2026",
        "缺少 --month",
        "例如 `--month 2026-11` 表示 2026 年 11 月",
      ),
      fromTo: say(
        "`--from` and `--to` are required",
        "e.g. `--from 2026-12-01 --to 2026-12-08`",
        "`--from` 和 `--to` 都要写",
        "例如 `--from 2026-12-01 --to 2026-12-08`",
      ),
      extends: say(
        "--extends is required",
        "name the parent standard, e.g. `--extends seed/group`",
        "缺少 --extends",
        "写上上级标准，如 `--extends seed/group`",
      ),
      eventsPeriod: say(
        "the events have no header line and no --period was given",
        "pass --period 2026-11, or start the file with a header (docs/reference/events-jsonl.md)",
        "事件文件没有 header 行，也没有给出 --period",
        "加上 --period 2026-11，或在文件开头写一行 header（docs/reference/events-jsonl.md）",
      ),
    },
  },
  "conflicting-options": {
    ...usage,
    summary: "two options that exclude each other, or one that needs another",
    text: {
      dataOrEvents: say(
        "give --data or --events, not both",
        "a JSON file `{ tickets, duties, facts }` (docs/reference/audits.md#the-activity), or recorded events (docs/reference/events-jsonl.md)",
        "--data 和 --events 只能给一个",
        "一个 JSON 文件 `{ tickets, duties, facts }`（docs/reference/audits.md#the-activity），或记录下来的事件（docs/reference/events-jsonl.md）",
      ),
      htmlNeedsCompare: say(
        "--html needs --compare",
        "for one standard's HTML report: `yardstick report <standard> --events <file> --period <p> --out report.html`",
        "--html 要和 --compare 一起用",
        "单个标准的 HTML 报告请用 `yardstick report <standard> --events <file> --period <p> --out report.html`",
      ),
      toBeforeFrom: say(
        "`--to` must be after `--from`",
        "e.g. `--from 2026-12-01 --to 2026-12-08`",
        "`--to` 必须晚于 `--from`",
        "例如 `--from 2026-12-01 --to 2026-12-08`",
      ),
    },
  },
  "invalid-option-value": {
    ...usage,
    summary: "an option's value is not one it takes",
    text: {
      oneOf: say(
        "{{option}} must be {{choices}}, got `{{value}}`",
        "e.g. `{{option}} {{first}}`",
        "{{option}} 只能是 {{choices}}，这里是 `{{value}}`",
        "例如 `{{option}} {{first}}`",
      ),
      wholeNumber: say(
        "{{option}} must be a whole number, got `{{value}}`",
        "e.g. `{{option}} {{example}}`",
        "{{option}} 必须是整数，这里是 `{{value}}`",
        "例如 `{{option}} {{example}}`",
      ),
      positive: say(
        "{{option}} must be a positive whole number, got `{{value}}`",
        "e.g. `{{option}} {{example}}`",
        "{{option}} 必须是正整数，这里是 `{{value}}`",
        "例如 `{{option}} {{example}}`",
      ),
      range: say(
        "{{option}} must be a number from {{min}} to {{max}}, got `{{value}}`",
        "e.g. `{{option}} {{example}}`",
        "{{option}} 必须是 {{min}} 到 {{max}} 之间的数，这里是 `{{value}}`",
        "例如 `{{option}} {{example}}`",
      ),
      scale: say(
        "--scale must be a number above 0 and at most 1000, got `{{value}}`",
        "1 is a typical month; 0.5 half the tickets, 5 five times as many",
        "--scale 必须大于 0 且不超过 1000，这里是 `{{value}}`",
        "1 是一个普通的月份；0.5 是一半的工单，5 是五倍",
      ),
      month: say(
        "--month must be a month like 2026-11, got `{{value}}`",
        "e.g. `--month 2026-11` for November 2026",
        "--month 要写成 2026-11 这样的月份，这里是 `{{value}}`",
        "例如 `--month 2026-11` 表示 2026 年 11 月",
      ),
      week: say(
        "--week must be a date like 2026-10-01, got `{{value}}`",
        "any date of the week: the handbook lists its Monday to Sunday",
        "--week 要写成 2026-10-01 这样的日期，这里是 `{{value}}`",
        "写这一周中的任意一天：手册列出这一周的周一到周日",
      ),
      time: say(
        "{{option}} `{{value}}` is not a time",
        'write a local time like "{{example}}", or ISO 8601 with an offset',
        "{{option}} `{{value}}` 不是时间",
        '写本地时间，如 "{{example}}"，或带时差的 ISO 8601 时间',
      ),
      keyValue: say(
        "--data `{{value}}` is not key=value",
        "e.g. `--data category=water_leak`",
        "--data `{{value}}` 不是 key=value 的形式",
        "例如 `--data category=water_leak`",
      ),
      eventSpec: say(
        "--event `{{value}}` is not an event",
        'write the event\'s type, and after @ when it happened: --event report or --event "complete@2026-09-30 17:40"',
        "--event `{{value}}` 不是事件",
        '写事件类型，发生时间写在 @ 后：--event report 或 --event "complete@2026-09-30 17:40"',
      ),
      items: say(
        "`--items {{value}}` is not `set=a,b`",
        "e.g. --items lifts=1号梯,2号梯",
        "`--items {{value}}` 不是 `set=a,b` 的形式",
        "例如 --items lifts=1号梯,2号梯",
      ),
      period: say(
        "`{{value}}` is not a period",
        "write 2026-11 (month), 2026-Q4, 2026-W45, 2026-11-05 or 2026",
        "`{{value}}` 不是考核周期",
        "写 2026-11（月）、2026-Q4、2026-W45、2026-11-05 或 2026",
      ),
    },
  },
  "no-such-file": {
    ...usage,
    summary: "a file or folder named on the command line does not exist",
    text: {
      missing: say(
        "no such file or folder: {{path}}",
        "give YAML files or folders that hold them, e.g. `yardstick validate standards`",
        "没有这个文件或文件夹：{{path}}",
        "请给出 YAML 文件或装有它们的文件夹，如 `yardstick validate standards`",
      ),
    },
  },
  "no-standard-files": {
    ...usage,
    summary: "the folders named hold no YAML files",
    text: {
      none: say(
        "no .yaml or .yml files in {{paths}}",
        "standards are YAML files ending in .yaml or .yml; name them or the folder that holds them",
        "{{paths}} 里没有 .yaml 或 .yml 文件",
        "标准是以 .yaml 或 .yml 结尾的 YAML 文件；请写出这些文件或装有它们的文件夹",
      ),
    },
  },
  "cannot-read": {
    ...usage,
    summary: "an input file could not be read or is not what the option takes",
    text: {
      activity: say(
        "cannot read {{file}}: {{reason}}",
        "pass the path of the activity file",
        "无法读取 {{file}}：{{reason}}",
        "请给出活动数据文件的路径",
      ),
      json: say(
        "cannot read {{file}}: {{reason}}",
        "pass a JSON file `{ tickets, duties, facts }`",
        "无法读取 {{file}}：{{reason}}",
        "请给出 JSON 文件 `{ tickets, duties, facts }`",
      ),
      events: say(
        "cannot read {{file}}: {{reason}}",
        "pass the path of a .jsonl file",
        "无法读取 {{file}}：{{reason}}",
        "请给出 .jsonl 文件的路径",
      ),
      eventLine: say(
        "{{file}}:{{line}} is not JSON",
        'one event per line: {"type":"arrive","at":"2026-09-30 17:20"}',
        "{{file}} 第 {{line}} 行不是 JSON",
        '每行一个事件：{"type":"arrive","at":"2026-09-30 17:20"}',
      ),
    },
  },
  "file-exists": {
    ...usage,
    summary: "the output file exists and would be overwritten",
    text: {
      exists: say(
        "{{file}} exists",
        "choose another --out, or add --force to overwrite it",
        "{{file}} 已经存在",
        "换一个 --out，或加上 --force 覆盖它",
      ),
    },
  },
  "no-such-standard": {
    ...usage,
    summary: "no standard of that id among the folders searched",
    text: {
      close: say(
        "no standard `{{id}}` in {{folders}}",
        "did you mean `{{suggestion}}`?",
        "{{folders}} 里没有标准 `{{id}}`",
        "是不是要写 `{{suggestion}}`？",
      ),
      found: say(
        "no standard `{{id}}` in {{folders}}",
        "standards found: {{known}}",
        "{{folders}} 里没有标准 `{{id}}`",
        "找到的标准：{{known}}",
      ),
      none: say(
        "no standard `{{id}}` in {{folders}}",
        "pass --standards <folder>",
        "{{folders}} 里没有标准 `{{id}}`",
        "请用 --standards <文件夹> 指出标准所在的文件夹",
      ),
    },
  },
  "several-standards": {
    ...usage,
    summary: "a command that works on one standard was given several",
    text: {
      several: say(
        "`{{path}}` holds {{count}} standards",
        "name one standard file",
        "`{{path}}` 里有 {{count}} 个标准",
        "请写一个标准文件",
      ),
    },
  },
  "no-such-ticket-kind": {
    ...usage,
    summary: "the standard has no ticket kind of that name",
    text: {
      unknown: say(
        "{{standard}} has no ticket kind `{{ticket}}`",
        "its ticket kinds: {{kinds}}",
        "{{standard}} 没有工单类型 `{{ticket}}`",
        "它的工单类型：{{kinds}}",
      ),
      none: say(
        "{{standard}} has no ticket kinds to draw",
        "a workflow is drawn for a kind under `tickets:`; this standard declares none",
        "{{standard}} 没有可以画的工单类型",
        "流程图画的是 `tickets:` 下的工单类型；这个标准没有声明任何工单类型",
      ),
    },
  },
  "no-such-duty": {
    ...usage,
    summary: "the standard has no duty of that name",
    text: {
      unknown: say(
        "no duty `{{duty}}` in {{standard}}",
        "duties: {{duties}}",
        "{{standard}} 里没有例行任务 `{{duty}}`",
        "例行任务：{{duties}}",
      ),
    },
  },
  "playground-not-built": {
    ...usage,
    summary: "the playground's page has not been built",
    text: {
      installed: say(
        "the playground page is not built",
        "build it with `pnpm --filter @yardstick/playground build` (pnpm build does)",
        "游乐场页面还没有构建",
        "用 `pnpm --filter @yardstick/playground build` 构建（pnpm build 也会构建）",
      ),
      dir: say(
        "{{dir}} has no index.html",
        "name the folder `pnpm --filter @yardstick/playground build` wrote (its dist/)",
        "{{dir}} 里没有 index.html",
        "请写 `pnpm --filter @yardstick/playground build` 生成的文件夹（它的 dist/）",
      ),
    },
  },
  "port-in-use": {
    ...usage,
    summary: "another program listens on the port",
    text: {
      inUse: say(
        "port {{port}} is in use",
        "choose another with `--port`",
        "端口 {{port}} 已被占用",
        "用 `--port` 换一个端口",
      ),
    },
  },
  "cannot-listen": {
    ...usage,
    summary: "the address given to listen on is not this machine's",
    text: {
      host: say(
        "cannot listen on `{{host}}`",
        "use 127.0.0.1, or 0.0.0.0 for every address",
        "无法在 `{{host}}` 上监听",
        "用 127.0.0.1；要监听所有地址用 0.0.0.0",
      ),
    },
  },
});

/** A usage mistake's code. */
export type UsageCode = keyof typeof usageCodes;
