import { buildHandbook, renderHandbook, workflowGraph, workflowMermaid } from "@yardstick/engine";
import { describe, expect, test } from "vitest";
import { compileText } from "../helpers/compile.js";
import { compileShipped } from "../helpers/shipped.js";

const harbour = compileShipped("seed/harbour-view");
const zh = buildHandbook(harbour, { lang: "zh" });
const en = buildHandbook(harbour, { lang: "en" });

describe("buildHandbook: the promises in words, from the compiled standard", () => {
  test("each clock's time, in both languages, with the text as written", () => {
    const repair = en.tickets.find((k) => k.id === "repair")!;
    const arrival = repair.clocks.find((c) => c.id === "arrival")!;
    expect(arrival.title).toBe("On site within 15 minutes");
    expect(arrival.targets).toEqual([
      { priority: "Urgent", words: "within 15 minutes", written: "15分钟" },
      { priority: "Normal", words: "within 15 minutes", written: "15分钟" },
    ]);
    const callback = zh.tickets.find((k) => k.id === "repair")!.clocks.find((c) => c.id === "callback")!;
    expect(callback.targets).toEqual([{ words: "1 个工作日内", written: "1个工作日" }]);
    expect(callback.calendar).toBe("客服中心办公时间");
    const reply = en.tickets.find((k) => k.id === "complaint")!.clocks[0]!;
    expect(reply.targets[0]!.words).toBe("by midnight the same day");
  });

  test("when each clock starts, pauses, resumes and stops, in the order of its life", () => {
    const arrival = zh.tickets.find((k) => k.id === "repair")!.clocks.find((c) => c.id === "arrival")!;
    expect(arrival.life).toEqual([
      "进入「已报修」时开始计时",
      "进入「客户不在」时暂停计时",
      "进入「已派单」时恢复计时",
      "进入「已上门」时停止计时",
      "进入「已取消」时计时作废",
    ]);
    expect(arrival.warn).toEqual(["用时达到 80% 时预警"]);
  });

  test("who is told when: the pyramid, level by level", () => {
    const arrival = en.tickets.find((k) => k.id === "repair")!.clocks.find((c) => c.id === "arrival")!;
    expect(arrival.escalation).toEqual([
      { when: "at the breach", who: ["Repair technician"] },
      { when: "15 minutes after the breach", who: ["Foreman"] },
      { when: "30 minutes after the breach", who: ["Supervisor"] },
      { when: "45 minutes after the breach", who: ["Manager"] },
    ]);
  });

  test("which repairs are urgent, from the priority matchers", () => {
    expect(zh.tickets.find((k) => k.id === "repair")!.priorities).toEqual([
      { id: "urgent", title: "急修", when: "报修类别 为以下之一：water_leak、power_cut", default: false },
      { id: "normal", title: "一般报修", when: "", default: true },
    ]);
  });

  test("duties as a weekly timetable, the rarer ones beside it", () => {
    const row = (id: string) => en.timetable.rows.find((r) => r.duty === id);
    expect(en.timetable.days).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(row("night-patrol")!.cells).toEqual(Array(7).fill("22:00–06:00 every 2 hours"));
    expect(row("garbage")!.cells).toEqual(Array(7).fill("2×"));
    expect(row("corridor-sweep")!.cells[0]).toBe("1× by 18:00");
    expect(row("peak-hour-traffic-guidance")!.cells[6]).toBe("07:00 17:00");
    expect(row("paid-service-discount-day")!.cells).toEqual(["", "", "", "", "", "", "1×"]);
    expect(row("lift-disinfection")!.span).toBe("once in the week, any day");
    const other = new Map(en.timetable.other.map((o) => [o.duty, o.cadence]));
    expect(other.get("monthly-fee-bill")).toBe("once a month");
    expect(other.get("standing-water")).toBe("within 1 hour of rain_stopped");
    expect(other.get("warranty-reminder")).toBe("1 month before unit.warrantyEnd");
    // Every duty is in one of the two.
    expect(en.timetable.rows.length + en.timetable.other.length).toBe(Object.keys(harbour.model.duties).length);
  });

  test("audit measures and deductions", () => {
    const audit = zh.audits.find((a) => a.id === "service-quality")!;
    expect(audit.kpis.find((k) => k.id === "rework-rate")!.target).toBe("≤ 5%");
    expect(audit.rules.find((r) => r.id === "rework-high")).toEqual({
      id: "rework-high",
      title: "返修率超标",
      when: "返修率 未达标",
      severity: "major",
      points: 10,
    });
    expect(audit.scoring).toBe("满分 100 分，按规则扣分，最低 0 分，各区域排名");
  });

  test("the scenario tests as worked examples, each run through the engine", () => {
    expect(en.examples).toHaveLength(Object.keys(harbour.model.tests).length);
    const pause = en.examples.find((e) => e.id === "arrival-urgent-pauses-while-owner-out");
    expect(pause).toBeUndefined(); // harbour-view removed the group's 30-minute scenarios (`null`)
    const callback = en.examples.find((e) => e.id === "callback-across-national-day")!;
    expect(callback.outcome).toBe("passed");
    expect(callback.steps[0]).toEqual({ at: "2026-09-30 09:00", what: "Owner reports" });
    expect(callback.expect).toEqual([{ what: "Repair callback is due 2026-10-08 18:00" }]);
    // Duty scenarios run through the duty planner and reconcile, like ticket ones.
    expect(en.examples.find((e) => e.id === "night-patrol-rounds")!.outcome).toBe("passed");
  });

  test("an example the engine does not confirm is marked failed", () => {
    const program = compileText(`standard: t
version: "1"
title: { en: T }
timezone: Asia/Shanghai
tickets:
  repair:
    title: { en: Repair }
    states:
      reported: { on: { arrive: on_site } }
      on_site: { final: true }
    clocks:
      arrival: { title: { en: Arrival }, start: reported, stop: on_site, target: 30m }
tests:
  wrong:
    ticket: repair
    steps: [{ at: 2026-03-06 09:00, event: arrive }]
    expect: [{ at: 2026-03-06 09:00, clock: arrival, due: 2026-03-06 09:10 }]
`);
    expect(buildHandbook(program, { lang: "en" }).examples.map((e) => [e.id, e.outcome])).toEqual([
      ["wrong", "failed"],
    ]);
  });
});

