import { type Diagnostic, formatDiagnostic, loadStandard } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { minimalStandard, repairTicket } from "./helpers/minimal-standard.js";
import { yaml } from "./helpers/yaml.js";

/** The first diagnostic of loading `source` as `file`, printed against its source. */
function printed(source: string, file = "standards/site.yaml", options: { color?: boolean } = {}): string {
  const [diagnostic] = loadStandard(source, { file }).diagnostics;
  if (!diagnostic) throw new Error("expected a diagnostic");
  return formatDiagnostic(diagnostic, { source, ...options });
}

describe("formatDiagnostic", () => {
  test("file:line:col, severity, code and message; the source line; a caret under the span; the hint", () => {
    const source = minimalStandard(yaml`
      calendars:
        office: { hours: { mon-fri: 08:30-17:30 } }
      ${repairTicket(`
        clocks:
          callback: { title: { en: Callback }, start: completed, stop: closed, target: 1 workday, calendar: ofice }
      `)}
    `);
    expect(printed(source)).toMatchInlineSnapshot(`
      "standards/site.yaml:18:105 error unknown-calendar: unknown calendar \`ofice\`
         18 |       callback: { title: { en: Callback }, start: completed, stop: closed, target: 1 workday, calendar: ofice }
            |                                                                                                         ^^^^^
        hint: did you mean \`office\`?"
    `);
  });

  test("without the source, the heading and the hint only", () => {
    const [diagnostic] = loadStandard(
      minimalStandard("roles: { technician: { title: { en: T }, reportsTo: formen } }"),
    ).diagnostics;
    expect(formatDiagnostic(diagnostic!)).toMatchInlineSnapshot(`
      "<standard>:5:53 error unknown-role: unknown role \`formen\`
        hint: declared roles: \`technician\`"
    `);
  });

  test("a warning", () => {
    const source = minimalStandard(yaml`
      duties:
        meter-reading: { title: { en: Meter reading }, monthly: [15, 31], at: 09:00 }
    `);
    expect(printed(source)).toMatchInlineSnapshot(`
      "standards/site.yaml:6:59 warning short-month: day 31 does not exist in every month
          6 |   meter-reading: { title: { en: Meter reading }, monthly: [15, 31], at: 09:00 }
            |                                                           ^^^^^^^^
        hint: such months skip the duty; use a day up to 28, or an RRULE with BYMONTHDAY=-1 for the last day"
    `);
  });

  test("a long line is cut around the column, and the caret still points at the value", () => {
    const notes = Array.from({ length: 30 }, (_, i) => `note-${i}`).join(", ");
    const source = `${minimalStandard()}x-notes: [${notes}]\nroles: { technician: { title: { en: Technician }, reportsTo: foreman, x: [${notes}], zz: 1 } }\n`;
    const output = printed(source);
    expect(output).toMatchInlineSnapshot(`
      "standards/site.yaml:6:71 error unknown-key: unknown key \`x\` in \`roles.technician\`
          6 | { en: Technician }, reportsTo: foreman, x: [note-0, note-1, note-2, note-3, note-4, note-5, note-6, note-7, note-8, note-9, note-10, note-11, note-12, note-13, 
            |                                         ^
        hint: allowed keys here: \`title\`, \`reportsTo\`"
    `);
    const [, line, caret] = output.split("\n");
    expect(line!.length).toBeLessThanOrEqual(160 + 8);
    expect(line!.slice(caret!.indexOf("^"), caret!.lastIndexOf("^") + 1)).toBe("x");
  });

  test("a diagnostic on the last line, with no newline at the end of the file", () => {
    const source = `${minimalStandard()}roles:\n  technician: { title: { en: Technician }, reportsTo: formen }`;
    expect(printed(source)).toMatchInlineSnapshot(`
      "standards/site.yaml:6:55 error unknown-role: unknown role \`formen\`
          6 |   technician: { title: { en: Technician }, reportsTo: formen }
            |                                                       ^^^^^^
        hint: declared roles: \`technician\`"
    `);
  });

  test("a span over several lines underlines to the end of its first line", () => {
    const source = minimalStandard(yaml`
      roles:
        - technician
        - foreman
    `);
    expect(printed(source)).toMatchInlineSnapshot(`
      "standards/site.yaml:6:3 error invalid-type: expected a map, got a list in \`roles\`
          6 |   - technician
            |   ^^^^^^^^^^^^
        hint: roles"
    `);
  });

  test("tabs in the source line print as spaces, so the caret lines up", () => {
    const source = `${minimalStandard()}x-note: "a\tb"\nroles: { a: { title: { en: A }, reportsTo: boss } }\t# boss?\n`;
    expect(printed(source)).toMatchInlineSnapshot(`
      "standards/site.yaml:6:44 error unknown-role: unknown role \`boss\`
          6 | roles: { a: { title: { en: A }, reportsTo: boss } } # boss?
            |                                            ^^^^
        hint: declared roles: \`a\`"
    `);
  });

  test("a YAML syntax error and a file-level problem", () => {
    expect(printed(`${minimalStandard()}roles: { technician: { title: { en: Technician }\n`)).toMatchInlineSnapshot(`
      "standards/site.yaml:6:1 error yaml-syntax: Flow map in block collection must be sufficiently indented and end with a }
          6 | 
            | ^
        hint: line the key up with its siblings (spaces, not tabs)"
    `);
    expect(printed("")).toMatchInlineSnapshot(`
      "standards/site.yaml:1:1 error not-a-standard: the file does not hold a standard (a map with \`standard:\`, \`version:\`, \`title:\` …)
          1 | 
            | ^
        hint: start from the example in docs/guide/authoring-standards.md"
    `);
  });

  test("with colour, for a terminal", () => {
    const source = minimalStandard("roles: { technician: { title: { en: T }, reportsTo: formen } }");
    // ANSI escapes shown as <n> so the snapshot stays readable text.
    const visible = printed(source, "site.yaml", { color: true })
      .split("\u001b[")
      .join("<")
      .replace(/<(\d+)m/g, "<$1>");
    expect(visible).toMatchInlineSnapshot(`
      "<1>site.yaml:5:53<22> <31>error<39> <2>unknown-role<22>: unknown role \`formen\`
      <2>    5 |<22> roles: { technician: { title: { en: T }, reportsTo: formen } }
      <2>      |<22>                                                     <31>^^^^^^<39>
        <1>hint<22>: declared roles: \`technician\`"
    `);
  });

  test("a diagnostic pointing past the end of the source prints no source line", () => {
    const diagnostic: Diagnostic = {
      code: "unknown-role",
      severity: "error",
      message: "unknown role `boss`",
      hint: "declare it first",
      file: "site.yaml",
      line: 99,
      column: 1,
      range: { start: { line: 99, column: 1, offset: 5000 }, end: { line: 99, column: 5, offset: 5004 } },
      path: [],
    };
    expect(formatDiagnostic(diagnostic, { source: "standard: x\n" })).toMatchInlineSnapshot(`
      "site.yaml:99:1 error unknown-role: unknown role \`boss\`
        hint: declare it first"
    `);
  });
});

test("the caret lines up under Chinese text, which takes two columns a character", () => {
  const source = 'standard: 海景-site\nversion: "1"\ntitle: { zh: 海景花园 }\ntimezone: Asia/Shanghai\n';
  const [diagnostic] = loadStandard(source, { file: "site.yaml" }).diagnostics;
  const [, line, caret] = formatDiagnostic(diagnostic!, { source }).split("\n");
  expect(line).toBe("    1 | standard: 海景-site");
  expect(caret).toBe("      |           ^^^^^^^^^");
});
