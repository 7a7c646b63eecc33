// `explain(…, { lang })`: the same explanation in Chinese — the header, the counting, every
// timeline kind and reason — with the ids, instants and kinds unchanged (decision 0082's languages).
import { applyEvent, explain, openTicket, type Program, type TicketState } from "@yardstick/engine";
import { describe, expect, test } from "vitest";
import { compileShipped } from "./helpers/shipped.js";
import { at } from "./helpers/compile.js";

const program: Program = compileShipped("seed/harbour-view");

function ticketAfter(events: [string, string][], data: Record<string, string> = {}): TicketState {
  let r = openTicket(program, { id: "t", kind: "repair", at: at(events[0]![1]), data });
  for (const [type, local] of events) r = applyEvent(program, r.ticket, { type, at: at(local) });
  return r.ticket;
}

describe("explain in Chinese", () => {
  test("a callback across National Day: the holiday by its Chinese name, 民法典, the lunch break", () => {
    const ticket = ticketAfter([
      ["report", "2026-09-30 11:50"],
      ["arrive", "2026-09-30 12:02"],
      ["complete", "2026-09-30 16:00"],
    ]);
    const zh = explain(program, ticket, "callback", { lang: "zh" }).lines;
    expect(zh[0]).toBe("时钟 callback（维修回访），日历 office");
    expect(zh).toContain("第 1 轮：2026-09-30 16:00 开始计时，优先级 normal，目标 1个工作日，按 office 计时");
    expect(zh).toContain("  1 个工作日内：自 2026-09-30 16:00 起，按 office 计 → 2026-10-08 18:00");
    expect(zh).toContain("  开始当天 2026-09-30（周三） 不计，从次日起数工作日（民法典第二百零一条）");
    expect(zh).toContain("  不计 2026-10-01（周四）：国庆节假期");
    expect(zh).toContain("  不计时 2026-10-01 00:00–2026-10-08 00:00：2026-10-01 至 2026-10-07 国庆节假期");
    expect(zh).toContain(
      "  不计时 2026-10-08 12:00–2026-10-08 13:30：2026-10-08（周四） 12:00-13:30 休息时间（如午休）",
    );
    expect(zh).toContain("  截止 2026-10-08 18:00");
    expect(zh).toContain("  2026-09-30 16:00  开始：开始计时");
    expect(zh).toContain("  2026-10-08 18:00  超时：已超过 1个工作日（待发出）");
    expect(zh).toContain("  2026-10-08 18:00  升级 1 级：超时时 → 通知 cs-supervisor（待发出）");
    expect(zh.join("\n")).not.toMatch(/\b(skipped|not counted|holiday|breach|escalation|due|cycle)\b/);
  });

  test("a 调休 Sunday counted, a weekend skipped", () => {
    const ticket = ticketAfter([
      ["report", "2026-09-18 11:50"],
      ["arrive", "2026-09-18 12:02"],
      ["complete", "2026-09-18 16:00"],
    ]);
    const why = explain(program, ticket, "callback", { lang: "zh" });
    expect(why.lines).toContain("  计入 2026-09-20（周日）：国庆节调休上班，照常计为工作日");
    expect(why.lines).toContain("  不计 2026-09-19（周六）：周末");
    expect(why.cycles[0]!.counting!.days.map((d) => d.reason)).toEqual(["周末", "第 1 个工作日（国庆节调休上班）"]);
  });

  test("the 15-minute arrival: its pause, warning, breach and escalations in Chinese", () => {
    const paused = ticketAfter([
      ["report", "2026-09-30 11:50"],
      ["dispatch", "2026-09-30 11:52"],
      ["owner_absent", "2026-09-30 11:55"],
      ["owner_back", "2026-09-30 12:00"],
      ["arrive", "2026-09-30 12:20"],
    ]);
    const zh = explain(program, paused, "arrival", { lang: "zh" }).lines;
    expect(zh[0]).toBe("时钟 arrival（15分钟上门），日历 24x7");
    expect(zh).toContain("  15 分钟内：自 2026-09-30 11:50 起，全天候计 → 2026-09-30 12:05");
    expect(zh).toContain("  截止 2026-09-30 12:10（因暂停顺延）");
    expect(zh).toContain("  2026-09-30 11:55  暂停：暂停计时");
    expect(zh).toContain("  2026-09-30 12:00  恢复：恢复计时");
    expect(zh).toContain("  2026-09-30 12:20  停止：已停止 — 超时");

    const running = ticketAfter([["report", "2026-09-30 11:50"]]);
    const timeline = explain(program, running, "arrival", { lang: "zh" }).lines.slice(-6);
    expect(timeline).toEqual([
      "  2026-09-30 12:02  预警 1 级：已用时 80%（目标 15分钟）（待发出）",
      "  2026-09-30 12:05  超时：已超过 15分钟（待发出）",
      "  2026-09-30 12:05  升级 1 级：超时时 → 通知 technician（待发出）",
      "  2026-09-30 12:20  升级 2 级：超时后 15 分钟 → 通知 foreman（待发出）",
      "  2026-09-30 12:35  升级 3 级：超时后 30 分钟 → 通知 supervisor（待发出）",
      "  2026-09-30 12:50  升级 4 级：超时后 45 分钟 → 通知 manager（待发出）",
    ]);
  });

  test("a clock not started, and an agreed time", () => {
    const opened = openTicket(program, { id: "t", kind: "repair", at: at("2026-09-30 17:00") }).ticket;
    expect(explain(program, opened, "arrival", { lang: "zh" }).lines).toEqual([
      "时钟 arrival（15分钟上门），日历 24x7",
      "  未开始计时",
    ]);
    const visit = ticketAfter([
      ["report", "2026-09-30 11:50"],
      ["dispatch", "2026-09-30 11:52"],
      ["owner_absent", "2026-09-30 11:55"],
    ]);
    expect(explain(program, visit, "agreed-visit", { lang: "zh" }).lines[1]).toBe(
      "第 1 轮：2026-09-30 11:55 开始计时，优先级 normal，目标 约定时间（appointment_at），按 24x7 计时",
    );
  });

  test("English by default and with lang en; the ids, instants and kinds the same in both", () => {
    const ticket = ticketAfter([
      ["report", "2026-09-30 11:50"],
      ["arrive", "2026-09-30 12:02"],
      ["complete", "2026-09-30 16:00"],
    ]);
    const en = explain(program, ticket, "callback");
    expect(explain(program, ticket, "callback", { lang: "en" })).toEqual(en);
    expect(en.lines).toContain("  skipped Thu 2026-10-01: 2026-10-01..10-07 National Day (国庆节) holiday");
    expect(en.lines).toContain("  2026-10-08 18:00  breach: 1个工作日 passed (to come)");
    const zh = explain(program, ticket, "callback", { lang: "zh" });
    const shape = (e: typeof en) =>
      e.cycles.map((c) => ({
        ...c,
        counting: c.counting && {
          days: c.counting.days.map((d) => [d.date, d.counted]),
          gaps: c.counting.gaps.map((g) => [g.from, g.to, g.kind]),
        },
        timeline: c.timeline.map((t) => [t.at, t.kind, t.level, t.roles, t.announced]),
      }));
    expect(shape(zh)).toEqual(shape(en));
  });
});
