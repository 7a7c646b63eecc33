/**
 * The engine's compile checks, one code each, in the language's registry shape
 * (`defineDiagnosticCodes`), with their words in English and Chinese beside them (`say`, as the
 * language's own codes); documented in docs/reference/engine.md (a test compares them).
 */
import { defineDiagnosticCodes, say, type Severity, type Words } from "@yardstick/dsl";

export const compileCodes = defineDiagnosticCodes({
  "pause-without-resume": {
    severities: ["error"],
    stages: ["compile"],
    summary: "a clock paused by an event has no way to resume",
    text: {
      noResume: say(
        "clock `{{clock}}` pauses on {{events}} but nothing resumes it",
        "add `resume:` with the event or state that ends the pause, or pause on a state (the pause then lasts while the ticket is in it)",
        "时效时钟 `{{clock}}` 在 {{events}} 时暂停，却没有写何时恢复计时",
        "加上 `resume:`，写明结束暂停的事件或状态；或改为按状态暂停（工单处于该状态期间一直暂停）",
      ),
    },
  },
  "due-at-not-a-date": {
    severities: ["error"],
    stages: ["compile"],
    summary: "a clock's `dueAt` names a field that is not a date",
    text: {
      notADate: say(
        "clock `{{clock}}` takes its due time from `{{field}}`, which is a {{type}}",
        "declare `{{field}}: { type: date }` under the kind's `fields:`, or name a date field",
        "时效时钟 `{{clock}}` 的到期时间取自 `{{field}}`，而它是{{type}}字段",
        "在该工单类型的 `fields:` 下声明 `{{field}}: { type: date }`，或改用一个日期字段",
      ),
    },
  },
  "calendar-not-compiled": {
    severities: ["error"],
    stages: ["compile"],
    summary: "a calendar of the model could not be built",
    text: {
      failed: say(
        "calendar `{{calendar}}` could not be built: {{detail}}",
        "run `yardstick validate`: the calendar's hours or holidays are inconsistent",
        "日历 `{{calendar}}` 无法生成：{{detail}}",
        "运行 `yardstick validate`：这个日历的工作时间或节假日互相矛盾",
      ),
    },
  },
  "machine-reference": {
    severities: ["error"],
    stages: ["compile"],
    summary: "the workflow machine names a guard, state or event that does not exist",
    text: {
      guard: say(
        "the workflow of `{{kind}}` names the guard `{{guard}}`, which is not implemented",
        "this is a bug in the engine's compiler: please report it with the standard",
        "`{{kind}}` 的流程用到了未实现的判断条件 `{{guard}}`",
        "这是引擎编译器的缺陷：请连同标准文件一起报告",
      ),
      refused: say(
        "XState refused the workflow of `{{kind}}`: {{detail}}",
        "check the states' `on:` targets; every target must be a state of the kind",
        "XState 不接受 `{{kind}}` 的流程：{{detail}}",
        "检查各状态 `on:` 的目标；每个目标都必须是该工单类型的状态",
      ),
    },
  },
  "clock-never-starts": {
    severities: ["warning"],
    stages: ["compile"],
    summary: "no state or event of the workflow can start the clock",
    text: {
      unentered: say(
        "clock `{{clock}}` starts on {{states}}, which no transition enters",
        "start it on a state some `on:` transition leads to, or on an event",
        "时效时钟 `{{clock}}` 在 {{states}} 时开始，但没有任何转移会进入这些状态",
        "让它在某个 `on:` 转移能到达的状态开始，或在某个事件发生时开始",
      ),
    },
  },
});

export type CompileCode = keyof typeof compileCodes;

/** What a compile rule reports: located at the YAML through the model's origins (`diagnosticAt`). */
export interface CompileProblem {
  code: CompileCode;
  path: (string | number)[];
  /** In both languages (`phraseIn(compileCodes, …)`); the diagnostic is written in the one compiled for. */
  message: Words | string;
  hint: Words | string;
  /** Default: the code's first severity. */
  severity?: Severity;
}

/** The words a field's type is named by in `due-at-not-a-date`. */
export const fieldTypeWords: Record<string, Words> = {
  string: { en: "string", zh: "文本" },
  number: { en: "number", zh: "数字" },
  boolean: { en: "boolean", zh: "是/否" },
  date: { en: "date", zh: "日期" },
};