describe("renderHandbook", () => {
  test("Markdown: the sections, and each workflow as a Mermaid block", () => {
    const md = renderHandbook(en, { format: "md" });
    expect(md.startsWith("# Harbour View service standard — Staff handbook\n")).toBe(true);
    for (const heading of [
      "## Working hours",
      "## Ticket promises",
      "### Weekly timetable",
      "## Audits and deductions",
      "## Worked examples (each checked by the engine)",
    ])
      expect(md).toContain(`\n${heading}\n`);
    const mermaid = workflowMermaid(workflowGraph(harbour, "complaint"), { lang: "en" });
    expect(md).toContain(`\`\`\`mermaid\n${mermaid}\`\`\``);
    expect(md).toContain("| Night patrol | 22:00–06:00 every 2 hours |");
    expect(md).toContain("| Rework rate too high | Rework rate misses its target | major | −10 |");
  });

  test("HTML: one self-contained page — no script, nothing fetched, a drawn diagram per ticket kind", () => {
    const page = renderHandbook(zh, { format: "html" });
    expect(page.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(page).not.toMatch(/<script|<link|src=|url\(http|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(page.match(/<figure class="diagram"><svg /g)).toHaveLength(zh.tickets.length);
    expect(page).toContain("@page { size: A4;");
  });

  test("the same standard gives the same bytes", () => {
    expect(renderHandbook(buildHandbook(harbour, { lang: "en" }), { format: "html" })).toBe(
      renderHandbook(en, { format: "html" }),
    );
  });
});
