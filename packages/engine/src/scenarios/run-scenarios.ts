/**
 * Runs a standard's scenario tests (`tests:`) through the engine, as `yardstick test` does. Each
 * expectation is checked at its `at` (default: the last step): the ticket is opened at the first
 * step, every step up to that instant applied, the ticket advanced to it, and each field compared.
 * Duty scenarios are run by the duty planner (duties/duty-scenario.ts), or by `options.duty` when given.
 */
import type { Lang, TestExpectation, TestModel } from "@yardstick/dsl";
import type { Program } from "../compile/program.js";
import { isEngineError } from "../errors/engine-error.js";
import { advance } from "../runtime/advance.js";
import { applyEvent } from "../runtime/apply-event.js";
import { checkState } from "../runtime/input.js";
import { keyOfToken } from "../state/codec.js";
import { openTicket } from "../runtime/open-ticket.js";
import type { TicketResult } from "../runtime/result.js";
import { notifiedRoles, status } from "../runtime/status.js";
import { formatShort, instantFrom } from "../time/local-time.js";
import { runDutyScenario } from "../duties/duty-scenario.js";
import { scenarioText, titleIn } from "./scenario-words.js";

export interface ScenarioCheck {
  /** Index of the expectation in `expect:`. */
  expectation: number;
  at: string;
  field: "state" | "priority" | "status" | "due" | "notified" | "occurrences" | "clock";
  expected: string;
  actual: string;
  ok: boolean;
}

export interface ScenarioResult {
  id: string;
  title?: string;
  subject: string;
  outcome: "passed" | "failed" | "not-run" | "error";
  checks: ScenarioCheck[];
  /** Why a scenario could not run, or the error it raised. */
  message?: string;
}

export interface ScenarioCoverage {
  states: { covered: string[]; missing: string[] };
  priorities: { covered: string[]; missing: string[] };
  clocks: { covered: string[]; missing: string[] };
  escalations: { covered: string[]; missing: string[] };
}

export interface ScenarioReport {
  standard: string;
  results: ScenarioResult[];
  passed: number;
  failed: number;
  notRun: number;
  /** Per ticket kind: what no scenario reached (policy-as-code style coverage). */
  coverage: Record<string, ScenarioCoverage>;
}

export type DutyScenarioRunner = (test: TestModel) => ScenarioResult;

interface Seen {
  states: Set<string>;
  priorities: Set<string>;
  clocks: Set<string>;
  escalations: Set<string>;
}

const list = (v: string[], lang: Lang) => [...v].sort().join(", ") || scenarioText("none", {}, lang);

