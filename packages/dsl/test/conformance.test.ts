/**
 * The DSL's conformance corpus, run by one loop (see test/conformance/README.md):
 * - `invalid/<NNN-name>/`: `input.yaml` (and any files it extends) + `expected.json`, the exact
 *   list of diagnostics, in order, as `{ code, severity, line, column, file?, messageIncludes?, hintIncludes? }`;
 * - `valid/<name>/`: `input.yaml` (and any files it extends) + `expected.json`, the full model.
 *
 * `UPDATE_CONFORMANCE=1 pnpm vitest run packages/dsl/test/conformance.test.ts` rewrites every
 * valid case's `expected.json`, and writes an invalid case's `expected.json` only when it is
 * missing (hand-written message checks are never overwritten). Review every rewritten file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Diagnostic,
  findDuplicateStandards,
  type LoadOptions,
  loadStandard,
  type StandardResolver,
} from "@yardstick/dsl";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("./conformance/", import.meta.url));
const update = process.env.UPDATE_CONFORMANCE === "1";
const ROOT_FILE = "input.yaml";

interface ExpectedDiagnostic {
  code: string;
  severity: Diagnostic["severity"];
  line: number;
  column: number;
  /** Only when the diagnostic is in another file of the case than `input.yaml`. */
  file?: string;
  messageIncludes?: string;
  hintIncludes?: string;
  /** The same diagnostic loaded with `lang: "zh"`: words its Chinese message and hint include. */
  zh?: { messageIncludes?: string; hintIncludes?: string };
}

/** Optional `options.json` of a case: load options that are plain data. */
type CaseOptions = Pick<LoadOptions, "maxBytes" | "maxDiagnostics" | "maxExtendsDepth" | "limits">;

function cases(kind: "invalid" | "valid"): string[] {
  const dir = join(root, kind);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Resolves `extends` to the case folder's other YAML files, by the id each declares on its
 * `standard:` line; a `resolve.json` (`{ "<id>": "<file>" }`) maps ids to files explicitly, to
 * test a file that declares another id than the one asked for.
 */
function folderResolver(dir: string): StandardResolver {
  const byId = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".yaml") && n !== ROOT_FILE)
    .sort()) {
    const declared = /^standard:\s*["']?([^\s"'#]+)/m.exec(readFileSync(join(dir, name), "utf8"))?.[1];
    if (declared !== undefined && !byId.has(declared)) byId.set(declared, name);
  }
  const explicit = join(dir, "resolve.json");
  if (existsSync(explicit))
    for (const [id, name] of Object.entries(JSON.parse(readFileSync(explicit, "utf8")) as Record<string, string>))
      byId.set(id, name);
  return (id) => {
    const name = byId.get(id);
    return name === undefined ? undefined : { file: name, text: readFileSync(join(dir, name)) };
  };
}

function loadCase(dir: string, lang: "en" | "zh" = "en") {
  const optionsFile = join(dir, "options.json");
  const options: CaseOptions = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, "utf8")) as CaseOptions)
    : {};
  // Bytes, not text: the corpus exercises decoding (BOM, UTF-8) as a file on disk would.
  const loaded = loadStandard(readFileSync(join(dir, ROOT_FILE)), {
    ...options,
    file: ROOT_FILE,
    resolve: folderResolver(dir),
    lang,
  });
  // The case's files are given together: two that declare one id are reported, as validate does.
  const files = [
    ROOT_FILE,
    ...readdirSync(dir)
      .filter((n) => n.endsWith(".yaml") && n !== ROOT_FILE)
      .sort(),
  ];
  const duplicates = findDuplicateStandards(
    files.map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") })),
    { lang },
  );
  return { ...loaded, diagnostics: [...loaded.diagnostics, ...duplicates], loadDiagnostics: loaded.diagnostics };
}

function located(d: Diagnostic): ExpectedDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    line: d.line,
    column: d.column,
    ...(d.file === ROOT_FILE ? {} : { file: d.file }),
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

describe("invalid standards give exactly the expected diagnostics", () => {
  test.each(cases("invalid"))("%s", (name) => {
    const dir = join(root, "invalid", name);
    const expectedFile = join(dir, "expected.json");
    const { standard, diagnostics, loadDiagnostics } = loadCase(dir);
    if (update && !existsSync(expectedFile))
      writeFileSync(expectedFile, json(diagnostics.map((d) => ({ ...located(d), messageIncludes: d.message }))));

    const expected = JSON.parse(readFileSync(expectedFile, "utf8")) as ExpectedDiagnostic[];
    expect(expected.length, "a case expects at least one diagnostic").toBeGreaterThan(0);
    expect(diagnostics.map(located)).toEqual(
      expected.map(({ messageIncludes: _m, hintIncludes: _h, zh: _zh, ...where }) => where),
    );
    expected.forEach((e, i) => {
      if (e.messageIncludes !== undefined)
        expect(diagnostics[i]!.message, `message of diagnostic ${i + 1}`).toContain(e.messageIncludes);
      if (e.hintIncludes !== undefined)
        expect(diagnostics[i]!.hint, `hint of diagnostic ${i + 1}`).toContain(e.hintIncludes);
    });
    // Errors withhold the model; warnings alone do not.
    expect(standard === undefined).toBe(loadDiagnostics.some((d) => d.severity === "error"));

    // In Chinese: the same codes at the same places, every message in Chinese.
    const zh = loadCase(dir, "zh").diagnostics;
    expect(zh.map(located)).toEqual(diagnostics.map(located));
    zh.forEach((d, i) => {
      expect(d.message, `Chinese message of diagnostic ${i + 1}`).toMatch(/\p{Script=Han}/u);
      const words = expected[i]?.zh;
      if (words?.messageIncludes !== undefined)
        expect(d.message, `Chinese message of diagnostic ${i + 1}`).toContain(words.messageIncludes);
      if (words?.hintIncludes !== undefined)
        expect(d.hint, `Chinese hint of diagnostic ${i + 1}`).toContain(words.hintIncludes);
    });
  });
});

describe("the corpus", () => {
  // docs-coverage.test.ts checks that every code the source emits has a section in the
  // diagnostics reference; this closes the loop: every documented code has an invalid case.
  test("has an invalid case for every diagnostic code in docs/reference/diagnostics.md", () => {
    const reference = readFileSync(
      fileURLToPath(new URL("../../../docs/reference/diagnostics.md", import.meta.url)),
      "utf8",
    );
    const documented = [...reference.matchAll(/^### (\S+)[ \t]*$/gm)].map((m) => m[1]!);
    const covered = new Set(
      cases("invalid").flatMap((name) =>
        (JSON.parse(readFileSync(join(root, "invalid", name, "expected.json"), "utf8")) as ExpectedDiagnostic[]).map(
          (d) => d.code,
        ),
      ),
    );
    expect(documented.length).toBeGreaterThan(40);
    expect(documented.filter((code) => !covered.has(code))).toEqual([]);
  });
});

describe("valid standards resolve to the expected model", () => {
  test.each(cases("valid"))("%s", (name) => {
    const dir = join(root, "valid", name);
    const expectedFile = join(dir, "expected.json");
    const { standard, diagnostics } = loadCase(dir);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`)).toEqual([]);
    if (update) writeFileSync(expectedFile, json(standard));
    expect(JSON.parse(json(standard))).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
  });
});
