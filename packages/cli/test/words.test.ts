// The command's own words, as the registry's: both languages of each phrase take the same
// `{{name}}` parameters, and the Chinese is Chinese.
import { type Bilingual, diagnosticCodes, templateParams } from "@yardstick/dsl";
import { explainWords, scenarioWords } from "@yardstick/engine";
import { cliWords, usageCodes } from "@yardstick/cli";
import { describe, expect, test } from "vitest";

const CJK = /\p{Script=Han}/u;
const tables: [string, Readonly<Record<string, Bilingual>>][] = [
  ...Object.entries(cliWords),
  ["engine scenarios", scenarioWords],
  ["engine explain", explainWords],
  ...Object.entries(usageCodes).map(([code, entry]): [string, Record<string, Bilingual>] => [
    `usage code ${code}`,
    entry.text,
  ]),
];

describe.each(tables)("the %s phrases", (_name, table) => {
  test.each(Object.entries(table))(
    "%s: the same parameters in both languages, the Chinese in Chinese",
    (_key, text) => {
      for (const part of [0, 1] as const) {
        const [en, zh] = [text.en[part], text.zh[part]];
        expect(templateParams(zh)).toEqual(templateParams(en));
        expect(en === "").toBe(zh === "");
        const words = (s: string) => s.replace(/\{\{\w+\}\}|`[^`]*`/g, "");
        if (/[A-Za-z]{3,}/.test(words(en))) expect(words(zh), zh).toMatch(CJK);
      }
    },
  );
});

test("a usage code is not also a code of the language (one name, one meaning)", () => {
  expect(Object.keys(usageCodes).filter((code) => Object.hasOwn(diagnosticCodes, code))).toEqual([]);
});
