import { Value } from "@sinclair/typebox/value";
import { FORMAT_VERSION, type StandardModel, StandardModelSchema } from "./standard-model.js";

/** Why a stored value is not a model: where (a JSON Pointer) and what. */
export interface ModelProblem {
  pointer: string;
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
 * the places that are wrong (at most 20), not half-read. Never throws.
 *
 * @example
 * const checked = checkStandardModel(JSON.parse(row.model));
 * if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.pointer}: ${p.message}`).join("\n"));
 * compileStandard(checked.model);
 */
export function checkStandardModel(json: unknown): ModelCheck {
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (json !== null && typeof json === "object" && version !== FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        { pointer: "/formatVersion", message: `expected formatVersion ${FORMAT_VERSION}, got ${String(version)}` },
      ],
    };
  if (Value.Check(StandardModelSchema, json)) return { ok: true, model: json };
  const problems: ModelProblem[] = [];
  for (const error of Value.Errors(StandardModelSchema, json)) {
    problems.push({ pointer: error.path, message: error.message });
    if (problems.length === 20) break;
  }
  return { ok: false, problems };
}
