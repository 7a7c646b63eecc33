// docs/reference/diagnostics.md prints what the validator prints: each `### code` section's
// example standard, loaded as `site.yaml`, gives exactly the output the section shows (in Chinese
// where the section shows Chinese).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatDiagnostic, loadStandard } from "@yardstick/dsl";
import { expect, test } from "vitest";

const reference = readFileSync(
  fileURLToPath(new URL("../../../docs/reference/diagnostics.md", import.meta.url)),
  "utf8",
);

/** Examples that need more than their text: bytes YAML cannot hold, a load option, other files. */
const NEEDS_MORE: Record<string, string> = {
  "invalid-utf8": "the example is the bytes, which a YAML block cannot show",
  "binary-input": "the example is the bytes, which a YAML block cannot show",
  "too-many-diagnostics": "loaded with `maxDiagnostics: 2`",
  "unresolved-extends": "loaded with a resolver that finds no file",
};

const examples = reference
  .split(/\n(?=### )/)
  .slice(1)
  .flatMap((section) => {
    const code = /^### (\S+)/.exec(section)![1]!;
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    const shown = /```text\n([\s\S]*?)\n```/.exec(section)?.[1];
    return yaml !== undefined && shown?.startsWith("site.yaml") ? [{ code, yaml, shown }] : [];
  });

test("most codes have an example, and only the listed ones are not run", () => {
  expect(examples.length).toBeGreaterThan(70);
  expect(examples.filter((e) => e.code in NEEDS_MORE).map((e) => e.code)).toEqual(Object.keys(NEEDS_MORE));
});

test.each(examples.filter((e) => !(e.code in NEEDS_MORE)).map((e) => [e.code, e] as const))(
  "%s: the example prints what the section shows",
  (_code, { yaml, shown }) => {
    const lang = /^site\.yaml:\S+ (错误|警告)/.test(shown) ? "zh" : "en";
    const { diagnostics } = loadStandard(yaml, { file: "site.yaml", lang });
    expect(diagnostics.map((d) => formatDiagnostic(d, { source: yaml, lang })).join("\n\n")).toBe(shown);
  },
);
