/**
 * An RRULE a power user writes, checked by the `rrule` library (decision 0030) when the standard
 * loads: what the library cannot read, values outside RFC 5545's ranges (which it accepts
 * silently) and a rule that never occurs are problems with a message and a hint.
 */
import * as rruleModule from "rrule";
import { suggestionList } from "@yardstick/calendar";
import { fail, ok, type ParseResult, w } from "./result.js";
import { didYouMeanWords } from "./suggest.js";

type RRuleModule = typeof rruleModule;
// `rrule` ships ESM for bundlers and a UMD build for Node, whose named exports Node cannot see.
const loaded = rruleModule as unknown as RRuleModule & { default?: RRuleModule };
const rrulestr: RRuleModule["rrulestr"] = loaded.rrulestr ?? loaded.default!.rrulestr;

const PROPERTIES = [
  "FREQ",
  "UNTIL",
  "COUNT",
  "INTERVAL",
  "BYSECOND",
  "BYMINUTE",
  "BYHOUR",
  "BYDAY",
  "BYMONTHDAY",
  "BYYEARDAY",
  "BYWEEKNO",
  "BYMONTH",
  "BYSETPOS",
  "WKST",
  "DTSTART",
  "TZID",
];
const FREQUENCIES = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY"];
const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
/** RFC 5545 §3.3.10 ranges (negative values count from the end). */
const RANGES: Record<string, [number, number, boolean]> = {
  BYSECOND: [0, 60, false],
  BYMINUTE: [0, 59, false],
  BYHOUR: [0, 23, false],
  BYMONTHDAY: [1, 31, true],
  BYYEARDAY: [1, 366, true],
  BYWEEKNO: [1, 53, true],
  BYMONTH: [1, 12, false],
  BYSETPOS: [1, 366, true],
};

const EXAMPLE = w(
  "e.g. `FREQ=WEEKLY;BYDAY=MO,TH` or `FREQ=MONTHLY;BYDAY=2SA;BYHOUR=10`",
  "如 `FREQ=WEEKLY;BYDAY=MO,TH` 或 `FREQ=MONTHLY;BYDAY=2SA;BYHOUR=10`",
);

/** The rule's parts: `FREQ=WEEKLY;BYDAY=MO` → [["FREQ", "WEEKLY"], ["BYDAY", "MO"]]. */
function partsOf(rule: string): [string, string][] {
  return rule
    .replace(/^RRULE:/i, "")
    .split(";")
    .filter((p) => p.trim() !== "")
    .map((p) => {
      const at = p.indexOf("=");
      return at < 0 ? [p.trim().toUpperCase(), ""] : [p.slice(0, at).trim().toUpperCase(), p.slice(at + 1).trim()];
    });
}

export function checkRrule(rule: string): ParseResult<string> {
  if (/\n/.test(rule.trim()))
    return fail(
      w("an `rrule` is one RRULE line", "`rrule` 只写一行 RRULE"),
      w(`write only the rule, ${EXAMPLE.en}`, `只写规则本身，${EXAMPLE.zh}`),
    );
  for (const [name, value] of partsOf(rule)) {
    if (!PROPERTIES.includes(name))
      return fail(
        w(`\`${name}\` is not an RRULE property`, `\`${name}\` 不是 RRULE 的属性`),
        didYouMeanWords(suggestionList(name, PROPERTIES)) ??
          w(
            `RRULE properties are ${PROPERTIES.slice(0, 13).join(", ")}`,
            `RRULE 的属性有 ${PROPERTIES.slice(0, 13).join("、")}`,
          ),
      );
    if (name === "FREQ" && !FREQUENCIES.includes(value.toUpperCase()))
      return fail(
        w(`\`FREQ=${value}\` is not a frequency`, `\`FREQ=${value}\` 不是频率`),
        didYouMeanWords(suggestionList(value.toUpperCase(), FREQUENCIES)) ??
          w(`FREQ is one of ${FREQUENCIES.join(", ")}`, `FREQ 取 ${FREQUENCIES.join("、")} 之一`),
      );
    if (name === "BYDAY")
      for (const day of value.split(",")) {
        const m = /^([+-]?\d{1,2})?([A-Z]{2})$/i.exec(day.trim());
        if (!m || !WEEKDAYS.includes(m[2]!.toUpperCase()))
          return fail(
            w(`\`${day}\` in BYDAY is not a weekday`, `BYDAY 中的 \`${day}\` 不是星期`),
            w(
              `BYDAY lists ${WEEKDAYS.join(", ")}, each optionally numbered: \`2SA\` (second Saturday), \`-1FR\` (last Friday)`,
              `BYDAY 列出 ${WEEKDAYS.join("、")}，前面可加序号：\`2SA\`（第二个星期六）、\`-1FR\`（最后一个星期五）`,
            ),
          );
      }
    const range = RANGES[name];
    if (range !== undefined)
      for (const item of value.split(",")) {
        const n = Number(item);
        const [low, high, negative] = range;
        const inRange = Number.isInteger(n) && Math.abs(n) >= low && Math.abs(n) <= high && (negative || n >= 0);
        if (!inRange)
          return fail(
            w(`\`${name}=${item}\` is out of range`, `\`${name}=${item}\` 超出了范围`),
            negative
              ? w(
                  `${name} takes ${low}…${high} or −${high}…−${low === 0 ? 1 : low}`,
                  `${name} 取 ${low}…${high} 或 −${high}…−${low === 0 ? 1 : low}`,
                )
              : w(`${name} takes ${low}…${high}`, `${name} 取 ${low}…${high}`),
          );
      }
    if ((name === "INTERVAL" || name === "COUNT") && !/^[1-9]\d*$/.test(value))
      return fail(
        w(`\`${name}=${value}\` is not a whole number from 1`, `\`${name}=${value}\` 不是从 1 起的整数`),
        w(`e.g. \`${name}=2\``, `如 \`${name}=2\``),
      );
  }
  if (!partsOf(rule).some(([name]) => name === "FREQ"))
    return fail(
      w("the RRULE has no `FREQ`", "这条 RRULE 没有 `FREQ`"),
      w(`start it with the frequency, ${EXAMPLE.en}`, `以频率开头，${EXAMPLE.zh}`),
    );
  let parsed: ReturnType<typeof rrulestr>;
  try {
    parsed = rrulestr(`DTSTART:20000101T000000Z\nRRULE:${rule.replace(/^RRULE:/i, "")}`);
  } catch (error) {
    return fail(
      w(
        `the RRULE library cannot read it: ${(error as Error).message}`,
        `RRULE 程序库读不懂它：${(error as Error).message}`,
      ),
      EXAMPLE,
    );
  }
  // A rule that never occurs (BYMONTH=2;BYMONTHDAY=30) would plan nothing, silently.
  if (parsed.after(new Date(Date.UTC(2000, 0, 1)), true) === null)
    return fail(
      w("the RRULE never occurs", "这条 RRULE 永远不会发生"),
      w("check that its BY… parts can meet (February has no 30th)", "检查各 BY… 部分能否同时满足（二月没有 30 号）"),
    );
  return ok(rule);
}
