// `pnpm bench` (or `tsx --conditions=@yardstick/source packages/calendar/bench/main.ts`):
// addWorkingTime over spans of 1 hour, 1 week and 1 year on the office calendar, against a
// minute-stepping reference in the same run, then heap used around 10 million calls.
//
// A span is the working time that carries a start about that far ahead on this calendar:
// 1 hour = 1 h of working time; 1 week = one working week (5 × 7.5 h); 1 year = the 1 860 h
// (248 working days × 7.5 h) of cn-mainland 2025. Starts: 1 024 minute-aligned instants in
// the first half of 2025, so every result stays inside the built-in holiday data.
//
// The reference steps one minute at a time and asks whether each minute is working time through
// the same precomputed numeric windows (a cheap check), so the ratio measures jumping over windows
// against stepping, not luxon against numbers; stepping with luxon DateTime math is ~100× slower still.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { type Calendar, type ClockWindow, createCalendar, getBuiltinHolidaySet } from "@yardstick/calendar";
import { Bench } from "tinybench";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const day: ClockWindow[] = [
  { start: "08:30", end: "12:00" },
  { start: "13:30", end: "17:30" },
];
const office: Calendar = createCalendar({
  id: "office",
  timezone: "Asia/Shanghai",
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: [getBuiltinHolidaySet("cn-mainland")!],
});

// Deterministic starts (a small LCG), minute-aligned so the minute-stepping reference is exact.
const starts: number[] = [];
let seed = 20250101;
const from = Date.parse("2025-01-01T00:00:00+08:00");
for (let i = 0; i < 1024; i++) {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  starts.push(from + Math.floor((seed / 2 ** 31) * 181 * 24 * 60) * MINUTE);
}

function referenceAddWorkingTime(calendar: Calendar, start: number, ms: number): number {
  let t = start;
  let left = ms;
  while (left > 0) {
    if (calendar.isWorkingTime(t)) left -= MINUTE;
    t += MINUTE;
  }
  return t;
}

interface Span {
  name: string;
  ms: number;
  /** Required ops/s for addWorkingTime, or required multiple of the reference. */
  target: { opsPerSecond: number } | { timesReference: number };
  referenceBatch: number;
}

const spans: Span[] = [
  { name: "1 hour", ms: HOUR, target: { opsPerSecond: 5_000_000 }, referenceBatch: 64 },
  { name: "1 week", ms: 5 * 7.5 * HOUR, target: { opsPerSecond: 5_000_000 }, referenceBatch: 4 },
  { name: "1 year", ms: 248 * 7.5 * HOUR, target: { timesReference: 100 }, referenceBatch: 1 },
];

// The two must agree before their speed is worth comparing.
for (const span of spans) {
  for (const start of starts.slice(0, span.name === "1 year" ? 8 : 64)) {
    const fast = office.addWorkingTime(start, span.ms);
    const slow = referenceAddWorkingTime(office, start, span.ms);
    if (fast !== slow)
      throw new Error(
        `addWorkingTime and the reference disagree for ${span.name} from ${new Date(start).toISOString()}: ${fast} vs ${slow}`,
      );
  }
}

const BATCH = starts.length;
let sink = 0;
const bench = new Bench({ time: 800, warmupTime: 200 });
for (const span of spans) {
  bench.add(`addWorkingTime ${span.name}`, () => {
    for (let i = 0; i < BATCH; i++) sink += office.addWorkingTime(starts[i]!, span.ms) & 1;
  });
  let next = 0;
  bench.add(`reference ${span.name}`, () => {
    for (let i = 0; i < span.referenceBatch; i++) {
      sink += referenceAddWorkingTime(office, starts[next]!, span.ms) & 1;
      next = (next + 1) % starts.length;
    }
  });
}
await bench.run();

function opsPerSecond(name: string, batch: number): number {
  const task = bench.getTask(name);
  const result = task?.result;
  if (result === undefined || !("period" in result)) throw new Error(`benchmark ${name} did not complete`);
  return (batch / result.period) * 1000;
}

const fmt = (n: number): string => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(1));
let failures = 0;
console.log(
  `addWorkingTime on the office calendar (Asia/Shanghai, 08:30-12:00 + 13:30-17:30, cn-mainland), ${process.version}`,
);
console.log("span     addWorkingTime ops/s   reference ops/s   ratio      target                  result");
for (const span of spans) {
  const fast = opsPerSecond(`addWorkingTime ${span.name}`, BATCH);
  const slow = opsPerSecond(`reference ${span.name}`, span.referenceBatch);
  const ratio = fast / slow;
  const pass = "opsPerSecond" in span.target ? fast >= span.target.opsPerSecond : ratio >= span.target.timesReference;
  const target =
    "opsPerSecond" in span.target
      ? `≥ ${fmt(span.target.opsPerSecond)} ops/s`
      : `≥ ${span.target.timesReference}× reference`;
  if (!pass) failures++;
  console.log(
    `${span.name.padEnd(8)} ${fmt(fast).padStart(20)}   ${fmt(slow).padStart(15)}   ${`${fmt(ratio)}×`.padStart(8)}   ${target.padEnd(22)}  ${pass ? "PASS" : "FAIL"}`,
  );
}

// Memory: heap used before and after 10 million calls, after a full collection each time.
setFlagsFromString("--expose-gc");
const gc = (globalThis as { gc?: () => void }).gc ?? (runInNewContext("gc") as () => void);
const CALLS = 10_000_000;
const run = (): void => {
  for (let i = 0; i < CALLS; i++)
    sink += office.addWorkingTime(starts[i & 1023]! + (i & 4095) * MINUTE, HOUR + (i % 7) * 5 * HOUR) & 1;
};
run(); // reach a steady state first (year blocks built, code optimised)
gc();
const before = process.memoryUsage().heapUsed;
const started = performance.now();
run();
const seconds = (performance.now() - started) / 1000;
gc();
const after = process.memoryUsage().heapUsed;
const growth = after - before;
const memoryPass = growth < 1024 * 1024;
if (!memoryPass) failures++;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(
  `memory   heap used ${mb(before)} before, ${mb(after)} after ${CALLS.toLocaleString("en-US")} calls (${fmt(CALLS / seconds)} ops/s): growth ${mb(growth)}, target < 1 MB  ${memoryPass ? "PASS" : "FAIL"}`,
);
if (sink < 0) console.log(sink); // keep the results alive
if (failures > 0) {
  console.log(`${failures} target(s) missed`);
  process.exitCode = 1;
}
