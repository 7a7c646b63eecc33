/**
 * What `yardstick explain` prints around the engine's explanation (its heading and last line), in
 * English and Chinese (`say`, the same `{{name}}` parameters in both; a test checks it). The
 * clocks' lines are the engine's `explain(…, { lang })`.
 */
import { definePhrases, say } from "@yardstick/dsl";

export const explainWords = definePhrases({
  heading: say(
    "{{standard}} · ticket {{kind}} opened {{at}} · state {{state}} · priority {{priority}}\n\n",
    "",
    "{{standard}} · 工单 {{kind}} · {{at}} 建单 · 状态 {{state}} · 优先级 {{priority}}\n\n",
    "",
  ),
  noPriority: say("(none)", "", "（无）", ""),
  nextWake: say("next wake-up: {{at}}\n", "", "下次唤醒：{{at}}\n", ""),
  none: say("none", "", "无", ""),
});
