import { describe, expect, test } from "vitest";
import { codesOf, diagnosticsOf } from "../helpers/diagnostics.js";
import { HEADER_LINES, minimalStandard } from "../helpers/minimal-standard.js";
import { yaml } from "../helpers/yaml.js";

const line = (n: number) => HEADER_LINES + n;

describe("reachable-states", () => {
  test("a state no transition leads to is a warning, and the model is still given", () => {
    const text = minimalStandard(yaml`
      tickets:
        repair:
          title: { en: Repair }
          states:
            reported: { on: { arrive: on_site } }
            on_site: { final: true }
            cancelled: { final: true }
    `);
    expect(diagnosticsOf(text)).toEqual([
      {
        code: "unreachable-state",
        severity: "warning",
        line: line(7),
        column: 7,
        message: "state `cancelled` of `repair` cannot be reached from `reported`",
      },
    ]);
  });

  test("near miss: a state reached only through a loop or a guarded transition", () => {
    const text = minimalStandard(yaml`
      tickets:
        repair:
          title: { en: Repair }
          states:
            reported: { on: { dispatch: dispatched } }
            dispatched: { on: { wait: waiting, arrive: { to: on_site, when: { parts: ready } } } }
            waiting: { on: { back: dispatched } }
            on_site: { final: true }
    `);
    expect(codesOf(text)).toEqual([]);
  });

  test("reachability starts from `initial`, not from the first state listed", () => {
    const text = minimalStandard(yaml`
      tickets:
        repair:
          title: { en: Repair }
          initial: dispatched
          states:
            draft: { on: { submit: dispatched } }
            dispatched: { on: { arrive: on_site } }
            on_site: { final: true }
    `);
    expect(diagnosticsOf(text)).toMatchObject([
      {
        code: "unreachable-state",
        line: line(6),
        message: expect.stringContaining("cannot be reached from `dispatched`"),
      },
    ]);
  });

  test("a reachable state with no way out that says `final: false` is a dead end", () => {
    const text = minimalStandard(yaml`
      tickets:
        repair:
          title: { en: Repair }
          states:
            reported: { on: { arrive: on_site } }
            on_site: { final: false }
    `);
    expect(diagnosticsOf(text)).toMatchObject([
      {
        code: "dead-end-state",
        severity: "warning",
        line: line(6),
        message: "state `on_site` has no way out and is not final",
      },
    ]);
  });

  test("near miss: a state with no transitions and no `final` is final", () => {
    const text = minimalStandard(yaml`
      tickets:
        repair:
          title: { en: Repair }
          states:
            reported: { on: { arrive: on_site } }
            on_site: {}
    `);
    expect(codesOf(text)).toEqual([]);
  });
});
