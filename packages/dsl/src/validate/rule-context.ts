import type { Path } from "@yardstick/calendar";
import type { Report } from "../diagnostics/report.js";
import type { StandardModel } from "../model/standard-model.js";
import type { StandardInput } from "../schema/standard-schema.js";

/** What a semantic rule sees: the resolved model, the merged input (for paths), and `report`. */
export interface RuleContext {
  model: StandardModel;
  input: StandardInput;
  report: Report;
}

/** One semantic check, in its own file, as graphql-js's validation rules. */
export type SemanticRule = (context: RuleContext) => void;

/** The path of a single value or of item `i` of a list, as written (`x` or `[x, y]`). */
export function itemPath(base: Path, value: unknown, index: number): Path {
  return Array.isArray(value) ? [...base, index] : base;
}
