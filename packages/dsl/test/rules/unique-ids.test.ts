import { formatDiagnostic, loadStandard } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { codesOf, diagnosticsOf } from "../helpers/diagnostics.js";
import { HEADER_LINES, minimalStandard } from "../helpers/minimal-standard.js";
import { yaml } from "../helpers/yaml.js";

const line = (n: number) => HEADER_LINES + n;

describe("unique-ids", () => {
  test("a checkpoint listed twice in one duty is reported at its second listing", () => {
    const text = minimalStandard(yaml`
      duties:
        night-patrol:
          title: { en: Night patrol }
          every: 2h
          between: 22:00-06:00
          checkpoints:
            - north-gate
            - { id: car-park, title: { en: Car park } }
            - { id: north-gate, title: { en: North gate } }
    `);
    expect(diagnosticsOf(text)).toEqual([
      {
        code: "duplicate-id",
        severity: "error",
        line: line(9),
        column: 9,
        message: "checkpoint `north-gate` is listed twice (items 1 and 3)",
      },
    ]);
  });

  test("the first listing comes with the diagnostic as a related place", () => {
    const text = minimalStandard(yaml`
      duties:
        night-patrol: { title: { en: Night patrol }, every: 2h, between: 22:00-06:00, checkpoints: [gate, gate] }
    `);
    const [duplicate] = loadStandard(text).diagnostics;
    expect(duplicate).toMatchObject({ code: "duplicate-id", line: line(2), column: 101 });
    expect(duplicate!.related).toMatchObject([
      {
        message: "item 1, listed first",
        line: line(2),
        column: 95,
        path: ["duties", "night-patrol", "checkpoints", 0],
      },
    ]);
    expect(formatDiagnostic(duplicate!)).toContain(`\n  note: <standard>:${line(2)}:95: item 1, listed first`);
  });

  test("near miss: the same checkpoint in two duties", () => {
    const text = minimalStandard(yaml`
      duties:
        night-patrol: { title: { en: Night patrol }, every: 2h, between: 22:00-06:00, checkpoints: [north-gate, car-park] }
        day-patrol: { title: { en: Day patrol }, every: 2h, between: 08:00-18:00, checkpoints: [north-gate] }
    `);
    expect(codesOf(text)).toEqual([]);
  });

  test("one time written two ways in `at` is listed twice", () => {
    const text = minimalStandard(yaml`
      duties:
        garbage: { title: { en: Garbage }, at: [09:00, 17:00, "9:00", 下午5点] }
    `);
    expect(diagnosticsOf(text).map((d) => d.message)).toEqual([
      "time `09:00` is listed twice (items 1 and 3)",
      "time `17:00` is listed twice (items 2 and 4)",
    ]);
  });

  test("near miss: the same time in two duties, and distinct times in one", () => {
    const text = minimalStandard(yaml`
      duties:
        garbage: { title: { en: Garbage }, at: [09:00, 17:00] }
        recycling: { title: { en: Recycling }, at: [09:00, 9:30] }
    `);
    expect(codesOf(text)).toEqual([]);
  });

  test("a state and an event of one ticket kind may not share a name", () => {
    const text = minimalStandard(yaml`
      tickets:
        repair:
          title: { en: Repair }
          states:
            reported: { on: { arrived: arrived } }
            arrived: { final: true }
    `);
    expect(diagnosticsOf(text)).toMatchObject([
      { code: "duplicate-id", line: line(6), column: 7, message: "`arrived` is both a state and an event of `repair`" },
    ]);
  });

  test("near miss: an event in one kind named like a state of another kind", () => {
    const text = minimalStandard(yaml`
      tickets:
        repair:
          title: { en: Repair }
          states:
            reported: { on: { arrived: on_site } }
            on_site: { final: true }
        complaint:
          title: { en: Complaint }
          states:
            received: { on: { reply: arrived } }
            arrived: { final: true }
    `);
    expect(codesOf(text)).toEqual([]);
  });

  test("roles in a chain, zones, roles of a duty and rework fields are each listed once", () => {
    const text = minimalStandard(yaml`
      roles:
        technician: { title: { en: Technician } }
        cleaner: { title: { en: Cleaner } }
      escalations:
        engineering: { levels: [technician, technician] }
      duties:
        garbage: { title: { en: Garbage }, at: 09:00, role: [cleaner, cleaner], zones: [north, north] }
      tickets:
        repair:
          title: { en: Repair }
          states: { reported: { on: { close: closed } }, closed: { final: true } }
          rework: { within: 30d, same: [unit, unit] }
    `);
    expect(diagnosticsOf(text).map((d) => d.message)).toEqual([
      "role `technician` is listed twice (items 1 and 2)",
      "role `cleaner` is listed twice (items 1 and 2)",
      "zone `north` is listed twice (items 1 and 2)",
      "field `unit` is listed twice (items 1 and 2)",
    ]);
  });
});
