/**
 * What `yardstick tour` (`pnpm start`) prints, in English and Chinese (`say`, the same `{{name}}`
 * parameters in both; a test checks it). `tour --json` prints the same figures with the same keys
 * and values in either language.
 */
import { definePhrases, say } from "@yardstick/dsl";

const line = (en: string, zh: string) => say(en, "", zh, "");

export const tourWords = definePhrases({
  banner: line("Yardstick — service standards as code\n", "Yardstick — 服务标准即代码\n"),
  oneFile: say("{{count}} file", "", "{{count}} 个文件", ""),
  files: say("{{count}} files", "", "{{count}} 个文件", ""),
  oneError: say("{{count}} error", "", "{{count}} 个错误", ""),
  errors: say("{{count}} errors", "", "{{count}} 个错误", ""),
  oneWarning: say("{{count}} warning", "", "{{count}} 个警告", ""),
  warnings: say("{{count}} warnings", "", "{{count}} 个警告", ""),
  oneTest: say("{{count}} test", "", "{{count}} 个测试", ""),
  tests: say("{{count}} tests", "", "{{count}} 个测试", ""),
  validated: say(
    "✓ validated   {{files}} checked: {{valid}} valid, {{errors}}, {{warnings}} ({{folder}}/)",
    "",
    "✓ 检查标准    检查了 {{files}}：{{valid}} 个有效，{{errors}}，{{warnings}}（{{folder}}/）",
    "",
  ),
  scenarios: say(
    "✓ scenarios   {{tests}} passed, {{failed}} failed, {{notRun}} not run (yardstick test {{folder}})",
    "",
    "✓ 场景测试    {{tests}}通过，{{failed}} 个失败，{{notRun}} 个未运行（yardstick test {{folder}}）",
    "",
  ),
  simulated: say(
    "✓ simulated   {{title}}, {{month}} (seed {{seed}}): {{tickets}} tickets, {{events}} events, {{logs}} duty logs",
    "",
    "✓ 模拟一个月  {{title}}，{{month}}（种子 {{seed}}）：{{tickets}} 张工单，{{events}} 个事件，{{logs}} 条任务记录",
    "",
  ),
  replayed: say(
    "✓ replayed    through the engine: {{breaches}} breaches, {{escalations}} escalations; {{duties}} duty occurrences, {{missed}} missed",
    "",
    "✓ 引擎回放    {{breaches}} 次超时，{{escalations}} 次升级；例行任务 {{duties}} 次，漏做 {{missed}} 次",
    "",
  ),
  kpis: say("\nKPIs · {{audit}} · {{period}} (site)\n", "", "\n考核指标 · {{audit}} · {{period}}（全小区）\n", ""),
  zones: say("\n  zones by score: {{ranking}}", "", "\n  各区得分排名：{{ranking}}", ""),
  failed: say("\n✗ {{step}}: see above", "", "\n✗ {{step}}：见上文", ""),
  writtenTo: say("\nWritten to {{folder}}/:", "", "\n已写入 {{folder}}/：", ""),
  open: say("\nOpen {{url}}", "", "\n打开 {{url}}", ""),
  reportZh: line("the monthly quality report (prints on A4)", "月度服务质量报告（可用 A4 纸打印）"),
  reportEn: line("the same in English", "同一份报告的英文版"),
  handbookZh: line("the staff handbook, from what the engine enforces", "员工服务手册，内容就是引擎执行的规则"),
  handbookEn: line("the same in English", "同一本手册的英文版"),
  activity: line(
    "the simulated month: yardstick replay … --events it",
    "模拟的一个月：用 yardstick replay … --events 回放它",
  ),
  simulateBar: say("simulate {{month}}", "", "模拟 {{month}}", ""),
  replayBar: line("replay", "回放"),
});