function runTicketScenario(program: Program, test: TestModel, kind: string, seen: Seen, lang: Lang): ScenarioResult {
  const zone = program.timezone;
  const title = titleIn(test.title, lang);
  const base = { id: test.id, subject: `ticket ${kind}`, ...(title !== undefined ? { title } : {}) };
  const steps = test.steps.map((s, i) => ({ ...s, t: instantFrom(s.at, zone), i }));
  const bad = steps.find((s) => s.t === undefined);
  if (bad !== undefined)
    return {
      ...base,
      outcome: "error",
      checks: [],
      message: scenarioText("stepNotATime", { step: bad.i + 1, at: bad.at }, lang),
    };
  const first = steps[0];
  if (first === undefined) return { ...base, outcome: "error", checks: [], message: scenarioText("noSteps", {}, lang) };
  const lastAt = steps[steps.length - 1]!.t!;
  const checks: ScenarioCheck[] = [];
  test.expect.forEach((e: TestExpectation, index) => {
    const at = e.at === undefined ? lastAt : instantFrom(e.at, zone);
    const atText = formatShort(at ?? lastAt, zone);
    const check = (field: ScenarioCheck["field"], expected: string, actual: string) =>
      checks.push({ expectation: index, at: atText, field, expected, actual, ok: expected === actual });
    if (at === undefined)
      return check("clock", scenarioText("aTimeAt", { at: e.at! }, lang), scenarioText("notATime", {}, lang));
    let r: TicketResult = openTicket(program, { id: `test:${test.id}`, kind, at: first.t!, data: test.data });
    for (const s of steps) {
      if (s.t! > at) break;
      r = applyEvent(program, r.ticket, { type: s.event, at: s.t!, ...(s.data !== undefined ? { data: s.data } : {}) });
    }
    if (at >= r.ticket.now) r = advance(program, r.ticket, at);
    const st = status(program, r.ticket, at);
    seen.states.add(st.state);
    const { st: working, kind: compiled } = checkState(program, r.ticket);
    for (const token of working.announced) {
      const [clockId, , what, level] = keyOfToken(compiled, working.opened.at, token).split("/");
      if (what === "started") seen.clocks.add(clockId!);
      if (what === "escalation") seen.escalations.add(`${clockId} level ${level}`);
    }
    if (st.priority !== null) seen.priorities.add(st.priority);
    if (e.state !== undefined) check("state", e.state, st.state);
    if (e.priority !== undefined) check("priority", e.priority, st.priority ?? scenarioText("none", {}, lang));
    if (e.status !== undefined || e.due !== undefined) {
      const clock = st.clocks.find((c) => c.clock === e.clock);
      if (clock === undefined)
        return check(
          "clock",
          scenarioText("aClock", { clock: e.clock ?? scenarioText("missing", {}, lang) }, lang),
          scenarioText("noClockNamed", {}, lang),
        );
      if (e.status !== undefined) check("status", e.status, clock.status);
      if (e.due !== undefined) {
        const due = instantFrom(e.due, zone);
        check(
          "due",
          due === undefined ? e.due : formatShort(due, zone),
          clock.deadline === null ? scenarioText("noDeadline", {}, lang) : formatShort(clock.deadline, zone),
        );
      }
    }
    if (e.notified !== undefined) {
      // With `clock:`, the roles that clock's escalations notified; without, every clock's.
      const kindModel = program.tickets.get(kind)!;
      check(
        "notified",
        list(e.notified, lang),
        list(e.clock !== undefined ? notifiedRoles(kindModel, working, e.clock) : st.notified, lang),
      );
    }
    if (e.occurrences !== undefined)
      check("occurrences", e.occurrences.join(", "), scenarioText("occurrencesOnDuties", {}, lang));
  });
  return { ...base, outcome: checks.every((c) => c.ok) ? "passed" : "failed", checks };
}

export function runScenarios(
  program: Program,
  options: {
    duty?: DutyScenarioRunner;
    only?: string[];
    /** The language of titles and of the words standing in for a missing value (default English). */
    lang?: Lang;
  } = {},
): ScenarioReport {
  const lang = options.lang ?? "en";
  const results: ScenarioResult[] = [];
  const seenByKind = new Map<string, Seen>();
  for (const test of Object.values(program.model.tests)) {
    if (options.only !== undefined && !options.only.includes(test.id)) continue;
    if (test.subject.kind === "duty") {
      results.push(options.duty?.(test) ?? runDutyScenario(program, test, lang));
      continue;
    }
    const kind = test.subject.ticket;
    const seen = seenByKind.get(kind) ?? {
      states: new Set(),
      priorities: new Set(),
      clocks: new Set(),
      escalations: new Set(),
    };
    seenByKind.set(kind, seen);
    try {
      results.push(runTicketScenario(program, test, kind, seen, lang));
    } catch (error) {
      if (!isEngineError(error)) throw error;
      results.push({
        id: test.id,
        subject: `ticket ${kind}`,
        outcome: "error",
        checks: [],
        message: `${error.code}: ${error.message} (${error.hint})`,
      });
    }
  }
  const coverage: Record<string, ScenarioCoverage> = {};
  for (const [id, kind] of program.tickets) {
    const seen = seenByKind.get(id) ?? {
      states: new Set(),
      priorities: new Set(),
      clocks: new Set(),
      escalations: new Set(),
    };
    const split = (all: string[], covered: Set<string>) => ({
      covered: all.filter((x) => covered.has(x)),
      missing: all.filter((x) => !covered.has(x)),
    });
    coverage[id] = {
      states: split(Object.keys(kind.model.states), seen.states),
      priorities: split(
        kind.model.priorities.map((p) => p.id),
        seen.priorities,
      ),
      clocks: split(
        kind.clocks.map((c) => c.id),
        seen.clocks,
      ),
      escalations: split(
        kind.clocks.flatMap((c) => c.escalation.map((_, i) => `${c.id} level ${i + 1}`)),
        seen.escalations,
      ),
    };
  }
  return {
    standard: program.pin.id,
    results,
    passed: results.filter((r) => r.outcome === "passed").length,
    failed: results.filter((r) => r.outcome === "failed" || r.outcome === "error").length,
    notRun: results.filter((r) => r.outcome === "not-run").length,
    coverage,
  };
}
