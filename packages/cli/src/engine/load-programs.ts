/**
 * Loads standards for the engine's commands: the files named (default `standards/`), `extends`
 * resolved as `validate` does, each compiled. A standard with errors is reported and skipped.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { findDuplicateStandards, formatDiagnostic, type Lang, loadStandard, type Diagnostic } from "@yardstick/dsl";
import { compileStandard, type Program } from "@yardstick/engine";
import { createFolderResolver, findStandardFiles } from "../files.js";
import type { CliIo } from "../io.js";
import { usageError } from "../user-error.js";

export interface LoadedProgram {
  file: string;
  program: Program;
}

export function loadPrograms(
  targets: string[],
  io: CliIo,
  color: boolean,
  lang: Lang = "en",
): { programs: LoadedProgram[]; failed: { file: string; diagnostics: Diagnostic[] }[] } {
  const files = findStandardFiles(targets.length > 0 ? targets : ["standards"], io.cwd);
  if (files.length === 0) throw usageError("no-standard-files", "none", { paths: targets.join(", ") || "standards" });
  const resolve = createFolderResolver(files, io.cwd);
  const programs: LoadedProgram[] = [];
  const failed: { file: string; diagnostics: Diagnostic[] }[] = [];
  const duplicates = findDuplicateStandards(
    files.map((path) => ({ file: relative(io.cwd, path) || path, text: readFileSync(path, "utf8") })),
    { lang },
  );
  for (const path of files) {
    const file = relative(io.cwd, path) || path;
    const loaded = loadStandard(readFileSync(path), { file, resolve, lang });
    const duplicate = duplicates.filter((d) => d.file === file);
    const { sources } = loaded;
    const standard = duplicate.length > 0 ? undefined : loaded.standard;
    const diagnostics = [...duplicate, ...loaded.diagnostics];
    const compiled = standard === undefined ? undefined : compileStandard(standard, { lang });
    const all = [...diagnostics, ...(compiled?.diagnostics ?? [])];
    const errors = all.filter((d) => d.severity === "error");
    if (compiled?.program === undefined || errors.length > 0) {
      // A parent's diagnostics point into the parent: its text came back with the load.
      for (const d of errors) {
        const source = sources.find((s) => s.file === d.file)?.text;
        io.stderr(`${formatDiagnostic(d, { ...(source !== undefined ? { source } : {}), color, lang })}\n\n`);
      }
      failed.push({ file, diagnostics: all });
      continue;
    }
    programs.push({ file, program: compiled.program });
  }
  return { programs, failed };
}
