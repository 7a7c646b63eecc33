/**
 * What a scenario run says in its results — why a test could not run, and the words standing in
 * for a value that is not there — in English and Chinese, as the compile codes are phrased
 * (`say`, the same `{{name}}` parameters in both; a test checks it). `yardstick test --lang`
 * chooses; the results' keys and outcomes are the same in both.
 */
import { type ArgsFor, definePhrases, type Lang, phraseOf, say, type TestModel } from "@yardstick/dsl";

export const scenarioWords = definePhrases({
  stepNotATime: say("step {{step}}: `{{at}}` is not a time", "", "第 {{step}} 步：`{{at}}` 不是时间", ""),
  noSteps: say("a ticket scenario needs at least one step", "", "工单测试至少要有一个步骤（steps）", ""),
  aTimeAt: say("a time at `{{at}}`", "", "`{{at}}` 处的时间", ""),
  notATime: say("not a time", "", "不是时间", ""),
  isNotATime: say("`{{text}}` is not a time", "", "`{{text}}` 不是时间", ""),
  none: say("(none)", "", "（无）", ""),
  aClock: say("a clock `{{clock}}`", "", "时效时钟 `{{clock}}`", ""),
  missing: say("(missing)", "", "（未写）", ""),
  noClockNamed: say("none: name the clock with `clock:`", "", "没有：请用 `clock:` 写明是哪个时效时钟", ""),
  noDeadline: say("no deadline", "", "没有截止时间", ""),
  occurrencesOnDuties: say("occurrences belong to duty scenarios", "", "`occurrences` 只用于例行任务的测试", ""),
  noDuty: say("no duty `{{duty}}`", "", "没有例行任务 `{{duty}}`", ""),
  dutyNeedsFrom: say("a duty scenario needs `from` (or a step)", "", "例行任务的测试要写 `from`（或一个步骤）", ""),
  occurrences: say("occurrences", "", "发生时间（occurrences）", ""),
  occurrencesOnly: say("a duty scenario checks `occurrences` only", "", "例行任务的测试只检查 `occurrences`", ""),
});

/** One of the scenario run's phrases, in `lang`. */
export function scenarioText<Key extends keyof typeof scenarioWords & string>(
  key: Key,
  args: ArgsFor<(typeof scenarioWords)[Key]>,
  lang: Lang,
): string {
  return phraseOf(scenarioWords, key, args, lang);
}

/** A test's title in `lang`, else in the other language. */
export function titleIn(title: TestModel["title"], lang: Lang): string | undefined {
  return lang === "zh" ? (title?.zh ?? title?.en) : (title?.en ?? title?.zh);
}
