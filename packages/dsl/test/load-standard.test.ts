import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { canonicalJson, contentHash, FORMAT_VERSION, loadStandard, type StandardModel } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { minimalStandard, repairTicket } from "./helpers/minimal-standard.js";
import { yaml } from "./helpers/yaml.js";

const validDir = new URL("./conformance/valid/", import.meta.url);
const validInputs = readdirSync(validDir, { withFileTypes: true })
  .filter(
    (e) =>
      e.isDirectory() &&
      !readdirSync(new URL(`${e.name}/`, validDir)).some((f) => f !== "input.yaml" && f.endsWith(".yaml")),
  )
  .map((e) => [e.name, readFileSync(fileURLToPath(new URL(`${e.name}/input.yaml`, validDir)), "utf8")] as const);

const site = yaml`
  # Harbour View: repairs
  standard: harbour-view
  version: 2026.10
  title: { zh: 海景花园, en: Harbour View }
  timezone: Asia/Shanghai
  calendars:
    office: { hours: { mon-fri: [08:30-12:00, 13:30-17:30] } }
  ${repairTicket(`
    priorities:
      urgent: { when: { category: [water_leak, power_cut] } }
      normal: {}
    clocks:
      arrival: { title: { zh: 上门 }, start: reported, stop: on_site, target: { urgent: 15m, normal: 2h }, warn: 80% }
      callback: { title: { zh: 回访 }, start: completed, stop: closed, target: 1 workday, calendar: office }
  `)}
`;
const hashOf = (text: string) => loadStandard(text).standard!.hash;

