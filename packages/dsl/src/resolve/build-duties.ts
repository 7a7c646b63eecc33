import type { Path } from "@yardstick/calendar";
import type { DutyModel, EscalationChainModel, Timed } from "../model/standard-model.js";
import type { DutyInput } from "../schema/standard-schema.js";
import {
  checkRrule,
  type Duration,
  parseClockRange,
  parseDuration,
  parseMonths,
  parseTimeOfDay,
  parseYearDate,
  type TimeOfDay,
} from "../time/index.js";
import { type Weekday, WEEKDAYS } from "@yardstick/calendar";
import { expandDaySelector } from "../model/days.js";
import { asList, type BuildContext, compact, label } from "./build-context.js";
import { buildEscalation } from "./build-tickets.js";
import { phrase } from "../diagnostics/codes.js";
import { wordsOf } from "../time/result.js";
import { listOf, type Words } from "../diagnostics/words.js";

const RECURRING_KEYS = [
  "every",
  "reading",
  "between",
  "at",
  "days",
  "monthly",
  "months",
  "yearly",
  "rrule",
  "times",
  "per",
  "by",
] as const;
const TRIGGERED_KEYS = ["on", "within"] as const;
const RELATIVE_KEYS = ["before", "after", "of"] as const;

export function buildDuties(
  input: Record<string, DutyInput> | undefined,
  chains: Record<string, EscalationChainModel>,
  ctx: BuildContext,
): Record<string, DutyModel> {
  const duties: Record<string, DutyModel> = {};
  for (const [id, duty] of Object.entries(input ?? {})) {
    const model = buildDuty(id, duty, ["duties", id], chains, ctx, new Set(Object.keys(input ?? {})));
    if (model) duties[id] = model;
  }
  return duties;
}

function buildDuty(
  id: string,
  input: DutyInput,
  path: Path,
  chains: Record<string, EscalationChainModel>,
  ctx: BuildContext,
  dutyIds: ReadonlySet<string>,
): DutyModel | undefined {
  const schedule = buildSchedule(input, path, ctx, dutyIds);
  if (!schedule) return undefined;
  return compact({
    id,
    title: label(input.title)!,
    schedule,
    roles: asList(input.role),
    zones: input.zones ?? [],
    checkpoints: (input.checkpoints ?? []).map((c) =>
      typeof c === "string" ? { id: c } : { id: c.id, title: label(c.title)! },
    ),
    calendar: input.calendar,
    tolerance:
      input.tolerance === undefined
        ? undefined
        : ctx.timed([...path, "tolerance"], input.tolerance, parseDuration, "invalid-duration"),
    crew: input.crew,
    notify: asList(input.notify),
    escalation: buildEscalation(input.escalate, [...path, "escalate"], chains, ctx),
    each: input.each,
  });
}

/** A duty is exactly one of recurring, triggered or date-relative; which one is told by its keys. */
function buildSchedule(
  input: DutyInput,
  path: Path,
  ctx: BuildContext,
  dutyIds: ReadonlySet<string>,
): DutyModel["schedule"] | undefined {
  const present = (keys: readonly (keyof DutyInput)[]) => keys.filter((k) => input[k] !== undefined);
  const recurring = present(RECURRING_KEYS);
  const triggered = present(TRIGGERED_KEYS);
  const relative = present(RELATIVE_KEYS);
  const kinds = [
    recurring.length && "recurring",
    triggered.length && "triggered",
    relative.length && "date-relative",
  ].filter(Boolean);
  if (kinds.length === 0) {
    ctx.report({
      code: "duty-without-schedule",
      path: path,
      ...phrase("duty-without-schedule", "none", {}),
      prefer: "key",
    });
    return undefined;
  }
  if (kinds.length > 1) {
    const kindNames: Record<string, Words> = {
      recurring: { en: "recurring", zh: "定期" },
      triggered: { en: "triggered", zh: "触发" },
      "date-relative": { en: "date-relative", zh: "按日期" },
    };
    const keys = [...recurring, ...triggered, ...relative].map((k) => `\`${k}\``).join(", ");
    ctx.report({
      code: "duty-kind-conflict",
      path: path,
      ...phrase("duty-kind-conflict", "mixes", {
        kinds: listOf(
          kinds.map((k) => kindNames[String(k)]!),
          "and",
        ),
        keys,
      }),
      prefer: "key",
    });
    return undefined;
  }
  if (triggered.length) {
    if (input.on === undefined || input.within === undefined) {
      ctx.report({
        code: "missing-key",
        path: path,
        ...phrase("missing-key", "triggered", {}),
        prefer: "key",
      });
      return undefined;
    }
    const within = ctx.timed([...path, "within"], input.within, parseDuration, "invalid-duration");
    return within && { kind: "triggered", on: input.on, within };
  }
  if (relative.length) {
    const direction: "before" | "after" = input.before !== undefined ? "before" : "after";
    if ((input.before !== undefined) === (input.after !== undefined) || input.of === undefined) {
      ctx.report({
        code: "missing-key",
        path: path,
        ...phrase("missing-key", "dateRelative", {}),
        prefer: "key",
      });
      return undefined;
    }
    const offset = ctx.timed([...path, direction], input[direction]!, parseDuration, "invalid-duration");
    // `holidays` and the standard's duty ids are anchors of their own; anything else is a field.
    const anchor =
      input.of === "holidays" ? ("holidays" as const) : dutyIds.has(input.of) ? ("duty" as const) : undefined;
    return offset && compact({ kind: "date-relative" as const, direction, offset, of: input.of, anchor });
  }
  return buildRecurring(input, path, ctx);
}

