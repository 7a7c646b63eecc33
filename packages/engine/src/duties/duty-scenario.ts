/**
 * Runs one duty scenario (`tests:` with `duty:`): plans the duty over the test's window, with the
 * test's steps as events and its data as the host record, and compares each expectation's
 * `occurrences` with the plan. The plan is made for every zone (and one stand-in item for an
 * `each:` set); the list must hold for each of them. An occurrence planned for a day is written
 * as its date, one planned at a time as `YYYY-MM-DD HH:MM`.
 */
import type { Lang, TestModel } from "@yardstick/dsl";
import type { Program } from "../compile/program.js";
import { isEngineError } from "../errors/engine-error.js";
import type { ScenarioCheck, ScenarioResult } from "../scenarios/run-scenarios.js";
import { scenarioText, titleIn } from "../scenarios/scenario-words.js";
import { formatShort, instantFrom } from "../time/local-time.js";
import { formatDay, parseDay } from "./civil-date.js";
import type { DutyOccurrence } from "./occurrence.js";
import { planDuties } from "./plan-duties.js";
import { ZoneClock } from "./zone-clock.js";

/** How a plan or a scenario shows an occurrence's planned instant. */
export function showOccurrence(o: DutyOccurrence, timezone: string, clock = new ZoneClock(timezone)): string {
  return o.allDay ? formatDay(clock.dayOf(o.at)) : formatShort(o.at, timezone);
}

const STAND_IN_ITEM = "item-1";

export function runDutyScenario(program: Program, test: TestModel, lang: Lang = "en"): ScenarioResult {
  if (test.subject.kind !== "duty") throw new Error("runDutyScenario: a ticket scenario");
  const zone = program.timezone;
  const dutyId = test.subject.duty;
  const title = titleIn(test.title, lang);
  const base = { id: test.id, subject: `duty ${dutyId}`, ...(title !== undefined ? { title } : {}) };
  const duty = program.model.duties[dutyId];
  if (duty === undefined)
    return { ...base, outcome: "error", checks: [], message: scenarioText("noDuty", { duty: dutyId }, lang) };
  const firstStep = test.steps[0]?.at;
  const fromText = test.subject.from ?? firstStep;
  if (fromText === undefined)
    return { ...base, outcome: "error", checks: [], message: scenarioText("dutyNeedsFrom", {}, lang) };
  const from = instantFrom(fromText, zone);
  if (from === undefined)
    return { ...base, outcome: "error", checks: [], message: scenarioText("isNotATime", { text: fromText }, lang) };
  const to = test.subject.to === undefined ? from + 7 * 86_400_000 : instantFrom(test.subject.to, zone);
  if (to === undefined)
    return {
      ...base,
      outcome: "error",
      checks: [],
      message: scenarioText("isNotATime", { text: test.subject.to ?? "" }, lang),
    };
  let plan: DutyOccurrence[];
  try {
    plan = [
      ...planDuties(program, {
        from,
        to,
        duties: [dutyId],
        ...(duty.each !== undefined ? { items: { [duty.each]: [STAND_IN_ITEM] } } : {}),
        events: test.steps.map((s) => ({
          type: s.event,
          at: s.at,
          ...(typeof s.data?.zone === "string" ? { zone: s.data.zone } : {}),
          ...(typeof s.data?.item === "string" ? { item: s.data.item } : {}),
        })),
        subjects: duty.schedule.kind === "date-relative" ? [{ id: "record", data: test.data }] : [],
      }),
    ];
  } catch (error) {
    if (!isEngineError(error)) throw error;
    return { ...base, outcome: "error", checks: [], message: `${error.code}: ${error.message} (${error.hint})` };
  }
  const clock = new ZoneClock(zone);
  const series = new Map<string, string[]>();
  for (const t of targetsOf(duty.zones)) series.set(t, []);
  for (const o of plan) {
    const key = o.zone ?? "";
    const list = series.get(key) ?? [];
    list.push(showOccurrence(o, zone, clock));
    series.set(key, list);
  }
  const checks: ScenarioCheck[] = [];
  const atText = formatShort(to, zone);
  test.expect.forEach((e, index) => {
    if (e.occurrences === undefined) {
      checks.push({
        expectation: index,
        at: atText,
        field: "occurrences",
        expected: scenarioText("occurrences", {}, lang),
        actual: scenarioText("occurrencesOnly", {}, lang),
        ok: false,
      });
      return;
    }
    const expected = e.occurrences.map((x) => (parseDay(x) !== undefined ? x : formatOrSame(x, zone))).join(", ");
    const lists = [...series.entries()];
    const wrong = lists.filter(([, l]) => l.join(", ") !== expected);
    const actual =
      wrong.length === 0
        ? expected
        : wrong.map(([z, l]) => `${z ? `${z}: ` : ""}${l.join(", ") || scenarioText("none", {}, lang)}`).join("; ");
    checks.push({ expectation: index, at: atText, field: "occurrences", expected, actual, ok: wrong.length === 0 });
  });
  return { ...base, outcome: checks.every((c) => c.ok) ? "passed" : "failed", checks };
}

function targetsOf(zones: string[]): string[] {
  return zones.length === 0 ? [""] : zones;
}

function formatOrSame(text: string, zone: string): string {
  const t = instantFrom(text, zone);
  return t === undefined ? text : formatShort(t, zone);
}
