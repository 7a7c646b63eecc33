/**
 * What must hold for every input, however broken (issue 6):
 * - `loadStandard` never throws, and takes under 2 s (a load over it is timed again by CPU time);
 * - every diagnostic has a documented code (docs/reference/diagnostics.md) and a position inside
 *   its file (line and column of a real character or line end, a range that ends in the file);
 * - a result with a standard has no errors;
 * - loading twice gives identical JSON (model, hash and diagnostics), the second load through a
 *   load cache kept across the whole run, as an editor keeps one (decision 0093);
 * - a comment added anywhere changes no model hash (when YAML reads the same values with it);
 * - messages quote a wrong value in part, never whole; nothing reaches `Object.prototype`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createLoadCache,
  type Diagnostic,
  type LoadCache,
  type LoadResult,
  loadStandard,
  type StandardResolver,
} from "@yardstick/dsl";
import { parseDocument } from "yaml";
import { declaredId, type FuzzCase, REPO_ROOT } from "./corpus.js";
import type { Random } from "./random.js";

export const LOAD_LIMIT_MS = 2_000;
/** Longest message or hint accepted: a quoted value is cut well before this. */
export const MESSAGE_LIMIT = 600;

export interface Violation {
  /** Same bug, same signature: the runner keeps one input (the first) per signature. */
  signature: string;
  detail: string;
}

let documented: Set<string> | undefined;

