import type { StandardModel } from "@yardstick/dsl";
import type { CompileProblem } from "../compile-codes.js";
import type { CompiledKind } from "../program.js";

/** One compile check, over one compiled ticket kind (graphql-js style: a rule reports, never throws). */
export type CompileRule = (kind: CompiledKind, model: StandardModel, report: (problem: CompileProblem) => void) => void;
