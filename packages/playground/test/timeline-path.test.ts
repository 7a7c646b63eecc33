/**
 * The "when is it due" timeline beyond the opening: the clocks that start later in the workflow (a
 * repair's callback starts when the repair is completed) appear with the events that start them —
 * on the default path (each step done just in time for the clock it stops) or on the user's own.
 * In Node, on the worker's own code (src/analysis/analyze.ts).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadStandard } from "@yardstick/dsl";
import { compileStandard, type Program } from "@yardstick/engine";
import { expect, test } from "vitest";
import { ticketTimeline } from "../src/analysis/analyze.js";

const group = readFileSync(fileURLToPath(new URL("../../../standards/seed/group.yaml", import.meta.url)), "utf8");
const program: Program = compileStandard(loadStandard(group).standard!).program!;
const leak = { kind: "repair", at: "2026-09-30 17:00", data: { category: "water_leak" }, event: "report" };
const clock = (t: ReturnType<typeof ticketTimeline>, id: string) => t.clocks.find((c) => c.clock === id)!;

test("the default path: arrive just in time (17:30, the urgent target), complete, and the callback starts", () => {
  const t = ticketTimeline(program, leak, "en");
  expect(t.steps.map((s) => [s.event, s.at, s.state, s.auto])).toEqual([
    ["arrive", "2026-09-30 17:30", "on_site", true],
    ["complete", "2026-09-30 17:30", "completed", true],
  ]);
  expect(clock(t, "arrival")).toMatchObject({ started: true, due: "2026-09-30 17:30" });
  // Every clock as if nobody acted: arrival's whole schedule, who is told when.
  expect(t.marks.filter((m) => m.clock === "arrival").map((m) => [m.kind, m.time, m.roles])).toEqual([
    ["start", "2026-09-30 17:00", []],
    ["warning", "2026-09-30 17:24", []],
    ["breach", "2026-09-30 17:30", []],
    ["escalation", "2026-09-30 17:30", ["technician"]],
    ["escalation", "2026-09-30 17:45", ["foreman"]],
    ["escalation", "2026-09-30 18:00", ["supervisor"]],
    ["escalation", "2026-09-30 18:15", ["manager"]],
  ]);
  // 1个工作日 on office hours from Wednesday 17:30: the close of the next working day — but the
  // next day is 国庆 (Oct 1–7, 2026), so it is the first working day after the holiday.
  const callback = clock(t, "callback");
  expect(callback.started).toBe(true);
  expect(callback.due).toMatch(/^2026-10-0[89] /);
  expect(callback.skipped.some((s) => s.startsWith("2026-10-01"))).toBe(true);
  expect(t.marks.filter((m) => m.clock === "callback").map((m) => m.kind)).toEqual(
    expect.arrayContaining(["start", "breach"]),
  );
  expect(t.marks.find((m) => m.clock === "callback" && m.kind === "start")?.time).toBe("2026-09-30 17:30");
  // The clock the path does not start says what would.
  const agreed = clock(t, "agreed-visit");
  expect(agreed.started).toBe(false);
  expect(agreed.startsOn).toBe("starts when the ticket enters “Owner not in”");
  // After `completed`: the callback's outcomes.
  expect(t.nextEvents.map((e) => e.id)).toEqual(["callback_satisfied", "callback_objection"]);
});

test("the user's path: completing a week later moves the callback's deadline, and arrival is late", () => {
  const steps = [
    { event: "arrive", at: "2026-09-30 17:50" },
    { event: "complete", at: "2026-10-12 10:00" },
  ];
  const t = ticketTimeline(program, { ...leak, steps }, "zh");
  expect(t.steps.map((s) => [s.event, s.at, s.auto])).toEqual([
    ["arrive", "2026-09-30 17:50", false],
    ["complete", "2026-10-12 10:00", false],
  ]);
  expect(t.steps[0]!.title).toBe("到达现场");
  expect(clock(t, "callback").due).toMatch(/^2026-10-13 /);
  // Arrival stopped at 17:50, 20 minutes late: its warning, breach and first escalation are kept.
  expect(t.marks.filter((m) => m.clock === "arrival").map((m) => [m.kind, m.time])).toEqual([
    ["start", "2026-09-30 17:00"],
    ["warning", "2026-09-30 17:24"],
    ["breach", "2026-09-30 17:30"],
    ["escalation", "2026-09-30 17:30"],
    ["escalation", "2026-09-30 17:45"],
    ["stop", "2026-09-30 17:50"],
  ]);
  expect(clock(t, "agreed-visit").startsOn).toBe("进入「客户不在」时开始计时");
});

test("an event the state does not allow, or a time before the step above, stops the path with a reason", () => {
  const refused = ticketTimeline(program, { ...leak, steps: [{ event: "complete", at: "2026-09-30 18:00" }] }, "en");
  expect(refused.steps).toEqual([]);
  expect(refused.stepProblem).toMatch(/complete/);
  const early = ticketTimeline(
    program,
    {
      ...leak,
      steps: [
        { event: "arrive", at: "2026-09-30 18:00" },
        { event: "complete", at: "2026-09-30 17:10" },
      ],
    },
    "en",
  );
  expect(early.steps).toHaveLength(1);
  expect(early.stepProblem).toBe("`complete` at 2026-09-30 17:10 is before the step above it (2026-09-30 18:00)");
  expect(clock(early, "callback").started).toBe(false);
});