describe("loadStandard", () => {
  test("returns the model and no diagnostics for a valid standard", () => {
    const { standard, diagnostics } = loadStandard(site);
    expect(diagnostics).toEqual([]);
    expect(standard).toMatchObject({
      formatVersion: FORMAT_VERSION,
      id: "harbour-view",
      version: "2026.10",
      timezone: "Asia/Shanghai",
      extends: [],
    });
    expect(standard!.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test("withholds the model when there is an error, keeps it when there are only warnings", () => {
    expect(
      loadStandard(minimalStandard("roles: { technician: { title: { en: T }, reportsTo: boss } }")).standard,
    ).toBeUndefined();
    const warned = loadStandard(
      minimalStandard(yaml`
      tickets:
        repair:
          title: { en: Repair }
          states: { reported: { on: { close: closed } }, closed: { final: true }, orphan: { final: true } }
    `),
    );
    expect(warned.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(warned.standard?.tickets.repair?.states.orphan).toBeDefined();
  });

  test("names diagnostics and origins after the `file` option, `<standard>` by default", () => {
    const text = minimalStandard("roles: { technician: { title: { en: T }, reportsTo: boss } }");
    expect(loadStandard(text).diagnostics[0]!.file).toBe("<standard>");
    expect(loadStandard(text, { file: "standards/site.yaml" }).diagnostics[0]!.file).toBe("standards/site.yaml");
    expect(loadStandard(site, { file: "site.yaml" }).standard!.origins["/standard"]).toEqual({
      standard: "harbour-view",
      file: "site.yaml",
      line: 2,
      column: 1,
    });
  });

  test("every diagnostic has a code, a severity, a 1-based position inside its range, a path and a hint", () => {
    const text = minimalStandard(yaml`
      timzone: x
      roles: { Technician: { title: {} } }
    `);
    const { diagnostics } = loadStandard(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(["error", "warning", "info"]).toContain(d.severity);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect([d.range.start.line, d.range.start.column]).toEqual([d.line, d.column]);
      expect(d.range.end.offset).toBeGreaterThanOrEqual(d.range.start.offset);
      expect(Array.isArray(d.path)).toBe(true);
      expect(d.hint).toBeTruthy();
    }
  });

  test("caps diagnostics per file and closes the list with `too-many-diagnostics`", () => {
    const roles = Array.from({ length: 10 }, (_, i) => `  Role${i}: { title: { en: R } }`).join("\n");
    const text = `${minimalStandard()}roles:\n${roles}\n`;
    expect(loadStandard(text).diagnostics).toHaveLength(10);
    expect(loadStandard(text, { maxDiagnostics: 4 }).diagnostics.map((d) => d.code)).toEqual([
      "invalid-id",
      "invalid-id",
      "invalid-id",
      "invalid-id",
      "too-many-diagnostics",
    ]);
  });

  test("reads text and bytes alike, and CRLF line endings like LF", () => {
    const fromText = loadStandard(site).standard;
    expect(loadStandard(new TextEncoder().encode(site)).standard).toEqual(fromText);
    expect(loadStandard(site.replace(/\n/g, "\r\n")).standard).toEqual(fromText);
  });

  test("the model is plain JSON: nothing is lost or changed by a JSON round trip", () => {
    const { standard } = loadStandard(site);
    expect(JSON.parse(JSON.stringify(standard))).toStrictEqual(standard);
  });
});

describe("determinism", () => {
  test.each([["site", site] as const, ...validInputs])("loading %s twice gives byte-identical JSON", (_, text) => {
    const first = JSON.stringify(loadStandard(text).standard);
    const second = JSON.stringify(loadStandard(text).standard);
    expect(first).not.toBe(undefined);
    expect(second).toBe(first);
  });

  test("diagnostics are identical run to run", () => {
    const text = minimalStandard(yaml`
      roles: { a: { title: { en: A }, reportsTo: b }, b: { title: { en: B }, reportsTo: a } }
      duties: { x: { title: { en: X }, every: 9h, between: 22:00-06:00, notify: c } }
    `);
    expect(JSON.stringify(loadStandard(text).diagnostics)).toBe(JSON.stringify(loadStandard(text).diagnostics));
  });

  test("the hash is the content hash of the model without `hash` and `origins`", () => {
    const { hash, origins: _origins, ...content } = loadStandard(site).standard as StandardModel;
    expect(hash).toBe(contentHash(content));
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});

describe("the hash", () => {
  test("changes when a target changes", () => {
    expect(hashOf(site.replace("urgent: 15m", "urgent: 20m"))).not.toBe(hashOf(site));
    expect(hashOf(site.replace("target: 1 workday", "target: 2 workdays"))).not.toBe(hashOf(site));
  });

  test("changes when a title or the version changes", () => {
    expect(hashOf(site.replace("zh: 上门", "zh: 到场"))).not.toBe(hashOf(site));
    expect(hashOf(site.replace("version: 2026.10", "version: 2026.11"))).not.toBe(hashOf(site));
  });

  test("does not change when only comments, blank lines, quoting or layout change", () => {
    const reformatted = yaml`
      standard: "harbour-view"   # the site's id
      version: 2026.10

      title:
        zh: 海景花园
        en: 'Harbour View'
      timezone: Asia/Shanghai
      # office hours
      calendars:
        office:
          hours:
            mon-fri:
              - "08:30-12:00"
              - 13:30-17:30
      ${repairTicket(`
        priorities:
          urgent:
            when:
              category:
                - water_leak
                - power_cut
          normal: {}
        clocks:
          arrival:
            title: { zh: 上门 }
            start: reported
            stop: on_site
            target:
              urgent: 15m
              normal: 2h
            warn: 80%
          callback:
            title: { zh: 回访 }
            start: completed
            stop: closed
            target: "1 workday"
            calendar: office
      `)}
    `;
    expect(loadStandard(reformatted).diagnostics).toEqual([]);
    expect(hashOf(reformatted)).toBe(hashOf(site));
    expect(hashOf(`# a comment on top\n${site}\n\n# and one at the end\n`)).toBe(hashOf(site));
  });

  test("does not depend on the file name", () => {
    expect(loadStandard(site, { file: "a.yaml" }).standard!.hash).toBe(
      loadStandard(site, { file: "b/c.yaml" }).standard!.hash,
    );
  });
});
