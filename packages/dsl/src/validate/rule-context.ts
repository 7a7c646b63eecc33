import type { DocumentSet } from "../load/document-set.js";
import type { StandardModel } from "../model/standard-model.js";
import type { StandardInput } from "../schema/standard-schema.js";

export type Path = (string | number)[];

/** What a semantic rule sees: the resolved model, the merged input (for paths), and a reporter. */
export interface RuleContext {
  model: StandardModel;
  input: StandardInput;
  error(path: Path, code: string, message: string, hint: string, prefer?: "key" | "value"): void;
  warning(path: Path, code: string, message: string, hint: string, prefer?: "key" | "value"): void;
}

/** One semantic check, in its own file, as graphql-js's validation rules. */
export type SemanticRule = (context: RuleContext) => void;

export function createRuleContext(model: StandardModel, input: StandardInput, documents: DocumentSet): RuleContext {
  return {
    model,
    input,
    error: (path, code, message, hint, prefer = "value") => documents.report({ code, message, hint, path, prefer }),
    warning: (path, code, message, hint, prefer = "value") =>
      documents.report({ code, message, hint, path, prefer, severity: "warning" }),
  };
}

/** The path of a single value or of item `i` of a list, as written (`x` or `[x, y]`). */
export function itemPath(base: Path, value: unknown, index: number): Path {
  return Array.isArray(value) ? [...base, index] : base;
}
