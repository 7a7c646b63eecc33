import { normalizeTimeText } from "./normalize.js";
import { parsePercent } from "./parse-percent.js";
import { parseQuantity } from "./parse-quantity.js";
import { fail, ok, show, w, wordsOf } from "./result.js";
import type { ParseResult } from "./result.js";
import { suggestSpelling } from "./suggest.js";

/**
 * When an escalation level fires: at a point of the clock plus an elapsed offset
 * (`breach + 30m`), or when a share of the target has elapsed (`150%`).
 */
export type EscalationTrigger =
  { anchor: "start" | "warning" | "breach"; offsetMs: number } | { anchor: "elapsed-percent"; percent: number };

type Anchor = "start" | "warning" | "breach";

const anchors = new Map<string, Anchor>([
  ["start", "start"],
  ["started", "start"],
  ["开始", "start"],
  ["起始", "start"],
  ["warning", "warning"],
  ["warn", "warning"],
  ["预警", "warning"],
  ["警告", "warning"],
  ["breach", "breach"],
  ["breached", "breach"],
  ["overdue", "breach"],
  ["超时", "breach"],
  ["逾期", "breach"],
  ["违约", "breach"],
]);

const anchorWords = "start|started|warning|warn|breach|breached|overdue";
const chineseAnchors = "开始|起始|预警|警告|超时|逾期|违约";
const forms = "warning, breach, breach + 30m, start + 2h or 150%";
const formsZh = "预警、超时、超时后30分钟、breach + 30m 或 150%";
const expected = w(`expected an escalation point like ${forms}`, `这里应是 ${formsZh} 这样的升级时间点`);
const got = (shown: string) => w(`${expected.en}, got ${shown}`, `${expected.zh}，却是 ${shown}`);
const writeForms = w(`write e.g. ${forms}`, `写法如 ${formsZh}`);

function withOffset(anchor: Anchor, offsetText: string, shown: string): ParseResult<EscalationTrigger> {
  const offset = parseQuantity(offsetText.trim(), {
    expected: w("an offset like 30m or 1h", "30m 或 1h 这样的偏移量"),
    shown: JSON.stringify(offsetText.trim()),
  });
  if (offset === undefined)
    return fail(
      got(shown),
      w(
        `the offset after \`${anchor} +\` is an elapsed time like 30m or 1h`,
        `\`${anchor} +\` 后面的偏移量是经过的时间，如 30m 或 1h`,
      ),
    );
  if (!offset.ok) {
    const why = wordsOf(offset);
    return fail(
      w(`invalid offset in ${shown}: ${why.message.en}`, `${shown} 中的偏移量有误：${why.message.zh}`),
      why.hint,
    );
  }
  if (offset.value.kind !== "duration" || offset.value.business) {
    return fail(
      w(`the offset in ${shown} must be elapsed time`, `${shown} 中的偏移量必须是经过的时间`),
      w(
        "escalation offsets are elapsed time on the clock: write minutes or hours, e.g. breach + 30m or breach + 24h",
        "升级的偏移量按时钟上经过的时间计：写分钟或小时，如 超时后30分钟 或 breach + 24h",
      ),
    );
  }
  return ok({ anchor, offsetMs: offset.value.ms });
}

/**
 * Parses when an escalation level fires (`escalate: - { at: breach + 30m, notify: supervisor }`).
 *
 * Accepts `start`, `warning`, `breach` (offset 0); `breach + 30m`, `breach+1h`, `start + 2h`,
 * `30m after breach`; Chinese `超时`, `预警`, `超时后30分钟`, `超时30分钟后`; and a share of the
 * target, which may exceed 100%: `150%`. Offsets are elapsed (minutes, hours, ISO `PT30M`);
 * points before an anchor are written as a percentage or `warning`.
 *
 * @example
 * parseEscalationTrigger("breach + 30m"); // { ok: true, value: { anchor: "breach", offsetMs: 1800000 } }
 * parseEscalationTrigger("150%");         // { ok: true, value: { anchor: "elapsed-percent", percent: 150 } }
 */
export function parseEscalationTrigger(input: string | number): ParseResult<EscalationTrigger> {
  const shown = show(input);
  if (typeof input === "number")
    return fail(
      w(`${expected.en}, got the number ${shown}`, `${expected.zh}，却是数字 ${shown}`),
      w(
        `write ${input}% for a share of the target, or breach + ${input}m`,
        `按时限的比例写 ${input}%，或写 breach + ${input}m（超时后 ${input} 分钟）`,
      ),
    );
  const text = normalizeTimeText(input);
  if (text === "") return fail(w(`${expected.en}, got an empty value`, `${expected.zh}，却是空值`), writeForms);

  const anchor = anchors.get(text);
  if (anchor) return ok({ anchor, offsetMs: 0 });

  if (text.endsWith("%")) {
    const percent = parsePercent(text, { allowAbove100: true });
    if (percent.ok) return ok({ anchor: "elapsed-percent", percent: percent.value.percent });
    const why = wordsOf(percent);
    return fail(
      w(why.message.en.replace(JSON.stringify(text), shown), why.message.zh.replace(JSON.stringify(text), shown)),
      why.hint,
    );
  }

  const plus = new RegExp(`^(${anchorWords}|${chineseAnchors})\\s*([+-])\\s*(.+)$`, "u").exec(text);
  if (plus) {
    const [, word = "", sign, offset = ""] = plus;
    if (sign === "-") {
      return fail(
        w(`${shown} is before its anchor`, `${shown} 早于它所依据的时间点`),
        w(
          "escalations fire at or after a point of the clock; for a point before breach use `warning` or a percentage such as 90%",
          "升级在时钟的某个时间点或之后触发；超时之前的时间点请用 `warning`（预警）或百分比，如 90%",
        ),
      );
    }
    return withOffset(anchors.get(word) ?? "breach", offset, shown);
  }
  const after = new RegExp(`^(.+?)\\s+after\\s+(${anchorWords})$`, "u").exec(text);
  if (after) return withOffset(anchors.get(after[2] ?? "") ?? "breach", after[1] ?? "", shown);
  const chinese = new RegExp(`^(${chineseAnchors})\\s*后?\\s*(.+?)\\s*后?$`, "u").exec(text);
  if (chinese) return withOffset(anchors.get(chinese[1] ?? "") ?? "breach", chinese[2] ?? "", shown);

  const word = text.split(/[\s+]/u)[0] ?? text;
  const hint = suggestSpelling(word, ["start", "warning", "breach", "开始", "预警", "超时"]) ?? writeForms;
  return fail(got(shown), hint);
}
