/**
 * What the browser test runs in Chromium (bundled by esbuild for the browser) and again in Node:
 * loads the seed community standard, which extends the group's, and computes a deadline on its
 * office calendar with 调休 — the two packages' main paths. The result is plain JSON.
 */
import { createCalendar, deadlineFrom, getBuiltinHolidaySet } from "@yardstick/calendar";
import { loadStandard, type StandardSource } from "@yardstick/dsl";

export interface PageResult {
  hash: string | undefined;
  diagnostics: { code: string; file: string; line: number; column: number; message: string }[];
  ticketKinds: string[];
  /** 1 workday after a repair finished on the eve of National Day 2025. */
  deadline: number;
}

export function loadInPage(files: Record<string, string>, entry: string): PageResult {
  const resolve = (id: string): StandardSource | undefined => {
    const file = `standards/${id}.yaml`;
    return files[file] === undefined ? undefined : { file, text: files[file] };
  };
  const { standard, diagnostics } = loadStandard(files[entry]!, { file: entry, resolve });
  const day = [
    { start: "08:30", end: "12:00" },
    { start: "13:30", end: "17:30" },
  ];
  const office = createCalendar({
    id: "office",
    timezone: "Asia/Shanghai",
    hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
    holidays: [getBuiltinHolidaySet("cn-mainland")!],
  });
  return {
    hash: standard?.hash,
    diagnostics: diagnostics.map(({ code, file, line, column, message }) => ({ code, file, line, column, message })),
    ticketKinds: Object.keys(standard?.tickets ?? {}),
    deadline: deadlineFrom(office, "2025-09-30T15:00:00+08:00", { kind: "workdays", workdays: 1 }),
  };
}
