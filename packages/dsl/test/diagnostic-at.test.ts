import {
  defineDiagnosticCodes,
  type Diagnostic,
  diagnosticAt,
  formatDiagnostic,
  loadStandard,
  phrase,
  type ReportInput,
} from "@yardstick/dsl";
import { describe, expect, expectTypeOf, test } from "vitest";
import { minimalStandard, repairTicket } from "./helpers/minimal-standard.js";

// The engine's compile checks find problems in a resolved model; they come back located like any other.
const engineCodes = defineDiagnosticCodes({
  "unbounded-plan": { severities: ["error"], stages: ["compile"], summary: "a duty plan has no end" },
});
type EngineCode = keyof typeof engineCodes;

test("a registry defined with defineDiagnosticCodes keeps its entries", () => {
  expect(engineCodes["unbounded-plan"].stages).toEqual(["compile"]);
  expectTypeOf<EngineCode>().toEqualTypeOf<"unbounded-plan">();
});

const text = minimalStandard(
  repairTicket(`
    clocks:
      arrival: { title: { en: On site }, start: reported, stop: on_site, target: 2h }
  `),
);

describe("diagnosticAt", () => {
  const { standard, sources } = loadStandard(text, { file: "site.yaml" });

  test("locates a model pointer at the line and column its origin records, with the offset from the source", () => {
    const d = diagnosticAt<EngineCode>(
      standard!,
      {
        code: "unbounded-plan",
        severity: "error",
        pointer: "/tickets/repair/clocks/arrival/target",
        message: "m",
        hint: "h",
      },
      sources,
    );
    const origin = standard!.origins["/tickets/repair/clocks/arrival/target"]!;
    expect(d).toMatchObject({ file: "site.yaml", line: origin.line, column: origin.column, path: expect.any(Array) });
    expect(d.path).toEqual(["tickets", "repair", "clocks", "arrival", "target"]);
    expect(text.slice(d.range.start.offset).startsWith("target: 2h")).toBe(true);
    expect(formatDiagnostic(d, { source: text })).toContain("^");
    expectTypeOf(d).toEqualTypeOf<Diagnostic<EngineCode>>();
  });

  test("a value the model derived is located at its nearest written ancestor; without the source the offset is -1", () => {
    const d = diagnosticAt(standard!, {
      code: "unbounded-plan",
      severity: "warning",
      pointer: "/tickets/repair/clocks/arrival/warn",
      message: "m",
      hint: "h",
      related: [{ pointer: "/tickets/repair/states/reported", message: "the start" }],
    });
    const clock = standard!.origins["/tickets/repair/clocks/arrival"]!;
    expect(d).toMatchObject({ line: clock.line, column: clock.column, range: { start: { offset: -1 } } });
    expect(d.related).toMatchObject([
      { message: "the start", line: standard!.origins["/tickets/repair/states/reported"]!.line },
    ]);
  });
});

describe("the registry's types", () => {
  test("a report's code is a registry code, and its severity one the registry allows", () => {
    expectTypeOf<ReportInput<"unreachable-state">["severity"]>().toEqualTypeOf<"warning" | undefined>();
    expectTypeOf<ReportInput<"ambiguous-priority">["severity"]>().toEqualTypeOf<"error" | "warning" | undefined>();
    // @ts-expect-error — not a code of the registry
    const wrong: ReportInput = { code: "unknown-calender", path: [], message: "", hint: "" };
    expect(wrong.code).toBe("unknown-calender");
  });

  test("phrase fills in the registry's words", () => {
    expect(phrase("circular-reports-to", "cycle", { cycle: "a → b → a" })).toEqual({
      message: { en: "`reportsTo` goes round in a circle: a → b → a", zh: "`reportsTo` 绕成了一个圈：a → b → a" },
      hint: {
        en: "the role at the top of the pyramid (e.g. `manager`) reports to no one",
        zh: "金字塔顶端的角色（如 `manager`）不向任何人汇报",
      },
    });
    // @ts-expect-error — the template names `cycle`, not `roles`
    expect(() => phrase("circular-reports-to", "cycle", { roles: "a" })).toThrow(/cycle/);
  });
});
