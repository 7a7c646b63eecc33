import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadStandard } from "@yardstick/dsl";
import { compileStandard, type Program } from "@yardstick/engine";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(folder, e.name)) : e.name.endsWith(".yaml") ? [join(folder, e.name)] : [],
  );
}

/** Every shipped standard (standards/**), by id, with its file and text. */
export const shippedStandards: Map<string, { file: string; text: string }> = new Map(
  walk(join(root, "standards"))
    .sort()
    .map((path) => {
      const text = readFileSync(path, "utf8");
      const id = /^standard:\s*["']?([^\s"'#]+)/m.exec(text)![1]!;
      return [id, { file: relative(root, path), text }];
    }),
);

/** A shipped standard compiled, `extends` resolved among the shipped ones. */
export function compileShipped(id: string): Program {
  const source = shippedStandards.get(id);
  if (source === undefined) throw new Error(`no shipped standard ${id}`);
  const { standard, diagnostics } = loadStandard(source.text, {
    file: source.file,
    resolve: (parent) => shippedStandards.get(parent),
  });
  if (standard === undefined) throw new Error(`${id} does not load: ${JSON.stringify(diagnostics, null, 1)}`);
  const { program, diagnostics: compile } = compileStandard(standard);
  if (program === undefined) throw new Error(`${id} does not compile: ${JSON.stringify(compile, null, 1)}`);
  return program;
}
