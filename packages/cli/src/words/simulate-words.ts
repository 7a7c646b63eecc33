/**
 * What `yardstick simulate` says on standard error once the month is made, in English and Chinese
 * (`say`, the same `{{name}}` parameters in both; a test checks it). The activity file and
 * `--json` are the same in either language.
 */
import { definePhrases, say } from "@yardstick/dsl";

export const simulateWords = definePhrases({
  simulated: say("simulated", "", "已模拟", ""),
  wrote: say("wrote {{file}}", "", "已写入 {{file}}", ""),
  counts: say(
    "{{done}}: {{month}}, {{tickets}} tickets with {{events}} events, {{logs}} duty logs, {{triggers}} triggers, {{subjects}} records, {{facts}} fact records (seed {{seed}})\n",
    "",
    "{{done}}：{{month}}，{{tickets}} 张工单（{{events}} 个事件），{{logs}} 条任务记录，{{triggers}} 个触发事件，{{subjects}} 条台账记录，{{facts}} 条考核事实（种子 {{seed}}）\n",
    "",
  ),
  progress: say("simulate {{month}}", "", "模拟 {{month}}", ""),
});
