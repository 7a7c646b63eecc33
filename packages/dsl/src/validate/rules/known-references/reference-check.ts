import type { Path } from "@yardstick/calendar";
import type { ReferenceKind } from "../../../diagnostics/codes.js";
import { didYouMean } from "../../../diagnostics/did-you-mean.js";
import type { RuleContext } from "../../rule-context.js";

/**
 * Reports `unknown-<kind>` when `name` is not among `declared`, with the closest declared names
 * (or the list of them); `where` names the scope (" in ticket kind `repair`").
 */
export type ReferenceCheck = (
  kind: ReferenceKind,
  name: string,
  declared: Iterable<string>,
  path: Path,
  where?: string,
) => void;

export function referenceCheck(ctx: RuleContext): ReferenceCheck {
  return (kind, name, declared, path, where = "") => {
    const names = [...declared];
    if (names.includes(name)) return;
    const suggestion = didYouMean(name, names);
    const noun = kind.replace("-", " ");
    const plural = noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`;
    const hint =
      suggestion ??
      (names.length
        ? `declared ${plural}${where}: ${names.map((n) => `\`${n}\``).join(", ")}`
        : `declare it first${where}`);
    ctx.report({ code: `unknown-${kind}`, path, message: `unknown ${noun} \`${name}\`${where}`, hint });
  };
}
