/**
 * What `yardstick test` prints, in English and Chinese (`say`, as the registry's words, the same
 * `{{name}}` parameters in both; a test checks it). `--json` prints the same results with the
 * same keys in either language.
 */
import { definePhrases, say } from "@yardstick/dsl";

export const testWords = definePhrases({
  inherited: say(" (from {{parent}})", "", "（继承自 {{parent}}）", ""),
  inheritedChanged: say(" (from {{parent}}, changed here)", "", "（继承自 {{parent}}，本标准有改动）", ""),
  notRun: say("{{name}}: not run ({{reason}})", "", "{{name}}：未运行（{{reason}}）", ""),
  failedCheck: say(
    "at {{at}}, {{field}}: expected {{expected}}, got {{actual}}",
    "",
    "{{at}} 时的 {{field}}：应为 {{expected}}，实际为 {{actual}}",
    "",
  ),
  coverageComplete: say("coverage {{kind}}: everything reached", "", "覆盖 {{kind}}：全部走到", ""),
  coverageGaps: say("coverage {{kind}}, not reached — {{gaps}}", "", "覆盖 {{kind}}，没有走到的 — {{gaps}}", ""),
  states: say("states", "", "状态", ""),
  priorities: say("priorities", "", "优先级", ""),
  clocks: say("clocks", "", "时效时钟", ""),
  escalations: say("escalations", "", "升级", ""),
  gap: say("{{what}}: {{missing}}", "", "{{what}}：{{missing}}", ""),
  gapSeparator: say("; ", "", "；", ""),
  escalationLevel: say("{{clock}} level {{level}}", "", "{{clock}} 第 {{level}} 级", ""),
  oneTest: say("{{count}} test", "", "{{count}} 个测试", ""),
  tests: say("{{count}} tests", "", "{{count}} 个测试", ""),
  oneStandard: say("{{count}} standard", "", "{{count}} 个标准", ""),
  standards: say("{{count}} standards", "", "{{count}} 个标准", ""),
  totals: say(
    "{{tests}} passed, {{failed}} failed, {{notRun}} not run",
    "",
    "{{tests}}通过，{{failed}} 个失败，{{notRun}} 个未运行",
    "",
  ),
  withErrors: say("; {{standards}} with errors", "", "；{{standards}}有错误", ""),
});
