// The reference docs cover the language: every diagnostic code the package can emit has a
// `### code` section in docs/reference/diagnostics.md, and every key of the first two levels of
// the schema is documented in docs/reference/dsl.md, in the section of its parent key.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { StandardInputSchema } from "@yardstick/dsl";

const here = fileURLToPath(new URL(".", import.meta.url));
const sourceRoot = join(here, "../src");
const docs = join(here, "../../../docs/reference");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** The kinds `unknown-${kind}` expands to: the `Kind` type and the first argument of each `check("…", …)`. */
function referenceKinds(): string[] {
  const kinds = new Set<string>();
  walk(parse(join(sourceRoot, "validate/rules/known-references-rule.ts")), (node) => {
    if (ts.isTypeAliasDeclaration(node) && node.name.text === "Kind") {
      walk(node.type, (t) => {
        if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) kinds.add(t.literal.text);
      });
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "check") {
      const [kind] = node.arguments;
      if (kind && ts.isStringLiteralLike(kind)) kinds.add(kind.text);
    }
  });
  return [...kinds];
}

/** The codes an expression in a code position can evaluate to: literals, both arms of `?:`, `??`, `||`. */
function codesOf(expression: ts.Expression, kinds: readonly string[]): string[] {
  if (ts.isStringLiteralLike(expression)) return [expression.text];
  if (ts.isParenthesizedExpression(expression)) return codesOf(expression.expression, kinds);
  if (ts.isConditionalExpression(expression))
    return [...codesOf(expression.whenTrue, kinds), ...codesOf(expression.whenFalse, kinds)];
  if (ts.isBinaryExpression(expression))
    return [...codesOf(expression.left, kinds), ...codesOf(expression.right, kinds)];
  if (
    ts.isTemplateExpression(expression) &&
    expression.head.text === "unknown-" &&
    expression.templateSpans.length === 1
  ) {
    return kinds.map((kind) => `unknown-${kind}${expression.templateSpans[0]!.literal.text}`);
  }
  return [];
}

/** Where a call passes a code: `ctx.error(path, code, …)`, `ctx.warning(path, code, …)`, `ctx.timed(path, raw, parse, code)`. */
const CODE_ARGUMENT: Record<string, number> = { error: 1, warning: 1, timed: 3 };

/** Every code `packages/dsl/src` can emit, with the files that emit it. */
function emittedCodes(): Map<string, Set<string>> {
  const kinds = referenceKinds();
  const codes = new Map<string, Set<string>>();
  for (const path of sourceFiles(sourceRoot)) {
    const file = parse(path);
    const add = (expression: ts.Expression) => {
      for (const code of codesOf(expression, kinds))
        codes.set(code, (codes.get(code) ?? new Set()).add(path.slice(sourceRoot.length + 1)));
    };
    walk(file, (node) => {
      // `{ code: "duplicate-key", … }`: diagnostics, YAML_CODES, read-source problems.
      if (
        ts.isPropertyAssignment(node) &&
        (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
        node.name.text === "code"
      )
        add(node.initializer);
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : ts.isIdentifier(callee)
            ? callee.text
            : undefined;
        const index = name === undefined ? undefined : CODE_ARGUMENT[name];
        const argument = index === undefined || node.arguments.length < 3 ? undefined : node.arguments[index];
        if (argument) add(argument);
      }
    });
  }
  return codes;
}

function documentedCodes(): Set<string> {
  const text = readFileSync(join(docs, "diagnostics.md"), "utf8");
  return new Set([...text.matchAll(/^### (\S+)[ \t]*$/gm)].map((m) => m[1]!));
}

describe("docs/reference/diagnostics.md", () => {
  test("documents every diagnostic code the package emits", () => {
    const emitted = emittedCodes();
    // Guards the scan itself: codes from each stage must be found, or the test proves nothing.
    for (const code of [
      "file-too-large",
      "yaml-syntax",
      "unknown-key",
      "invalid-deadline",
      "missing-key",
      "unknown-calendar",
      "clock-never-stops",
    ]) {
      expect(emitted.has(code), `the scan no longer finds \`${code}\`; update the scan`).toBe(true);
    }
    const documented = documentedCodes();
    const missing = [...emitted.keys()].filter((code) => !documented.has(code)).sort();
    const where = missing.map((code) => `${code} (${[...emitted.get(code)!].join(", ")})`);
    expect(
      where,
      "codes emitted in packages/dsl/src without a `### code` section in docs/reference/diagnostics.md",
    ).toEqual([]);
  });

  test("documents the calendar's spec codes that reach a standard's author", () => {
    // `calendar-bridge.ts` passes these through from `validateCalendarSpec` (the scan above cannot
    // see them: they arrive as data). The others the language rules out before the calendar looks.
    const passedThrough = ["invalid-timezone", "overlapping-windows", "date-outside-years", "holiday-and-workday"];
    const documented = documentedCodes();
    expect(passedThrough.filter((code) => !documented.has(code))).toEqual([]);
  });
});

type Schema = {
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  anyOf?: Schema[];
  items?: Schema;
};

/** The keys a value of this schema may have: an object's properties, an id map's entries' properties, a union's branches'. */
function keysOf(schema: Schema): string[] {
  const keys = new Set<string>(Object.keys(schema.properties ?? {}));
  if (!schema.properties)
    for (const entry of Object.values(schema.patternProperties ?? {})) for (const key of keysOf(entry)) keys.add(key);
  for (const branch of schema.anyOf ?? []) for (const key of keysOf(branch)) keys.add(key);
  return [...keys];
}

/** The text from the first heading that names `key` (in backticks) to the next heading of the same or a higher level. */
function sectionOf(markdown: string, key: string): string | undefined {
  const lines = markdown.split("\n");
  let inCode = false;
  const headings: { index: number; level: number; text: string }[] = [];
  lines.forEach((line, index) => {
    if (line.startsWith("```")) inCode = !inCode;
    const match = inCode ? null : /^(#{1,6}) (.*)$/.exec(line);
    if (match) headings.push({ index, level: match[1]!.length, text: match[2]! });
  });
  const at = headings.findIndex((h) => h.text.includes(`\`${key}\``));
  if (at === -1) return undefined;
  const { index, level } = headings[at]!;
  const end = headings.slice(at + 1).find((h) => h.level <= level)?.index ?? lines.length;
  return lines.slice(index, end).join("\n");
}

describe("docs/reference/dsl.md", () => {
  test("documents every top-level key and the keys of each, in that key's section", () => {
    const markdown = readFileSync(join(docs, "dsl.md"), "utf8");
    const schema = StandardInputSchema as unknown as Schema;
    const topLevel = Object.keys(schema.properties ?? {});
    expect(topLevel.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const key of topLevel) {
      const section = sectionOf(markdown, key);
      if (section === undefined) {
        missing.push(`${key} (no heading naming \`${key}\`)`);
        continue;
      }
      for (const child of keysOf(schema.properties![key]!))
        if (!section.includes(`\`${child}\``)) missing.push(`${key}.${child}`);
    }
    expect(missing, "keys of the schema not documented in docs/reference/dsl.md").toEqual([]);
  });
});
