import { planDuties, reconcile, type DutyLog, type OccurrenceOutcome } from "@yardstick/engine";
import { describe, expect, it } from "vitest";
import { at } from "../helpers/compile.js";
import { dutySite } from "./fixture.js";

const program = dutySite();
const night = (duty: string, zones?: string[]) => [
  ...planDuties(program, {
    from: "2026-03-06 12:00",
    to: "2026-03-07 12:00",
    duties: [duty],
    ...(zones ? { zones } : {}),
  }),
];
const all = ["gate", "car-park", "lights"];
const brief = (outcomes: OccurrenceOutcome[]) =>
  outcomes.map((o) => [
    o.occurrence.id,
    o.status,
    ...(o.lateBy !== undefined ? [o.lateBy / 60_000] : []),
    ...(o.missedCheckpoints ? [o.missedCheckpoints] : []),
  ]);

describe("reconcile: outcomes", () => {
  it("done, done within tolerance, partial, late-free block reading, missed, excused", () => {
    const logs: DutyLog[] = [
      { duty: "night-patrol", zone: "A", at: "2026-03-06 22:30", checkpoints: all, by: "wang", ref: "photo-1" },
      // 00:00 block's round at 00:05: inside the 10-minute tolerance of the 22:00 block? No: that block is
      // done, so it counts for the 00:00 block.
      { duty: "night-patrol", zone: "A", at: "2026-03-07 00:05", checkpoints: ["gate", "car-park"] },
      { duty: "night-patrol", zone: "A", at: "2026-03-07 04:08", checkpoints: all },
    ];
    const r = reconcile(program, {
      occurrences: night("night-patrol", ["A"]),
      logs,
      excuses: [{ occurrence: "night-patrol/A/20260307T0200", reason: "typhoon warning: stay indoors" }],
      now: "2026-03-07 08:00",
    });
    expect(brief(r.outcomes)).toEqual([
      ["night-patrol/A/20260306T2200", "done"],
      ["night-patrol/A/20260307T0000", "partial", ["lights"]],
      ["night-patrol/A/20260307T0200", "excused"],
      ["night-patrol/A/20260307T0400", "done"],
    ]);
    expect(r.outcomes[0]).toMatchObject({ by: ["wang"], refs: ["photo-1"], logs: [0], doneAt: at("2026-03-06 22:30") });
    expect(r.outcomes[2]!.reason).toBe("typhoon warning: stay indoors");
    expect(r.diagnostics).toEqual([]);
  });

  it("late by how much: a fixed time done after its tolerance; missed when nothing came; pending before due", () => {
    const occurrences = [...planDuties(program, { from: "2026-03-06", to: "2026-03-07", duties: ["garbage-fixed"] })];
    const r = reconcile(program, {
      occurrences,
      logs: [{ duty: "garbage-fixed", at: "2026-03-06 09:40" }],
      now: "2026-03-06 16:00",
    });
    expect(brief(r.outcomes)).toEqual([
      ["garbage-fixed/20260306T0900", "late", 40],
      ["garbage-fixed/20260306T1700", "pending"],
    ]);
    const later = reconcile(program, { occurrences, logs: [], now: "2026-03-06 18:00" });
    expect(brief(later.outcomes).map((x) => x[1])).toEqual(["missed", "missed"]);
    // Early within the tolerance counts as on time.
    const early = reconcile(program, {
      occurrences,
      logs: [{ duty: "garbage-fixed", at: "2026-03-06 08:50" }],
      now: "2026-03-06 10:00",
    });
    expect(early.outcomes[0]!.status).toBe("done");
  });

  it("twice a day: two logs fill #1 and #2; a third is an extra visit", () => {
    const occurrences = [...planDuties(program, { from: "2026-03-06", to: "2026-03-07", duties: ["garbage"] })];
    const r = reconcile(program, {
      occurrences,
      logs: [
        { duty: "garbage", at: "2026-03-06 08:00" },
        { duty: "garbage", at: "2026-03-06 16:00" },
        { duty: "garbage", at: "2026-03-06 20:00" },
      ],
      now: "2026-03-07 01:00",
    });
    expect(brief(r.outcomes)).toEqual([
      ["garbage/20260306#1", "done"],
      ["garbage/20260306#2", "done"],
    ]);
    expect(r.outcomes[0]!.logs).toEqual([0, 2]);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([["extra-log", ["logs", 2]]]);
  });
});

