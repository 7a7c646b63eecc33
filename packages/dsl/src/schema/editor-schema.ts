import { StandardInput } from "./standard-schema.js";

/**
 * The JSON Schema shipped as `@yardstick/dsl/schema.json` for editors (yaml-language-server,
 * which knows draft-07 only). TypeBox's symbols are dropped by JSON; `$schema` says the draft.
 */
export function editorSchema(): Record<string, unknown> {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    ...(JSON.parse(JSON.stringify(StandardInput)) as Record<string, unknown>),
  };
}
