/** The line `yardstick validate` ends with, in English and Chinese (`say`, as the registry's words). */
import { definePhrases, say } from "@yardstick/dsl";

export const validateWords = definePhrases({
  checked: say(
    "{{files}} checked: {{valid}} valid, {{errors}}, {{warnings}}",
    "",
    "检查了 {{files}}：{{valid}} 个有效，{{errors}}，{{warnings}}",
    "",
  ),
  oneFile: say("{{count}} file", "", "{{count}} 个文件", ""),
  files: say("{{count}} files", "", "{{count}} 个文件", ""),
  oneError: say("{{count}} error", "", "{{count}} 个错误", ""),
  errors: say("{{count}} errors", "", "{{count}} 个错误", ""),
  oneWarning: say("{{count}} warning", "", "{{count}} 个警告", ""),
  warnings: say("{{count}} warnings", "", "{{count}} 个警告", ""),
});
