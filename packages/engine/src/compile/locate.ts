/**
 * Compile problems are diagnostics like the language's own, located at the YAML that caused them
 * through the model's `origins` (the nearest pointer at or above the problem's path).
 */
import type { Diagnostic, Severity, StandardModel } from "@yardstick/dsl";
import type { CompileCode } from "./compile-codes.js";
import { compileCodes } from "./compile-codes.js";

const escape = (key: string | number) => String(key).replace(/~/g, "~0").replace(/\//g, "~1");

export interface CompileProblem {
  code: CompileCode;
  path: (string | number)[];
  message: string;
  hint: string;
  severity?: Severity;
}

export function locate(model: StandardModel, problem: CompileProblem): Diagnostic {
  let origin = undefined;
  for (let n = problem.path.length; n >= 0 && origin === undefined; n--) {
    const pointer = problem.path.slice(0, n).map(escape).join("/");
    const key = pointer === "" ? "" : `/${pointer}`;
    origin = Object.prototype.hasOwnProperty.call(model.origins, key) ? model.origins[key] : undefined;
  }
  const line = origin?.line ?? 1;
  const column = origin?.column ?? 1;
  const position = { line, column, offset: 0 };
  return {
    code: problem.code,
    severity: problem.severity ?? compileCodes[problem.code].severity,
    message: problem.message,
    hint: problem.hint,
    file: origin?.file ?? `${model.id}.yaml`,
    line,
    column,
    range: { start: position, end: position },
    path: problem.path,
  };
}
