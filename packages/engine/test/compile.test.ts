import { readFileSync } from "node:fs";
import { type DiagnosticCodeEntry, loadStandard, templateParams } from "@yardstick/dsl";
import { compileCodes, compileStandard } from "@yardstick/engine";
import { expect, test } from "vitest";

const file = "fixtures/desk.yaml";
const text = readFileSync(new URL(file, import.meta.url), "utf8");

test("a compile problem is a diagnostic at the YAML line that caused it, with its registry severity", () => {
  const { standard } = loadStandard(text, { file });
  // The validator refuses a pause without a resume; a model that skipped it (stored, or built by a
  // tool) still meets the compile check.
  const model = structuredClone(standard!);
  model.tickets.repair!.clocks.callback!.resume = [];
  const { program, diagnostics } = compileStandard(model);
  expect(program).toBeUndefined();
  const line = text.split("\n").findIndex((l) => l.includes("pause: { event: hold }")) + 1;
  expect(diagnostics).toMatchObject([
    {
      code: "pause-without-resume",
      severity: "error",
      file,
      line,
      column: 9,
      path: ["tickets", "repair", "clocks", "callback", "pause"],
    },
  ]);
  expect(diagnostics[0]!.hint).toContain("resume:");
});

test("in Chinese: the same code at the same place, its message and hint in Chinese", () => {
  const { standard } = loadStandard(text, { file });
  const model = structuredClone(standard!);
  model.tickets.repair!.clocks.callback!.resume = [];
  const en = compileStandard(model).diagnostics;
  const zh = compileStandard(model, { lang: "zh" }).diagnostics;
  expect(zh.map((d) => [d.code, d.line, d.column])).toEqual(en.map((d) => [d.code, d.line, d.column]));
  expect(en[0]!.message).toBe("clock `callback` pauses on `hold` but nothing resumes it");
  expect(zh[0]!.message).toBe("时效时钟 `callback` 在 `hold` 时暂停，却没有写何时恢复计时");
  expect(zh[0]!.hint).toContain("`resume:`");
  expect(zh[0]!.hint).toMatch(/\p{Script=Han}/u);
});

test.each(Object.entries(compileCodes as Record<string, DiagnosticCodeEntry>))(
  "%s is phrased in English and Chinese, both taking the same parameters",
  (_code, entry) => {
    expect(Object.keys(entry.text ?? {}).length).toBeGreaterThan(0);
    for (const [variant, words] of Object.entries(entry.text!))
      for (const part of [0, 1] as const) {
        expect(templateParams(words.zh[part]), variant).toEqual(templateParams(words.en[part]));
        expect(words.zh[part].replace(/\{\{\w+\}\}|`[^`]*`/g, ""), variant).toMatch(/\p{Script=Han}/u);
      }
  },
);
