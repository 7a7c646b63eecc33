/**
 * Whether a deadline was computed past the holiday data of its calendar (decision 0085). The
 * calendar answers exactly (`coverageWarnings`); this keeps the common case — a span inside the
 * years every set covers — to two comparisons.
 */
import type { Calendar, CoverageWarning } from "@yardstick/calendar";

const DAY = 86_400_000;

/** The instants between which every set covers the year in any time zone; null: nothing to warn about. */
interface Covered {
  from: number;
  until: number;
}

const coveredByCalendar = new WeakMap<Calendar, Covered | null>();

function coveredOf(calendar: Calendar): Covered | null {
  const known = coveredByCalendar.get(calendar);
  if (known !== undefined) return known;
  const sets = (calendar.spec.holidays ?? []).filter((s) => s.additions !== true);
  let covered: Covered | null = null;
  if (sets.length > 0) {
    // The years every set lists; the fast path needs them to be one run of years.
    const years = sets[0]!.years.filter((y) => sets.every((s) => s.years.includes(y))).sort((a, b) => a - b);
    const first = years[0];
    const last = years[years.length - 1];
    const run = first !== undefined && last !== undefined && last - first === years.length - 1;
    // A day's margin at each end keeps the fast path right whatever the calendar's offset.
    covered = run
      ? { from: Date.UTC(first, 0, 1) + DAY, until: Date.UTC(last + 1, 0, 1) - DAY }
      : { from: Infinity, until: -Infinity };
  }
  coveredByCalendar.set(calendar, covered);
  return covered;
}

/** The calendar's coverage warnings for a span from `start` to `deadline`; undefined when there are none. */
export function holidayDataMissing(calendar: Calendar, start: number, deadline: number): CoverageWarning[] | undefined {
  const covered = coveredOf(calendar);
  if (covered === null || (start >= covered.from && deadline < covered.until)) return undefined;
  const warnings = calendar.coverageWarnings(start, deadline);
  return warnings.length > 0 ? warnings : undefined;
}
