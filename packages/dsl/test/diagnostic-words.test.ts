import {
  type DiagnosticCodeEntry,
  diagnosticCodes,
  langFromLocale,
  loadStandard,
  templateParams,
} from "@yardstick/dsl";
import { describe, expect, test } from "vitest";

const CJK = /\p{Script=Han}/u;
const entries = Object.entries(diagnosticCodes as Record<string, DiagnosticCodeEntry>);

describe("the registry's words", () => {
  test("every code that reaches authors is phrased, in English and Chinese", () => {
    const unphrased = entries
      .filter(([, entry]) => entry.reachesAuthors !== false && Object.keys(entry.text ?? {}).length === 0)
      .map(([code]) => code);
    expect(unphrased).toEqual([]);
  });

  test.each(entries.filter(([, e]) => e.text).map(([code, e]) => [code, e] as const))(
    "%s: each variant's two languages take the same parameters, and the Chinese is Chinese",
    (_code, entry) => {
      for (const [variant, text] of Object.entries(entry.text!)) {
        for (const part of [0, 1] as const) {
          const en = text.en[part];
          const zh = text.zh[part];
          expect(templateParams(zh), `${variant} ${part === 0 ? "message" : "hint"}`).toEqual(templateParams(en));
          expect(en === "", `${variant}: both languages are empty or neither`).toBe(zh === "");
          // A template that is only parameters (`{{suggestion}}`) has no words of its own to translate.
          const words = zh.replace(/\{\{\w+\}\}/g, "").replace(/`[^`]*`/g, "");
          if (/[A-Za-z]{3,}/.test(en.replace(/\{\{\w+\}\}/g, "").replace(/`[^`]*`/g, "")))
            expect(words, `${variant}: ${zh}`).toMatch(CJK);
        }
      }
    },
  );
});

describe("lang", () => {
  const text =
    "standard: s\nversion: '1'\ntitle: { en: S }\ntimezone: Asia/Shanghai\ncalendars:\n  office: { hours: { mon-fri: 08:30-17:30 } }\nduties:\n  d: { title: { en: D }, at: 09:00, calendar: ofice }\n";

  test("the same diagnostic in either language, with the same code and place", () => {
    const en = loadStandard(text).diagnostics;
    const zh = loadStandard(text, { lang: "zh" }).diagnostics;
    expect(zh.map((d) => [d.code, d.line, d.column])).toEqual(en.map((d) => [d.code, d.line, d.column]));
    expect(en[0]).toMatchObject({ code: "unknown-calendar", message: "unknown calendar `ofice`" });
    expect(en[0]!.hint).toBe("did you mean `office`?");
    expect(zh[0]).toMatchObject({ code: "unknown-calendar", message: "未声明的日历 `ofice`" });
    expect(zh[0]!.hint).toBe("是不是要写 `office`？");
  });

  test("the locale chooses Chinese for zh_*, English otherwise; LC_ALL before LANG", () => {
    expect(langFromLocale({ LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(langFromLocale({ LANG: "zh_TW" })).toBe("zh");
    expect(langFromLocale({ LANG: "en_GB.UTF-8" })).toBe("en");
    expect(langFromLocale({ LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(langFromLocale({ LC_MESSAGES: "zh_CN", LANG: "C" })).toBe("zh");
    expect(langFromLocale({})).toBe("en");
  });
});
