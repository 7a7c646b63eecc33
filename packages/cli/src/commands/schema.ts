import { parseArgs } from "node:util";
import { editorSchema } from "@yardstick/dsl";
import type { CliIo } from "../io.js";

export const schemaHelp = `Usage: yardstick schema

Prints the standards language's JSON Schema (draft-07), the file editors use for completion and
checks. Point your editor at it with a first line in each standard:
  # yaml-language-server: $schema=../packages/dsl/schema.json
`;

export async function schemaCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { help: { type: "boolean", short: "h", default: false } } });
  io.stdout(values.help ? schemaHelp : `${JSON.stringify(editorSchema(), null, 2)}\n`);
  return 0;
}