/** The codes with a `### code` section in the diagnostics reference. */
export function documentedCodes(): Set<string> {
  documented ??= new Set(
    [...readFileSync(join(REPO_ROOT, "docs/reference/diagnostics.md"), "utf8").matchAll(/^### (\S+)[ \t]*$/gm)].map(
      (m) => m[1]!,
    ),
  );
  return documented;
}

function decode(file: string | Uint8Array): string {
  const text = typeof file === "string" ? file : new TextDecoder("utf-8").decode(file);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Resolves `extends` to the case's other files by the id each declares. */
export function caseResolver(c: FuzzCase): StandardResolver {
  const byId = new Map<string, string>();
  for (const [name, file] of Object.entries(c.files)) {
    if (name === c.root) continue;
    const id = declaredId(decode(file));
    if (id !== undefined && !byId.has(id)) byId.set(id, name);
  }
  for (const [id, name] of Object.entries(c.resolve ?? {})) byId.set(id, name);
  const resolver: StandardResolver = (id) => {
    const name = byId.get(id);
    return name === undefined ? undefined : { file: name, text: c.files[name]! };
  };
  resolver.knownIds = () => byId.keys();
  return resolver;
}

export function loadCase(c: FuzzCase, cache?: LoadCache): LoadResult {
  return loadStandard(c.files[c.root]!, {
    ...c.options,
    file: c.root,
    resolve: caseResolver(c),
    ...(cache !== undefined ? { cache } : {}),
  });
}

/**
 * One cache for the whole run: the reloads go through it, so every input is also loaded the way
 * an editor loads it, after thousands of other inputs (sections and files kept from any of them).
 */
const runCache = createLoadCache();

/** Line and column of `offset`, counting `\n` as yaml's LineCounter does. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function positionProblem(d: Diagnostic, texts: Map<string, string>): string | undefined {
  const text = texts.get(d.file);
  if (text === undefined) return `file \`${d.file}\` is not one of the case's files`;
  const { start, end } = d.range;
  if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length))
    return `range ${start.offset}..${end.offset} is outside the text (length ${text.length})`;
  for (const [name, p] of [
    ["start", start],
    ["end", end],
  ] as const) {
    const expected = lineColumn(text, p.offset);
    if (p.line !== expected.line || p.column !== expected.column)
      return `${name} ${p.line}:${p.column} is not offset ${p.offset} (${expected.line}:${expected.column})`;
  }
  if (d.line !== start.line || d.column !== start.column)
    return `${d.line}:${d.column} differs from the range's start ${start.line}:${start.column}`;
  return undefined;
}

/** The values YAML reads from the text, or undefined when YAML reports an error. */
function yamlValues(text: string): string | undefined {
  const doc = parseDocument(text, { merge: true, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  try {
    return JSON.stringify(doc.toJS({ maxAliasCount: 1_000 }));
  } catch {
    return undefined;
  }
}

/** Puts a comment before a line (at its indentation) or after its last character. */
export function addComment(rng: Random, text: string): string {
  const lines = text.split("\n");
  const i = rng.int(lines.length);
  const line = lines[i]!;
  if (rng.chance(0.5)) lines.splice(i, 0, `${/^\s*/.exec(line)![0]}# fuzz: a comment`);
  else lines[i] = `${line} # fuzz: a comment`;
  return lines.join("\n");
}

/** What one load's result breaks: codes, positions, message lengths, a standard with errors. */
export function resultViolations(c: FuzzCase, result: LoadResult): Violation[] {
  const violations: Violation[] = [];
  const texts = new Map(Object.entries(c.files).map(([name, file]) => [name, decode(file)]));
  const codes = documentedCodes();
  for (const d of result.diagnostics) {
    if (!codes.has(d.code))
      violations.push({ signature: `undocumented-code:${d.code}`, detail: `${d.code}: ${d.message}` });
    const problem = positionProblem(d, texts);
    if (problem) violations.push({ signature: `position:${d.code}`, detail: `${d.code} (${d.message}): ${problem}` });
    for (const [what, text] of [
      ["message", d.message],
      ["hint", d.hint ?? ""],
    ] as const)
      if (text.length > MESSAGE_LIMIT)
        violations.push({
          signature: `long-${what}:${d.code}`,
          detail: `${what} of ${d.code} is ${text.length} characters: ${text.slice(0, 120)}…`,
        });
  }
  if (result.standard) {
    const error = result.diagnostics.find((d) => d.severity === "error");
    if (error)
      violations.push({ signature: `standard-with-errors:${error.code}`, detail: `${error.code}: ${error.message}` });
  }

  return violations;
}

/** How many more times a load over the limit is timed before it counts as slow. */
export const RETIMINGS = 3;

/**
 * The least CPU time of `RETIMINGS` more loads of a case. On the shared machine a load's wall
 * time measures the neighbours as much as the load (a 0.1 s load of the whole group standard
 * took 10.9 s at a load average of 25), so a load over the limit is timed again, alone, by the
 * CPU time this process spent on it: what the same load costs on an idle core.
 */
export function retimedCpuMs(c: FuzzCase): number {
  let best = Infinity;
  for (let i = 0; i < RETIMINGS; i++) {
    const before = process.cpuUsage();
    try {
      loadCase(c);
    } catch {
      return NaN; // the first load of the same case did not throw
    }
    const spent = process.cpuUsage(before);
    best = Math.min(best, (spent.user + spent.system) / 1_000);
  }
  return best;
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).length;

export interface Checked {
  violations: Violation[];
  ms: number;
}

function describeThrow(error: unknown): Violation {
  if (!(error instanceof Error)) return { signature: `throws:${String(error)}`, detail: String(error) };
  // The first frame names the bug's place, so one bug is one signature whatever the input.
  // Built-in frames (`Object.keys`) say little: the first frame in a file of ours does.
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  const frame = (frames.find((line) => /\.[cm]?[jt]s:\d+/.test(line)) ?? frames[0] ?? "")
    .trim()
    .replace(/^at /, "")
    .replace(/:\d+\)?$/, "");
  return {
    signature: `throws:${error.name}:${frame}`,
    detail: `${error.name}: ${error.message}\n${error.stack ?? ""}`,
  };
}

/**
 * Share of inputs loaded a second time to compare: a whole second load for every input would
 * almost halve the run, and a leak from one load into the next shows on any of them.
 */
export const RELOAD_SHARE = 0.25;

/**
 * Loads one case and lists what did not hold: once more (for a share of the inputs, or always
 * with `reload`) to compare, and, when it gives a standard, once more with a comment added.
 */
export function checkCase(c: FuzzCase, rng: Random, alwaysReload = false, limitMs = LOAD_LIMIT_MS): Checked {
  // Drawn even when always reloading, so a replayed input adds its comment where the run did.
  const reload = rng.chance(RELOAD_SHARE) || alwaysReload;
  const violations: Violation[] = [];
  const started = performance.now();
  let result: LoadResult;
  try {
    result = loadCase(c);
  } catch (error) {
    return { violations: [describeThrow(error)], ms: performance.now() - started };
  }
  const ms = performance.now() - started;
  if (ms > limitMs) {
    const cpuMs = retimedCpuMs(c);
    if (Number.isNaN(cpuMs))
      violations.push({ signature: "nondeterministic", detail: "a load threw where the same input had loaded" });
    else if (cpuMs > limitMs)
      violations.push({
        signature: "slow",
        detail: `the load took ${ms.toFixed(0)} ms, and ${cpuMs.toFixed(0)} ms of CPU time at best of ${RETIMINGS} more`,
      });
  }
  if (Object.getOwnPropertyNames(Object.prototype).length !== prototypeKeys)
    violations.push({ signature: "prototype-polluted", detail: "Object.prototype gained a property" });

  violations.push(...resultViolations(c, result));

  if (reload) {
    let again: LoadResult;
    try {
      again = loadCase(c, runCache);
    } catch (error) {
      return { violations: [...violations, describeThrow(error)], ms };
    }
    if (JSON.stringify(again) !== JSON.stringify(result))
      violations.push({
        signature: "nondeterministic",
        detail: "a second load, through the run's load cache, gave different JSON",
      });
  }

  if (result.standard) {
    // A comment in the root or in one of the files it extends. Most commented loads keep the
    // hash; only when one does not is YAML asked whether the comment changed a value (a `#` in a
    // block scalar is text), which costs two more parses.
    const names = Object.keys(c.files).filter((n) => typeof c.files[n] === "string");
    const name = names.length > 0 ? rng.pick(names) : undefined;
    if (name !== undefined) {
      const before = c.files[name] as string;
      const after = addComment(rng, before);
      let commented: LoadResult | undefined;
      try {
        commented = loadCase({ ...c, files: { ...c.files, [name]: after } });
      } catch (error) {
        violations.push(describeThrow(error));
      }
      // A case loaded with a small `maxBytes` may be pushed over it by the comment.
      const tooLarge = commented?.diagnostics.some((d) => d.code === "file-too-large");
      if (commented && !tooLarge && commented.standard?.hash !== result.standard.hash) {
        const same = yamlValues(before);
        if (same !== undefined && same === yamlValues(after))
          violations.push({
            signature: "comment-changes-hash",
            detail: `a comment in ${name} changed the hash (${commented.diagnostics.map((d) => d.code).join(", ") || "no diagnostics"})`,
          });
      }
    }
  }
  return { violations, ms };
}