describe("two readings of every 2 hours, on the same logs", () => {
  // Rounds at 22:00, 01:59, 02:01 and 05:59: one in each 2-hour block, but 3 h 59 min between the first two.
  const times = ["2026-03-06 22:00", "2026-03-07 01:59", "2026-03-07 02:01", "2026-03-07 05:59"];
  it("blocks: every block has its round", () => {
    const r = reconcile(program, {
      occurrences: night("night-patrol", ["B"]),
      logs: times.map((t) => ({ duty: "night-patrol", zone: "B", at: t, checkpoints: all })),
      now: "2026-03-07 08:00",
    });
    expect(r.outcomes.map((o) => o.status)).toEqual(["done", "done", "done", "done"]);
  });
  it("rolling: the second and fourth rounds came more than 2 hours after the one before", () => {
    const r = reconcile(program, {
      occurrences: night("night-patrol-rolling"),
      logs: times.map((t) => ({ duty: "night-patrol-rolling", at: t })),
      now: "2026-03-07 08:00",
    });
    expect(brief(r.outcomes)).toEqual([
      ["night-patrol-rolling/20260306T2200", "done"],
      ["night-patrol-rolling/20260307T0000", "late", 119],
      ["night-patrol-rolling/20260307T0200", "done"],
      ["night-patrol-rolling/20260307T0400", "late", 118],
    ]);
    expect(r.outcomes[1]!.due).toBe(at("2026-03-07 00:00"));
    expect(r.outcomes[3]!.due).toBe(at("2026-03-07 04:01"));
  });
  it("rolling: a round skipped entirely is missed, and the next visit counts for the next round", () => {
    const r = reconcile(program, {
      occurrences: night("night-patrol-rolling"),
      logs: ["2026-03-06 23:00", "2026-03-07 03:30", "2026-03-07 05:00"].map((t) => ({
        duty: "night-patrol-rolling",
        at: t,
      })),
      now: "2026-03-07 08:00",
    });
    // Round 2 was due at 01:00 (2 h after 23:00); 03:30 is more than 2 h past that, so it is round 3, late.
    expect(brief(r.outcomes).map((x) => x.slice(1))).toEqual([["done"], ["missed"], ["late", 30], ["done"]]);
  });
});

describe("reconcile: logs that do not fit", () => {
  it("out of order, duplicated, unknown duty, outside any window, unknown checkpoint and zone: typed, none dropped", () => {
    const logs: DutyLog[] = [
      { id: "l1", duty: "night-patrol", zone: "A", at: "2026-03-07 00:30", checkpoints: all },
      { id: "l2", duty: "night-patrol", zone: "A", at: "2026-03-06 22:30", checkpoints: ["gate", "roof"] },
      { id: "l1", duty: "night-patrol", zone: "A", at: "2026-03-07 00:30", checkpoints: all },
      { duty: "night-patrol", zone: "A", at: "2026-03-07 00:30", checkpoints: all },
      { id: "l4", duty: "pool-check", at: "2026-03-07 00:30" },
      { id: "l5", duty: "night-patrol", zone: "A", at: "2026-03-07 10:00" },
      { id: "l6", duty: "night-patrol", zone: "Q", at: "2026-03-07 01:00" },
      { id: "l7", duty: "night-patrol", zone: "A", at: "not a time" },
    ];
    const r = reconcile(program, { occurrences: night("night-patrol"), logs, now: "2026-03-07 08:00" });
    expect(r.diagnostics.map((d) => [d.code, d.subject ?? "-", d.path.join(".")])).toEqual([
      ["log-out-of-order", "l2", "logs.1.at"],
      ["unknown-checkpoint", "l2", "logs.1.checkpoints"],
      ["duplicate-log", "l1", "logs.2"],
      ["unknown-duty", "l4", "logs.4.duty"],
      ["log-out-of-order", "l6", "logs.6.at"],
      ["unknown-zone", "l6", "logs.6.zone"],
      ["invalid-log", "l7", "logs.7"],
      ["extra-log", "-", "logs.3"],
      ["log-outside-window", "l5", "logs.5.at"],
    ]);
    for (const d of r.diagnostics) expect(d.hint.length).toBeGreaterThan(10);
  });
});

describe("reconcile: effects and nextWakeAt", () => {
  it("due, overdue, escalation and missed effects with keys from the occurrence; nextWakeAt is the next of them", () => {
    const occurrences = night("night-patrol", ["A"]);
    const r = reconcile(program, {
      occurrences,
      logs: [{ duty: "night-patrol", zone: "A", at: "2026-03-06 22:15", checkpoints: all }],
      now: "2026-03-07 00:45",
    });
    expect(r.effects.map((e) => [e.key, new Date(e.at).toISOString()])).toEqual([
      ["night-patrol/A/20260306T2200/duty-due", "2026-03-06T14:00:00.000Z"],
      ["night-patrol/A/20260307T0000/duty-due", "2026-03-06T16:00:00.000Z"],
    ]);
    expect(r.nextWakeAt).toBe(at("2026-03-07 02:00"));
    const later = reconcile(program, {
      occurrences,
      logs: [{ duty: "night-patrol", zone: "A", at: "2026-03-06 22:15", checkpoints: all }],
      now: "2026-03-07 03:00",
    });
    const keys = later.effects.map((e) => e.key);
    expect(keys).toEqual([
      "night-patrol/A/20260306T2200/duty-due",
      "night-patrol/A/20260307T0000/duty-due",
      "night-patrol/A/20260307T0200/duty-due",
      "night-patrol/A/20260307T0000/duty-overdue",
      "night-patrol/A/20260307T0000/duty-missed",
      "night-patrol/A/20260307T0000/duty-escalation/1",
    ]);
    expect(later.effects.find((e) => e.kind === "duty-escalation")).toMatchObject({
      roles: ["supervisor"],
      level: 1,
      at: at("2026-03-07 02:40"),
    });
    // The same inputs give the same effects (a host delivering twice checks the keys).
    expect(
      reconcile(program, {
        occurrences,
        logs: [{ duty: "night-patrol", zone: "A", at: "2026-03-06 22:15", checkpoints: all }],
        now: "2026-03-07 03:00",
      }),
    ).toEqual(later);
  });
});
