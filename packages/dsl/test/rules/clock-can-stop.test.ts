import { describe, expect, test } from "vitest";
import { codesOf, diagnosticsOf } from "../helpers/diagnostics.js";
import { HEADER_LINES, minimalStandard, repairTicket } from "../helpers/minimal-standard.js";

const line = (n: number) => HEADER_LINES + n;
// repairTicket: reported → dispatched ⇄ waiting, dispatched → on_site → completed → closed (final).
const withClock = (clock: string) =>
  minimalStandard(
    repairTicket(`
  clocks:
    arrival: { title: { en: Clock }, ${clock}, target: 2h }
`),
  );

describe("clock-can-stop", () => {
  test("a stop state that comes before the start is reported at `stop`", () => {
    expect(diagnosticsOf(withClock("start: completed, stop: on_site"))).toEqual([
      {
        code: "clock-never-stops",
        severity: "error",
        line: line(12),
        column: 64,
        message: "clock `arrival` starts on entering `completed`, but no stop condition can follow it",
      },
    ]);
  });

  test("an event stop that no state after the start accepts never stops the clock", () => {
    expect(codesOf(withClock("start: on_site, stop: { event: dispatch }"))).toEqual(["clock-never-stops"]);
  });

  test("each start is checked: one start that cannot be stopped is enough", () => {
    const found = diagnosticsOf(withClock("start: [reported, closed], stop: on_site"));
    expect(found.map((d) => d.message)).toEqual([
      "clock `arrival` starts on entering `closed`, but no stop condition can follow it",
    ]);
  });

  test("near miss: a stop reachable after the start, by state or by event", () => {
    expect(codesOf(withClock("start: reported, stop: on_site"))).toEqual([]);
    expect(codesOf(withClock("start: dispatched, stop: { event: arrive }"))).toEqual([]);
    expect(codesOf(withClock("start: { event: dispatch }, stop: [closed]"))).toEqual([]);
  });

  test("near miss: a stop state re-entered through a loop after the start", () => {
    // dispatched → waiting → dispatched: `dispatched` can be entered again after `waiting`.
    expect(codesOf(withClock("start: waiting, stop: dispatched"))).toEqual([]);
  });

  test("an event declared under `events:` that only clocks use stops a clock in any state (no self-transition)", () => {
    const events = "events: { owner_called: { title: { en: Owner called } } }";
    const clock = (c: string) =>
      minimalStandard(
        repairTicket(`
  ${events}
  clocks:
    contact: { title: { en: Contact }, ${c}, target: 2h }
`),
      );
    expect(codesOf(clock("start: reported, stop: { event: owner_called }"))).toEqual([]);
    expect(codesOf(clock("start: { event: owner_called }, stop: closed"))).toEqual([]);
    // Only states that are not final take it: a clock started in the final state still never stops.
    expect(codesOf(clock("start: closed, stop: { event: owner_called }"))).toEqual(["clock-never-stops"]);
  });

  test("a start or stop that names nothing is left to known-references, not reported twice", () => {
    expect(codesOf(withClock("start: reportd, stop: on_site"))).toEqual(["unknown-state"]);
  });
});
