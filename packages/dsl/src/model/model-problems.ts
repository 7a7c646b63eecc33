/**
 * Why a stored value is not a model, in English and Chinese: TypeBox finds each place that is
 * wrong (`Value.Errors`), and its kind of error is worded here, with a stable code, so a host's log
 * or a message to an operator reads the same in either language (`say`, as the registry's words).
 */
import { type ValueError, ValueErrorType } from "@sinclair/typebox/value";
import { say } from "../diagnostics/codes.js";
import { type ArgsFor, definePhrases, type Lang, listOf, phraseOf, type Words } from "../diagnostics/words.js";

/** The codes of `checkStandardModel`'s problems. */
export const MODEL_PROBLEM_CODES = [
  "wrong-format-version",
  "missing-field",
  "unknown-field",
  "wrong-type",
  "not-allowed",
  "out-of-range",
  "wrong-text",
  "wrong-length",
  "invalid-model-value",
] as const;
export type ModelProblemCode = (typeof MODEL_PROBLEM_CODES)[number];

export const modelProblemWords = definePhrases({
  formatVersion: say(
    "expected formatVersion {{expected}}, got {{actual}}",
    "",
    "formatVersion 应为 {{expected}}，这里是 {{actual}}",
    "",
  ),
  missingField: say("`{{field}}` is missing", "", "缺少 `{{field}}`", ""),
  unknownField: say("`{{field}}` is not a field of the model here", "", "模型的这里没有 `{{field}}` 这个字段", ""),
  wrongType: say("expected {{expected}}, got {{actual}}", "", "应为{{expected}}，这里是{{actual}}", ""),
  notOneOf: say(
    "`{{value}}` is not allowed here; allowed: {{choices}}",
    "",
    "这里不能是 `{{value}}`；可以是 {{choices}}",
    "",
  ),
  noShape: say("{{value}} matches none of the shapes allowed here", "", "{{value}} 不符合这里允许的任何一种形式", ""),
  notLiteral: say("expected `{{expected}}`, got {{value}}", "", "应为 `{{expected}}`，这里是 {{value}}", ""),
  atLeast: say("{{value}} is below the least allowed, {{limit}}", "", "{{value}} 小于允许的最小值 {{limit}}", ""),
  atMost: say("{{value}} is above the most allowed, {{limit}}", "", "{{value}} 大于允许的最大值 {{limit}}", ""),
  above: say("{{value}} must be above {{limit}}", "", "{{value}} 必须大于 {{limit}}", ""),
  below: say("{{value}} must be below {{limit}}", "", "{{value}} 必须小于 {{limit}}", ""),
  multipleOf: say("{{value}} is not a multiple of {{limit}}", "", "{{value}} 不是 {{limit}} 的倍数", ""),
  pattern: say("{{value}} does not match `{{pattern}}`", "", "{{value}} 不符合格式 `{{pattern}}`", ""),
  format: say("{{value}} is not a {{format}}", "", "{{value}} 不是 {{format}} 格式", ""),
  minLength: say("{{value}} is shorter than {{limit}} characters", "", "{{value}} 短于 {{limit}} 个字符", ""),
  maxLength: say("{{value}} is longer than {{limit}} characters", "", "{{value}} 长于 {{limit}} 个字符", ""),
  minItems: say("the list has fewer than {{limit}} items", "", "列表少于 {{limit}} 项", ""),
  maxItems: say("the list has more than {{limit}} items", "", "列表多于 {{limit}} 项", ""),
  uniqueItems: say("the list repeats an item", "", "列表里有重复的项", ""),
  invalid: say("the value here does not fit the model ({{detail}})", "", "这里的值不符合模型（{{detail}}）", ""),
});

const typeWords: Record<string, Words> = {
  string: { en: "a string", zh: "文本" },
  number: { en: "a number", zh: "数字" },
  integer: { en: "a whole number", zh: "整数" },
  boolean: { en: "true or false", zh: "true 或 false" },
  object: { en: "an object", zh: "对象（键和值）" },
  array: { en: "a list", zh: "列表" },
  null: { en: "null", zh: "null" },
  missing: { en: "nothing", zh: "空缺" },
};