function buildRecurring(input: DutyInput, path: Path, ctx: BuildContext): DutyModel["schedule"] | undefined {
  const weekdayBy = typeof input.by === "string" ? parseWeekdayBy(input.by) : undefined;
  let every: Timed<Duration> | undefined;
  if (input.every !== undefined) every = ctx.timed([...path, "every"], input.every, parseDuration, "invalid-duration");
  const between =
    input.between === undefined
      ? undefined
      : ctx.timed([...path, "between"], input.between, parseClockRange, "invalid-clock-range");
  const at = asList(input.at)
    .map((t, i) =>
      ctx.timed(Array.isArray(input.at) ? [...path, "at", i] : [...path, "at"], t, parseTimeOfDay, "invalid-time"),
    )
    .filter((t): t is Timed<TimeOfDay> => t !== undefined)
    .sort((a, b) => a.value.minutes - b.value.minutes);
  const selected = new Set(asList(input.days).flatMap(expandDaySelector));
  if (input.reading !== undefined && input.every === undefined) {
    ctx.report({
      code: "missing-key",
      path: [...path, "reading"],
      ...phrase("missing-key", "readingWithoutEvery", {}),
      prefer: "key",
    });
  }
  if (input.times !== undefined && input.per === undefined && weekdayBy === undefined) {
    ctx.report({
      code: "missing-key",
      path: [...path, "times"],
      ...phrase("missing-key", "timesPer", {}),
      prefer: "key",
    });
  }
  const by =
    input.by === undefined
      ? undefined
      : weekdayBy !== undefined
        ? ctx.timed([...path, "by"], weekdayBy.time, (t) => parseTimeOfDay(t, { allowEndOfDay: true }), "invalid-time")
        : ctx.timed([...path, "by"], input.by, (t) => parseTimeOfDay(t, { allowEndOfDay: true }), "invalid-time");
  const months =
    input.months === undefined
      ? undefined
      : [
          ...new Set(
            asList(input.months).flatMap((m, i) => {
              const at = Array.isArray(input.months) ? [...path, "months", i] : [...path, "months"];
              return ctx.timed(at, m, parseMonths, "invalid-months")?.value ?? [];
            }),
          ),
        ].sort((a, b) => a - b);
  const yearly =
    input.yearly === undefined
      ? undefined
      : [
          ...new Set(
            asList(input.yearly).flatMap((d, i) => {
              const at = Array.isArray(input.yearly) ? [...path, "yearly", i] : [...path, "yearly"];
              const date = ctx.timed(at, d, parseYearDate, "invalid-year-date");
              return date === undefined ? [] : [date.value];
            }),
          ),
        ].sort();
  if (input.rrule !== undefined) {
    const checked = checkRrule(input.rrule);
    if (!checked.ok)
      ctx.report({
        code: "invalid-rrule",
        path: [...path, "rrule"],
        ...phrase("invalid-rrule", "parser", { detail: wordsOf(checked).message, help: wordsOf(checked).hint }),
      });
  }
  // `by: fri` alone is once a week, by Friday.
  const per = input.per ?? (weekdayBy !== undefined ? "week" : undefined);
  return compact({
    kind: "recurring" as const,
    every,
    reading: input.reading,
    between,
    at,
    days: selected.size ? WEEKDAYS.filter((d) => selected.has(d)) : [...WEEKDAYS],
    monthly: [...new Set(asList(input.monthly))].sort((a, b) => a - b),
    months,
    yearly,
    rrule: input.rrule,
    quota: per === undefined ? undefined : { times: input.times ?? 1, per },
    by,
    byDay: weekdayBy?.day,
  });
}

const WEEKDAY_WORDS: Record<string, Weekday> = {
  mon: "mon",
  monday: "mon",
  tue: "tue",
  tuesday: "tue",
  wed: "wed",
  wednesday: "wed",
  thu: "thu",
  thursday: "thu",
  fri: "fri",
  friday: "fri",
  sat: "sat",
  saturday: "sat",
  sun: "sun",
  sunday: "sun",
};
const CHINESE_WEEKDAYS: Record<string, Weekday> = {
  一: "mon",
  二: "tue",
  三: "wed",
  四: "thu",
  五: "fri",
  六: "sat",
  日: "sun",
  天: "sun",
};

/** `fri`, `Friday 18:00`, `周五 18:00` → the weekday and the time (end of day when none is given). */
function parseWeekdayBy(text: string): { day: Weekday; time: string } | undefined {
  const t = text.normalize("NFKC").trim().toLowerCase();
  const english = /^([a-z]+)\b\s*(.*)$/.exec(t);
  if (english && WEEKDAY_WORDS[english[1]!] !== undefined)
    return { day: WEEKDAY_WORDS[english[1]!]!, time: english[2] || "24:00" };
  const chinese = /^(?:周|星期|礼拜)([一二三四五六日天])\s*(.*)$/u.exec(t);
  if (chinese) return { day: CHINESE_WEEKDAYS[chinese[1]!]!, time: chinese[2] || "24:00" };
  return undefined;
}
