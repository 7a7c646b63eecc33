import { describe, expect, test } from "vitest";
import { codesOf, diagnosticsOf } from "../helpers/diagnostics.js";
import { HEADER_LINES, minimalStandard } from "../helpers/minimal-standard.js";
import { yaml } from "../helpers/yaml.js";

const line = (n: number) => HEADER_LINES + n;

describe("reports-to-cycle", () => {
  test("a pyramid whose top reports to its bottom is one cycle, reported once", () => {
    const text = minimalStandard(yaml`
      roles:
        technician: { title: { en: Technician }, reportsTo: foreman }
        foreman: { title: { en: Foreman }, reportsTo: supervisor }
        supervisor: { title: { en: Supervisor }, reportsTo: technician }
    `);
    expect(diagnosticsOf(text)).toEqual([
      {
        code: "circular-reports-to",
        severity: "error",
        line: line(2),
        column: 55,
        message: "`reportsTo` goes round in a circle: technician → foreman → supervisor → technician",
      },
    ]);
  });

  test("a role that reports to itself", () => {
    const text = minimalStandard(yaml`
      roles:
        manager: { title: { en: Manager }, reportsTo: manager }
    `);
    expect(diagnosticsOf(text)).toMatchObject([
      { code: "circular-reports-to", message: expect.stringContaining("manager → manager") },
    ]);
  });

  test("a cycle above an innocent role is reported once, at the cycle", () => {
    const text = minimalStandard(yaml`
      roles:
        cleaner: { title: { en: Cleaner }, reportsTo: foreman }
        foreman: { title: { en: Foreman }, reportsTo: supervisor }
        supervisor: { title: { en: Supervisor }, reportsTo: foreman }
    `);
    expect(diagnosticsOf(text)).toMatchObject([
      {
        code: "circular-reports-to",
        line: line(3),
        message: expect.stringContaining("foreman → supervisor → foreman"),
      },
    ]);
  });

  test("near miss: a deep pyramid and several roles reporting to one", () => {
    const text = minimalStandard(yaml`
      roles:
        technician: { title: { en: Technician }, reportsTo: foreman }
        cleaner: { title: { en: Cleaner }, reportsTo: foreman }
        foreman: { title: { en: Foreman }, reportsTo: supervisor }
        supervisor: { title: { en: Supervisor }, reportsTo: manager }
        manager: { title: { en: Manager } }
    `);
    expect(codesOf(text)).toEqual([]);
  });
});