/** What a value is, as the messages name it: `a string`, `a list`, `nothing`. */
function kindOf(value: unknown): Words {
  if (value === undefined) return typeWords.missing!;
  if (value === null) return typeWords.null!;
  if (Array.isArray(value)) return typeWords.array!;
  if (typeof value === "number" && Number.isInteger(value)) return typeWords.number!;
  return typeWords[typeof value] ?? { en: typeof value, zh: typeof value };
}

/** A value as it is quoted in a message: JSON, cut at 40 characters. */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

/** One TypeBox error as a problem with a code, worded in `lang`. */
export function modelProblem(error: ValueError, lang: Lang): { code: ModelProblemCode; message: string } {
  const problem = <Key extends keyof typeof modelProblemWords & string>(
    code: ModelProblemCode,
    key: Key,
    args: ArgsFor<(typeof modelProblemWords)[Key]>,
  ) => ({ code, message: phraseOf(modelProblemWords, key, args, lang) });
  const schema = error.schema as Record<string, unknown>;
  const value = shown(error.value);
  const limit = (key: string) => String(schema[key] ?? "");
  const field = error.path.split("/").at(-1)?.replace(/~1/g, "/").replace(/~0/g, "~") ?? "";
  type Problem = { code: ModelProblemCode; message: string };
  const wrongType = () =>
    problem("wrong-type", "wrongType", {
      expected: typeWords[String(schema.type)] ?? { en: String(schema.type), zh: String(schema.type) },
      actual: kindOf(error.value),
    });
  const oneOf = () => {
    const options = (schema.anyOf as { const?: unknown }[] | undefined) ?? [];
    const consts = options.filter((o) => o.const !== undefined).map((o) => `\`${String(o.const)}\``);
    return consts.length === options.length && consts.length > 0
      ? problem("not-allowed", "notOneOf", { value: String(error.value), choices: listOf(consts) })
      : problem("not-allowed", "noShape", { value });
  };
  const bound = (key: "atLeast" | "atMost" | "above" | "below" | "multipleOf", keyword: string) => () =>
    problem("out-of-range", key, { value, limit: limit(keyword) });
  const T = ValueErrorType;
  // By kind of error; a kind the model's schema does not use today falls back to TypeBox's words inside ours.
  const byKind: [readonly ValueErrorType[], () => Problem][] = [
    [[T.ObjectRequiredProperty], () => problem("missing-field", "missingField", { field })],
    [[T.ObjectAdditionalProperties], () => problem("unknown-field", "unknownField", { field })],
    [[T.String, T.Number, T.Integer, T.Boolean, T.Object, T.Array, T.Null], wrongType],
    [[T.Literal], () => problem("not-allowed", "notLiteral", { expected: String(schema.const), value })],
    [[T.Union], oneOf],
    [[T.NumberMinimum, T.IntegerMinimum], bound("atLeast", "minimum")],
    [[T.NumberMaximum, T.IntegerMaximum], bound("atMost", "maximum")],
    [[T.NumberExclusiveMinimum, T.IntegerExclusiveMinimum], bound("above", "exclusiveMinimum")],
    [[T.NumberExclusiveMaximum, T.IntegerExclusiveMaximum], bound("below", "exclusiveMaximum")],
    [[T.NumberMultipleOf, T.IntegerMultipleOf], bound("multipleOf", "multipleOf")],
    [[T.StringPattern], () => problem("wrong-text", "pattern", { value, pattern: limit("pattern") })],
    [
      [T.StringFormat, T.StringFormatUnknown],
      () => problem("wrong-text", "format", { value, format: limit("format") }),
    ],
    [[T.StringMinLength], () => problem("wrong-text", "minLength", { value, limit: limit("minLength") })],
    [[T.StringMaxLength], () => problem("wrong-text", "maxLength", { value, limit: limit("maxLength") })],
    [[T.ArrayMinItems], () => problem("wrong-length", "minItems", { limit: limit("minItems") })],
    [[T.ArrayMaxItems], () => problem("wrong-length", "maxItems", { limit: limit("maxItems") })],
    [[T.ArrayUniqueItems], () => problem("wrong-length", "uniqueItems", {})],
  ];
  const found = byKind.find(([kinds]) => kinds.includes(error.type));
  return found ? found[1]() : problem("invalid-model-value", "invalid", { detail: error.message });
}
