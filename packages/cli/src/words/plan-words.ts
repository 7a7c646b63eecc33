/**
 * What `yardstick plan` prints, in English and Chinese (`say`, the same `{{name}}` parameters in
 * both; a test checks it). Ids, times, `--json` and `--ics` are the same in either language.
 */
import { definePhrases, say } from "@yardstick/dsl";

export const planWords = definePhrases({
  heading: say(
    "{{standard}} {{version}} — duties from {{from}} to {{to}} ({{zone}})\n",
    "",
    "{{standard}} {{version}} — {{from}} 至 {{to}} 的例行任务（{{zone}}）\n",
    "",
  ),
  by: say("by {{time}}", "", "{{time}} 前", ""),
  anyTime: say("any time", "", "全天任意时间", ""),
  oneOccurrence: say("\n{{count}} occurrence\n", "", "\n共 {{count}} 次\n", ""),
  occurrences: say("\n{{count}} occurrences\n", "", "\n共 {{count}} 次\n", ""),
});
