/**
 * What `yardstick replay` prints — its tables, `--compare`'s table and page — and the KPI table
 * `yardstick tour` shares with it, in English and Chinese (`say`, the same `{{name}}` parameters in
 * both; a test checks it). Ids, figures and `--json` are the same in either language.
 */
import { definePhrases, say } from "@yardstick/dsl";

const line = (en: string, zh: string) => say(en, "", zh, "");

export const replayWords = definePhrases({
  kpiSite: line("KPI (site)", "指标（全小区）"),
  value: line("value", "数值"),
  target: line("target", "目标"),
  met: line("met", "达标"),
  targetAnd: line(" and ", " 且 "),
});
