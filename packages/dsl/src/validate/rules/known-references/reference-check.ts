import { type Path, suggestionList } from "@yardstick/calendar";
import type { ReferenceKind } from "../../../diagnostics/codes.js";
import { common, kindOf, phrase, suggestion } from "../../../diagnostics/codes.js";
import type { Words } from "../../../diagnostics/words.js";
import type { StandardModel } from "../../../model/standard-model.js";
import type { RuleContext } from "../../rule-context.js";

/**
 * Reports `unknown-<kind>` when `name` is not among `declared`, with the closest declared names
 * (or the list of them); `where` names the scope (" in ticket kind `repair`", in both languages).
 * `prefer: "key"` when the name is the key of `path` (`target: { urgnet: 15m }`), not its value.
 */
export type ReferenceCheck = (
  kind: ReferenceKind,
  name: string,
  declared: Iterable<string>,
  path: Path,
  where?: Words | string,
  prefer?: "key",
) => void;

export function referenceCheck(ctx: RuleContext): ReferenceCheck {
  return (kind, name, declared, path, where = "", prefer) => {
    const names = [...declared];
    if (names.includes(name)) return;
    const close = suggestion(kind === "calendar" ? ownFirst(name, names, ctx.model) : suggestionList(name, names));
    const hint =
      close ??
      (names.length
        ? common("declared", { kinds: kindOf(kind).kinds, where, names: names.map((n) => `\`${n}\``).join(", ") })
        : common("declareFirst", { where }));
    const code = `unknown-${kind}` as const;
    ctx.report({
      code,
      path,
      ...phrase(code as "unknown-role", "unknown", { kind: kindOf(kind).kind, name, where, suggestion: hint }),
      ...(prefer ? { prefer } : {}),
    });
  };
}

/**
 * Calendars close to `name`, those this file declares first: a typo is of a name the author
 * wrote, more likely than of one a parent standard declares.
 */
function ownFirst(name: string, names: string[], model: StandardModel): string[] {
  const own = (id: string) => model.origins[`/calendars/${id}`]?.standard === model.id;
  const close = suggestionList(name, names);
  return [...close.filter(own), ...close.filter((id) => !own(id))];
}
