// Writes packages/dsl/schema.json and model.schema.json from the TypeBox definitions, and the precompiled validator
// (src/schema/standard-validator.js). A test fails when either committed file drifts.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { modelJsonSchema } from "../src/model/check-standard-model.js";
import { editorSchema } from "../src/schema/editor-schema.js";
import { validatorSource } from "./standalone-validator.js";

for (const [path, text] of [
  ["../schema.json", `${JSON.stringify(editorSchema(), null, 2)}\n`],
  ["../model.schema.json", `${JSON.stringify(modelJsonSchema(), null, 2)}\n`],
  ["../src/schema/standard-validator.js", validatorSource()],
] as const) {
  const target = fileURLToPath(new URL(path, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
