import { normalizeTimeText } from "./normalize.js";
import { parsePercent } from "./parse-percent.js";
import { parseQuantity } from "./parse-quantity.js";
import { fail, ok, show } from "./result.js";
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
const expected = `expected an escalation point like ${forms}`;

function withOffset(anchor: Anchor, offsetText: string, shown: string): ParseResult<EscalationTrigger> {
  const offset = parseQuantity(offsetText.trim(), {
    expected: "an offset like 30m or 1h",
    shown: JSON.stringify(offsetText.trim()),
  });
  if (offset === undefined)
    return fail(`${expected}, got ${shown}`, `the offset after \`${anchor} +\` is an elapsed time like 30m or 1h`);
  if (!offset.ok) return fail(`invalid offset in ${shown}: ${offset.message}`, offset.hint);
  if (offset.value.kind !== "duration" || offset.value.business) {
    return fail(
      `the offset in ${shown} must be elapsed time`,
      "escalation offsets are elapsed time on the clock: write minutes or hours, e.g. breach + 30m or breach + 24h",
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
      `${expected}, got the number ${shown}`,
      `write ${input}% for a share of the target, or breach + ${input}m`,
    );
  const text = normalizeTimeText(input);
  if (text === "") return fail(`${expected}, got an empty value`, `write e.g. ${forms}`);

  const anchor = anchors.get(text);
  if (anchor) return ok({ anchor, offsetMs: 0 });

  if (text.endsWith("%")) {
    const percent = parsePercent(text, { allowAbove100: true });
    return percent.ok
      ? ok({ anchor: "elapsed-percent", percent: percent.value.percent })
      : fail(percent.message.replace(JSON.stringify(text), shown), percent.hint);
  }

  const plus = new RegExp(`^(${anchorWords}|${chineseAnchors})\\s*([+-])\\s*(.+)$`, "u").exec(text);
  if (plus) {
    const [, word = "", sign, offset = ""] = plus;
    if (sign === "-") {
      return fail(
        `${shown} is before its anchor`,
        "escalations fire at or after a point of the clock; for a point before breach use `warning` or a percentage such as 90%",
      );
    }
    return withOffset(anchors.get(word) ?? "breach", offset, shown);
  }
  const after = new RegExp(`^(.+?)\\s+after\\s+(${anchorWords})$`, "u").exec(text);
  if (after) return withOffset(anchors.get(after[2] ?? "") ?? "breach", after[1] ?? "", shown);
  const chinese = new RegExp(`^(${chineseAnchors})\\s*后?\\s*(.+?)\\s*后?$`, "u").exec(text);
  if (chinese) return withOffset(anchors.get(chinese[1] ?? "") ?? "breach", chinese[2] ?? "", shown);

  const word = text.split(/[\s+]/u)[0] ?? text;
  const hint = suggestSpelling(word, ["start", "warning", "breach", "开始", "预警", "超时"]) ?? `write e.g. ${forms}`;
  return fail(`${expected}, got ${shown}`, hint);
}
