import { existsSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatDiagnostic, loadStandard, suggestionList } from "@yardstick/dsl";
import { createFolderResolver, findStandardFiles } from "../files.js";
import type { CliIo } from "../io.js";
import { listPromises, scalar } from "../new/promises.js";
import { usageError } from "../user-error.js";

export const newHelp = `Usage: yardstick new <id> --extends <parent> [options]

Starts a community standard: a file that extends <parent> and changes nothing yet, with every
promise the parent makes listed below as comments to override — each clock's target, calendar,
warnings and escalation, which tickets are urgent, each duty's cadence, each KPI target and each
audit rule's points. Un-comment a line (and the lines above it that hold it), change the value,
and \`yardstick validate\` the file. The file validates as it is written.

Options:
  --extends <id>       the parent standard, e.g. seed/group (found in ./standards and --standards)
  --standards <dir>    another folder to find the parent in (repeatable)
  --title-zh <text>    the community's name in Chinese (default: the id)
  --title-en <text>    the community's name in English (default: the id)
  --out <file>         write the file there instead of standard output
  --force              overwrite --out if it exists
  -h, --help           show this help

Exit codes: 0 written, 1 the parent (or the new file) has errors, 2 a usage mistake (an unknown
parent, an existing --out without --force).

Examples:
  yardstick new harbour/east --extends seed/group --out standards/harbour-east.yaml
  yardstick new riverside-2 --extends cn-2004/level-1 --title-zh 滨江二期 --title-en "Riverside II"
`;

export async function newCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      extends: { type: "string" },
      standards: { type: "string", multiple: true },
      "title-zh": { type: "string" },
      "title-en": { type: "string" },
      out: { type: "string" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(newHelp);
    return 0;
  }
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0) throw usageError("missing-argument", "newId", {});
  if (values.extends === undefined) throw usageError("missing-option", "extends", {});
  const out = values.out === undefined ? undefined : resolve(io.cwd, values.out);
  if (out !== undefined && existsSync(out) && !values.force)
    throw usageError("file-exists", "exists", { file: values.out! });

  const folders = values.standards ?? [];
  const files = folders.length > 0 ? findStandardFiles(folders, io.cwd) : [];
  const resolver = createFolderResolver(files, io.cwd);
  const parent = resolver(values.extends, "<new>");
  if (parent === undefined) {
    const known = [...(resolver.knownIds?.() ?? [])];
    const parentId = values.extends;
    const more = folders.join(", ");
    const where = folders.length
      ? { en: `./standards or ${more}`, zh: `./standards 或 ${more}` }
      : { en: "./standards", zh: "./standards" };
    const [close] = suggestionList(parentId, known);
    throw close !== undefined
      ? usageError("no-such-standard", "close", { id: parentId, folders: where, suggestion: close })
      : known.length > 0
        ? usageError("no-such-standard", "found", { id: parentId, folders: where, known: known.join(", ") })
        : usageError("no-such-standard", "none", { id: parentId, folders: where });
  }
  const loaded = loadStandard(parent.text, { file: parent.file, resolve: resolver });
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (loaded.standard === undefined || errors.length > 0) {
    for (const d of errors) {
      const source = loaded.sources.find((s) => s.file === d.file)?.text;
      io.stderr(`${formatDiagnostic(d, source !== undefined ? { source } : {})}\n\n`);
    }
    io.stderr(`yardstick new: the parent ${values.extends} has errors; fix them first\n`);
    return 1;
  }
  const model = loaded.standard;
  const { lines, count } = listPromises(model);
  const schema = resolve(io.cwd, "packages/dsl/schema.json");
  const schemaLine = existsSync(schema)
    ? `# yaml-language-server: $schema=${relative(dirname(out ?? resolve(io.cwd, "new.yaml")), schema)}`
    : "## editors: `yardstick schema > schema.json`, then a first line `# yaml-language-server: $schema=schema.json`";
  const parentTitle = [model.title.zh, model.title.en].filter(Boolean).join(" · ");
  const text = [
    schemaLine,
    "##",
    `## ${id}: a community standard on ${model.id} ${model.version} (${parentTitle}).`,
    "## It inherits every promise of its parent and changes none yet. The parent's promises are",
    "## listed below as comments, each as the parent has it: to change one, un-comment its line",
    "## and the lines above it that hold it (the less indented ones), and change the value.",
    "## A map merges key by key; a list or a single value replaces the parent's; `null` removes it.",
    "## Check the file with `yardstick validate`; `yardstick test` runs the scenarios it inherits.",
    "",
    `standard: ${scalar(id)}`,
    'version: "1"',
    `title: { zh: ${scalar(values["title-zh"] ?? id)}, en: ${scalar(values["title-en"] ?? id)} }`,
    `extends: ${scalar(model.id)}`,
    "",
    `## ── The promises of ${model.id} (${count}) ──`,
    ...lines,
    "",
  ].join("\n");

  // What is written must validate as it is: a bad id or title is reported here, not later.
  const file = out === undefined ? `${id.replace(/[^\w.-]+/g, "-")}.yaml` : relative(io.cwd, out) || out;
  const check = loadStandard(text, { file, resolve: resolver });
  const problems = check.diagnostics.filter((d) => d.severity === "error");
  if (problems.length > 0) {
    for (const d of problems) io.stderr(`${formatDiagnostic(d, d.file === file ? { source: text } : {})}\n\n`);
    io.stderr("yardstick new: the new standard would not validate (see above)\n");
    return 1;
  }
  if (out === undefined) io.stdout(text);
  else {
    writeFileSync(out, text);
    io.stderr(
      `wrote ${values.out}: extends ${model.id}, ${count} promises listed to override\n  next: un-comment what you change, then \`yardstick validate ${values.out}\`\n`,
    );
  }
  return 0;
}
