import { Value } from "@sinclair/typebox/value";
import { type Lang, phraseOf } from "../diagnostics/words.js";
import { type ModelProblemCode, modelProblem, modelProblemWords } from "./model-problems.js";
import { FORMAT_VERSION, type StandardModel, StandardModelSchema } from "./standard-model.js";

/** Why a stored value is not a model: where (a JSON Pointer), a stable code, and what, in the language asked for. */
export interface ModelProblem {
  pointer: string;
  code: ModelProblemCode;
  message: string;
}

export type ModelCheck = { ok: true; model: StandardModel } | { ok: false; problems: ModelProblem[] };

/** The shape of the resolved model as JSON Schema (draft-07), as committed in `model.schema.json`. */
export function modelJsonSchema(): Record<string, unknown> {
  return { $schema: "http://json-schema.org/draft-07/schema#", ...JSON.parse(JSON.stringify(StandardModelSchema)) };
}

/**
 * Checks a value a host stored (a database row, a cache) against the model's schema before handing
 * it to the engine: a model of another `formatVersion`, or one edited by hand, is refused with
 * the places that are wrong (at most 20), each with a code and a message in `lang` (default
 * English), not half-read. Never throws.
 *
 * @example
 * const checked = checkStandardModel(JSON.parse(row.model), { lang: "zh" });
 * if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.pointer}: ${p.message}`).join("\n"));
 * compileStandard(checked.model);
 */
export function checkStandardModel(json: unknown, options: { lang?: Lang } = {}): ModelCheck {
  const lang = options.lang ?? "en";
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (json !== null && typeof json === "object" && version !== FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        {
          pointer: "/formatVersion",
          code: "wrong-format-version",
          message: phraseOf(
            modelProblemWords,
            "formatVersion",
            { expected: FORMAT_VERSION, actual: String(version) },
            lang,
          ),
        },
      ],
    };
  if (Value.Check(StandardModelSchema, json)) return { ok: true, model: json };
  const problems: ModelProblem[] = [];
  for (const error of Value.Errors(StandardModelSchema, json)) {
    problems.push({ pointer: error.path, ...modelProblem(error, lang) });
    if (problems.length === 20) break;
  }
  return { ok: false, problems };
}
