import { workflowGraph, workflowMermaid, isEngineError } from "@yardstick/engine";
import { describe, expect, test } from "vitest";
import { compileText } from "../helpers/compile.js";
import { compileShipped } from "../helpers/shipped.js";

const desk = compileText(
  `standard: desk
version: "1"
title: { zh: 服务台, en: Desk }
timezone: Asia/Shanghai
roles:
  foreman: { title: { en: Foreman } }
tickets:
  repair:
    title: { zh: 维修, en: Repair }
    states:
      new: { on: { report: reported } }
      reported: { title: { zh: 已报修, en: Reported }, on: { arrive: on_site, away: waiting } }
      waiting: { title: { zh: 等业主, en: Waiting }, on: { back: reported } }
      on_site: { title: { zh: 已上门, en: On site }, final: true }
    events:
      report: { title: { zh: 报修, en: Report } }
      lights_out: {}
      lights_on: {}
    clocks:
      arrival:
        title: { zh: 上门, en: Arrival }
        start: { event: report, when: { urgent: true } }
        stop: on_site
        pause: waiting
        resume: reported
        target: 30m
      night:
        title: { en: Night light }
        start: reported
        stop: on_site
        pause: { event: lights_out }
        resume: { event: lights_on }
        target: 1h
`,
  "desk.yaml",
);

describe("workflowGraph", () => {
  test("states, transitions with events, and where each clock acts", () => {
    const g = workflowGraph(desk, "repair");
    expect(g.states.map((s) => [s.id, s.initial, s.final])).toEqual([
      ["new", true, false],
      ["reported", false, false],
      ["waiting", false, false],
      ["on_site", false, true],
    ]);
    expect(g.transitions.map((t) => `${t.from} -${t.event}-> ${t.to}`)).toEqual([
      "new -report-> reported",
      "reported -arrive-> on_site",
      "reported -away-> waiting",
      "waiting -back-> reported",
    ]);
    expect(g.transitions[0]!.clocks).toEqual([
      {
        clock: "arrival",
        title: { zh: "上门", en: "Arrival" },
        action: "start",
        when: [{ field: "urgent", op: "eq", value: true }],
      },
    ]);
    expect(g.states.find((s) => s.id === "waiting")!.clocks.map((m) => `${m.clock} ${m.action}`)).toEqual([
      "arrival pause",
    ]);
    expect(g.states.find((s) => s.id === "on_site")!.clocks.map((m) => `${m.clock} ${m.action}`)).toEqual([
      "arrival stop",
      "night stop",
    ]);
    // An event no state moves on is a signal, accepted in any state.
    expect(g.signals.map((s) => [s.event, s.clocks.map((m) => m.action)])).toEqual([
      ["lights_out", ["pause"]],
      ["lights_on", ["resume"]],
    ]);
  });

  test("an unknown kind is an engine error naming the kinds", () => {
    try {
      workflowGraph(desk, "repiar");
      expect.unreachable();
    } catch (error) {
      expect(isEngineError(error) && error.code).toBe("unknown-ticket-kind");
      expect((error as Error & { hint: string }).hint).toBe("ticket kinds: repair");
    }
  });
});

describe("workflowMermaid", () => {
  test("the diagram's text (en)", () => {
    expect(workflowMermaid(workflowGraph(desk, "repair"), { lang: "en" })).toMatchInlineSnapshot(`
      "stateDiagram-v2
        %% desk 1 · ticket repair · Repair
        state "new" as new
        state "Reported" as reported
        state "Waiting" as waiting
        state "On site" as on_site
        [*] --> new
        new --> reported : Report · ◷ Arrival (starts when urgent is true)
        reported --> on_site : arrive
        reported --> waiting : away
        waiting --> reported : back
        on_site --> [*]
        note right of reported
          ◷ Arrival (resumes)
          ◷ Night light (starts)
        end note
        note right of waiting
          ◷ Arrival (pauses)
        end note
        note right of on_site
          ◷ Arrival (stops)
          ◷ Night light (stops)
        end note
        note left of new
          in any state, lights_out → ◷ Night light (pauses)
          in any state, lights_on → ◷ Night light (resumes)
        end note
      "
    `);
  });

  test("Chinese titles, and left to right", () => {
    const text = workflowMermaid(workflowGraph(desk, "repair"), { lang: "zh", direction: "LR" });
    expect(text).toContain("  direction LR\n");
    expect(text).toContain('  state "已报修" as reported\n');
    expect(text).toContain("  new --> reported : 报修 · ◷ 上门：开始计时（当 urgent 为 true）\n");
    // No title in Chinese: the English one, then the id.
    expect(text).toContain("    任何状态下 lights_out → ◷ Night light：暂停计时\n");
  });

  test("the group standard's repair: the pause while the owner is out, and both final states", () => {
    const text = workflowMermaid(workflowGraph(compileShipped("seed/group"), "repair"), { lang: "zh" });
    expect(text).toContain("  dispatched --> waiting_for_owner : 客户不在\n");
    expect(text).toContain(
      "  note right of waiting_for_owner\n    ◷ 上门：暂停计时\n    ◷ 按约定时间上门：开始计时\n  end note\n",
    );
    expect(text).toContain("  closed --> [*]\n  cancelled --> [*]\n");
  });

  test("ids Mermaid reads as keywords or cannot read are renamed, uniquely", () => {
    const p = compileText(`standard: odd
version: "1"
title: { en: Odd }
timezone: Asia/Shanghai
tickets:
  t:
    title: { en: T }
    states:
      start-here: { on: { go: end } }
      start_here: { on: { go: end } }
      end: { title: { en: 'The "end": done; #1' }, final: true }
`);
    const text = workflowMermaid(workflowGraph(p, "t"), { lang: "en" });
    expect(text).toContain('state "start-here" as start_here\n');
    expect(text).toContain('state "start_here" as start_here_2\n');
    expect(text).toContain("state \"The 'end'： done： ＃1\" as s_end\n");
    expect(text).toContain("start_here_2 --> s_end : go\n");
  });
});
