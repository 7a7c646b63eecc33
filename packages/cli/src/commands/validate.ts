import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import {
  type Diagnostic,
  findDuplicateStandards,
  formatDiagnostic,
  loadStandard,
  phrasesIn,
  type StandardModel,
} from "@yardstick/dsl";
import { createFolderResolver, findStandardFiles } from "../files.js";
import type { CliIo } from "../io.js";
import { summarize } from "../summary.js";
import { validateWords } from "../words/validate-words.js";
import { usageError } from "../user-error.js";
import { chooseColor } from "./options.js";
import { chooseLang, langHelp, langOption } from "../lang.js";

export const validateHelp = `Usage: yardstick validate <files|folders…> [options]

Checks standards (YAML) and prints every problem like a compiler: file:line:col, a code, the
source line with a caret, and a hint. \`extends\` is resolved among the folders given (and
./standards). Exit code 1 when any standard has an error, 0 otherwise.

Options:
  --json               print the results as JSON (one entry per file, with its diagnostics)
  --summary            after validating, print what each valid standard promises
  --max-diagnostics N  report at most N problems per file (default 100)
  --color / --no-color colour the output (default: on a terminal; never with NO_COLOR set)
${langHelp}
  -h, --help           show this help

Examples:
  yardstick validate standards
  yardstick validate standards/seed/harbour-view.yaml --json
`;

export interface FileResult {
  file: string;
  standard?: { id: string; version: string; hash: string };
  diagnostics: Diagnostic[];
}

export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      summary: { type: "boolean", default: false },
      "max-diagnostics": { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      ...langOption,
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(validateHelp);
    return 0;
  }
  if (positionals.length === 0) throw usageError("missing-argument", "standards", {});
  const maxDiagnostics = values["max-diagnostics"] === undefined ? undefined : Number(values["max-diagnostics"]);
  if (maxDiagnostics !== undefined && !(Number.isInteger(maxDiagnostics) && maxDiagnostics > 0)) {
    throw usageError("invalid-option-value", "positive", {
      option: "--max-diagnostics",
      value: values["max-diagnostics"]!,
      example: 20,
    });
  }
  const color = chooseColor(values, io);
  const lang = chooseLang(values.lang, io);

  const files = findStandardFiles(positionals, io.cwd);
  if (files.length === 0) throw usageError("no-standard-files", "none", { paths: positionals.join(", ") });
  // Each file is read once: the resolver indexes ids from the same bytes the loads then parse.
  const read = readOnce();
  const resolve = createFolderResolver(files, io.cwd, read);
  const results: FileResult[] = [];
  const models: StandardModel[] = [];
  const sources = new Map<string, string>();
  const duplicates = findDuplicateStandards(
    files.map((path) => ({ file: relative(io.cwd, path) || path, text: Buffer.from(read(path)).toString("utf8") })),
    { lang },
  );
  for (const path of files) {
    const file = relative(io.cwd, path) || path;
    const loaded = loadStandard(read(path), { file, resolve, maxDiagnostics, lang });
    const duplicate = duplicates.filter((d) => d.file === file);
    const standard = duplicate.length > 0 ? undefined : loaded.standard;
    // Which file declares an id is a matter of the file's identity: that problem comes first.
    const diagnostics = [...duplicate, ...loaded.diagnostics];
    // A parent's diagnostics point into the parent: the load hands back every text it read.
    for (const source of loaded.sources) if (!sources.has(source.file)) sources.set(source.file, source.text);
    results.push({
      file,
      diagnostics,
      ...(standard ? { standard: { id: standard.id, version: standard.version, hash: standard.hash } } : {}),
    });
    if (standard) models.push(standard);
  }

  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === "error").length, 0);
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === "warning").length, 0);
  if (values.json) {
    io.stdout(`${JSON.stringify({ files: results, errors, warnings }, null, 2)}\n`);
    return errors > 0 ? 1 : 0;
  }
  for (const result of results) {
    for (const d of result.diagnostics)
      io.stderr(`${formatDiagnostic(d, { source: sources.get(d.file), color, lang })}\n\n`);
  }
  const say = phrasesIn(validateWords, lang);
  const valid = results.filter((r) => r.standard).length;
  const filesText = say(files.length === 1 ? "oneFile" : "files", { count: files.length });
  const errorsText = say(errors === 1 ? "oneError" : "errors", { count: errors });
  const warningsText = say(warnings === 1 ? "oneWarning" : "warnings", { count: warnings });
  io.stderr(`${say("checked", { files: filesText, valid, errors: errorsText, warnings: warningsText })}\n`);
  if (values.summary) for (const model of models) io.stdout(`\n${summarize(model, lang)}`);
  return errors > 0 ? 1 : 0;
}

function readOnce(): (file: string) => Uint8Array {
  const read = new Map<string, Uint8Array>();
  return (file) => {
    let bytes = read.get(file);
    if (bytes === undefined) read.set(file, (bytes = readFileSync(file)));
    return bytes;
  };
}
