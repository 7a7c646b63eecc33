// Which calendar each priority counts on, and the targets chosen by the start, as the handbook
// (and so the editor's hover and code lens) and explain tell them (issue 7, decisions 0060, 0061).
import { buildHandbook, explain, openTicket } from "@yardstick/engine";
import { expect, test } from "vitest";
import { at, compileText } from "./helpers/compile.js";

const program = compileText(`
standard: words
version: 1
title: { en: Words }
timezone: Asia/Shanghai
calendars:
  office: { title: { zh: 办公时间, en: Office hours }, hours: { mon-fri: 08:30-17:30 }, holidays: cn-mainland }
tickets:
  repair:
    title: { en: Repair }
    priorities:
      emergency: { title: { zh: 紧急, en: Emergency }, when: { category: gas } }
      routine: { title: { zh: 一般, en: Routine } }
    states:
      reported: { on: { arrive: on_site } }
      on_site: {}
    clocks:
      attend:
        title: { en: Attend }
        start: reported
        stop: on_site
        target: { emergency: 24 elapsed hours, routine: 3 workdays }
        calendar: office
      heating:
        title: { en: Heating }
        start: reported
        stop: on_site
        calendar: office
        target:
          - { months: nov-apr, target: 1 workday }
          - { months: may-oct, target: 3 workdays }
      first-call:
        title: { en: First call }
        priorities: [emergency]
        effective: { from: 2026-07-01 }
        start: reported
        stop: on_site
        target:
          emergency: [{ outside: office, target: next day by 09:00 }, { target: 1h }]
`);

const clocks = (lang: "en" | "zh") => buildHandbook(program, { lang }).tickets[0]!.clocks;

test("the handbook gives each priority its calendar when it is not the clock's", () => {
  expect(clocks("en")[0]!.targets).toEqual([
    { priority: "Emergency", words: "within 1 day (round the clock)", written: "24 elapsed hours" },
    { priority: "Routine", words: "within 3 working days", written: "3 workdays" },
  ]);
  expect(clocks("en")[0]!.calendar).toBe("Office hours");
  expect(clocks("zh")[0]!.targets[0]!.words).toBe("1 天内（全天候计时）");
});

test("the handbook says the targets chosen by the start, for every priority or for one", () => {
  expect(clocks("en")[1]!.targets).toEqual([
    {
      words: "Started Nov–Apr: within 1 working day; Started May–Oct: within 3 working days",
      written: "1 workday; 3 workdays",
    },
  ]);
  expect(clocks("zh")[1]!.targets[0]!.words).toBe("11月至4月开始的：1 个工作日内；5月至10月开始的：3 个工作日内");
  expect(clocks("en")[2]!.targets[0]).toEqual({
    priority: "Emergency",
    words: "Started outside “Office hours”: by 09:00, 1 day later; Otherwise: within 1 hour",
    written: "next day by 09:00; 1h",
  });
  expect(clocks("zh")[2]!.targets[0]!.words).toBe(
    "「办公时间」工作时间以外开始的：1 天后的 09:00 前；其他时间开始的：1 小时内",
  );
});

test("explain names the calendar each cycle counts on", () => {
  const gas = openTicket(program, { id: "T-1", kind: "repair", at: at("2026-03-06 16:40"), data: { category: "gas" } });
  const lines = explain(program, gas.ticket, "attend").lines;
  expect(lines[0]).toBe("clock attend (Attend) on calendar office; emergency on 24x7");
  expect(lines[1]).toBe("cycle 1: started 2026-03-06 16:40, priority emergency, target 24 elapsed hours, on 24x7");
  expect(explain(program, gas.ticket, "attend").cycles[0]!.calendar).toBe("24x7");
  const leak = openTicket(program, { id: "T-2", kind: "repair", at: at("2026-03-06 16:40"), data: {} });
  expect(explain(program, leak.ticket, "attend").lines[1]).toContain("priority routine, target 3 workdays, on office");
});

test("the handbook says which priorities a clock is limited to, and when it is in force", () => {
  expect(clocks("en")[2]!.life.slice(-2)).toEqual(["Only for Emergency", "In force from 2026-07-01"]);
  expect(clocks("zh")[2]!.life.slice(-2)).toEqual(["只适用于：紧急", "自 2026-07-01 起生效"]);
  expect(clocks("en")[0]!.life.some((l) => l.startsWith("Only for"))).toBe(false);
});
