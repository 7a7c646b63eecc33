/**
 * The seeds the fuzzer mutates: the shipped standards (standards/**), small slices of them (a
 * header and one entry of one section, so most inputs load in well under a millisecond), and
 * every conformance case (packages/dsl/test/conformance), with the files each `extends`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";

/** One input: the files of an `extends` chain, the root that is loaded, and load options. */
export interface FuzzCase {
  /** Where the case came from (a corpus file, a slice of one, a conformance case). */
  name: string;
  root: string;
  files: Record<string, string | Uint8Array>;
  /** Load options that are data (a conformance case's `options.json`). */
  options?: Record<string, unknown>;
  /** Ids mapped to files explicitly (a conformance case's `resolve.json`); others by `standard:`. */
  resolve?: Record<string, string>;
}

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CONFORMANCE = join(REPO_ROOT, "packages/dsl/test/conformance");
const STANDARDS = join(REPO_ROOT, "standards");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return name.endsWith(".yaml") || name.endsWith(".yml") ? [path] : [];
    });
}

/** The id a file declares on its `standard:` line (what `extends` names). */
export function declaredId(text: string): string | undefined {
  return /^standard:\s*["']?([^\s"'#]+)/m.exec(text)?.[1];
}

function conformanceCases(): FuzzCase[] {
  const out: FuzzCase[] = [];
  for (const kind of ["valid", "invalid"]) {
    const dir = join(CONFORMANCE, kind);
    for (const name of readdirSync(dir).sort()) {
      const caseDir = join(dir, name);
      if (!statSync(caseDir).isDirectory()) continue;
      const files: Record<string, string | Uint8Array> = {};
      for (const file of readdirSync(caseDir).filter((f) => f.endsWith(".yaml"))) {
        const bytes = readFileSync(join(caseDir, file));
        // Keep bytes where the case is about bytes (BOM, invalid UTF-8); text elsewhere, to edit.
        const text = bytes.toString("utf8");
        files[file] = Buffer.from(text, "utf8").equals(bytes) ? text : new Uint8Array(bytes);
      }
      if (!("input.yaml" in files)) continue;
      const optionsFile = join(caseDir, "options.json");
      const options = existsSync(optionsFile)
        ? (JSON.parse(readFileSync(optionsFile, "utf8")) as Record<string, unknown>)
        : undefined;
      const resolveFile = join(caseDir, "resolve.json");
      const resolve = existsSync(resolveFile)
        ? (JSON.parse(readFileSync(resolveFile, "utf8")) as Record<string, string>)
        : undefined;
      // 077 tests a 512 KB limit with a large file; the fuzzer keeps to small inputs.
      if (Object.values(files).some((f) => f.length > 64 * 1024)) continue;
      out.push({
        name: `conformance/${kind}/${name}`,
        root: "input.yaml",
        files,
        ...(options ? { options } : {}),
        ...(resolve ? { resolve } : {}),
      });
    }
  }
  return out;
}

const HEADER_KEYS = ["standard", "version", "title", "timezone"];
/** The sections a ticket kind or a duty refers to. */
const CONTEXT_SECTIONS = ["calendars", "roles", "escalations"];

/** Where a parsed key starts in the text. */
function startOf(key: unknown): number {
  return (key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
}

/**
 * Slices of a standard: its header with one section, and with one entry of each section, cut
 * at line boundaries so the entry keeps its own text, comments and layout.
 */
export function slices(name: string, text: string): FuzzCase[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  const lineStart = (offset: number) => text.lastIndexOf("\n", offset - 1) + 1;
  const pairs = doc.contents.items;
  const header: string[] = [];
  for (const pair of pairs) {
    if (!isScalar(pair.key) || !HEADER_KEYS.includes(String(pair.key.value))) continue;
    const start = lineStart(pair.key.range![0]);
    const end = text.indexOf("\n", (pair.value as { range?: number[] } | null)?.range?.[1] ?? start);
    header.push(text.slice(start, end === -1 ? undefined : end));
  }
  if (!header.some((line) => line.startsWith("timezone:"))) header.push("timezone: Asia/Shanghai");
  const head = `${header.join("\n")}\n`;
  const out: FuzzCase[] = [];
  const sectionText = (i: number) => {
    const next = pairs[i + 1];
    return text.slice(
      lineStart(pairs[i]!.key ? startOf(pairs[i]!.key) : 0),
      next ? lineStart(startOf(next.key)) : text.length,
    );
  };
  // What a ticket kind or a duty names: with it, the entry alone can load into a standard.
  const context = pairs
    .map((pair, i) => (isScalar(pair.key) && CONTEXT_SECTIONS.includes(String(pair.key.value)) ? sectionText(i) : ""))
    .join("");
  pairs.forEach((pair, i) => {
    if (!isScalar(pair.key) || HEADER_KEYS.includes(String(pair.key.value)) || pair.key.value === "extends") return;
    const section = String(pair.key.value);
    const start = lineStart(pair.key.range![0]);
    const next = pairs[i + 1];
    const end = next ? lineStart(startOf(next.key)) : text.length;
    const sectionText = text.slice(start, end);
    out.push({ name: `${name}#${section}`, root: "input.yaml", files: { "input.yaml": head + sectionText } });
    if (!isMap(pair.value)) return;
    const entries = pair.value.items;
    entries.forEach((entry, j) => {
      if (!isScalar(entry.key)) return;
      const from = lineStart(entry.key.range![0]);
      const nextEntry = entries[j + 1];
      const to = nextEntry ? lineStart(startOf(nextEntry.key)) : end;
      const body = `${section}:\n${text.slice(from, to)}`;
      out.push({
        name: `${name}#${section}.${String(entry.key.value)}`,
        root: "input.yaml",
        files: { "input.yaml": head + body },
      });
      if (context && (section === "tickets" || section === "duties"))
        out.push({
          name: `${name}#${section}.${String(entry.key.value)}+context`,
          root: "input.yaml",
          files: { "input.yaml": head + context + body },
        });
    });
  });
  return out;
}

export interface Corpus {
  /** Small inputs: conformance cases and slices of the standards. */
  small: FuzzCase[];
  /** The small inputs of under 1,500 characters, most of the fuzzer's inputs. */
  tiny: FuzzCase[];
  /** Whole shipped standards, each with the files its `extends` chain needs. */
  large: FuzzCase[];
  /** Every key and scalar seen, for mutations that put a real word in a new place. */
  words: string[];
}

let cached: Corpus | undefined;

export function loadCorpus(): Corpus {
  if (cached) return cached;
  const standards = yamlFiles(STANDARDS).map((path) => ({
    name: relative(REPO_ROOT, path),
    text: readFileSync(path, "utf8"),
  }));
  const byId = new Map(standards.map((s) => [declaredId(s.text), s] as const));
  const large = standards.map((s): FuzzCase => {
    const files: Record<string, string> = { [s.name]: s.text };
    // Follow the chain so a community standard is loaded with its group's.
    for (let id = /^extends:\s*(\S+)/m.exec(s.text)?.[1]; id !== undefined;) {
      const parent = byId.get(id);
      if (!parent || parent.name in files) break;
      files[parent.name] = parent.text;
      id = /^extends:\s*(\S+)/m.exec(parent.text)?.[1];
    }
    return { name: s.name, root: s.name, files };
  });
  const small = [...conformanceCases(), ...standards.flatMap((s) => slices(s.name, s.text))];
  const words = new Set<string>();
  for (const c of [...small, ...large])
    for (const file of Object.values(c.files))
      if (typeof file === "string")
        for (const m of file.matchAll(/[A-Za-z_][\w.-]{1,30}/g)) if (words.size < 5_000) words.add(m[0]);
  const tiny = small.filter((c) => Object.values(c.files).reduce((n, f) => n + f.length, 0) < 1_500);
  cached = { small, tiny, large, words: [...words].sort() };
  return cached;
}
