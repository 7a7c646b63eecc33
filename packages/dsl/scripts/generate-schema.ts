// Writes packages/dsl/schema.json from the TypeBox definitions. A test fails when the committed file drifts.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { editorSchema } from "../src/schema/editor-schema.js";

const target = fileURLToPath(new URL("../schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(editorSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
