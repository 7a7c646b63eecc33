/**
 * The words every Yardstick package shares, defined once here (the lowest package) and
 * re-exported by the others: a weekday, a bilingual label, a path to a value.
 */

/** Days of the week, Monday first (ISO 8601). */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/** Text a person reads, in Chinese and/or English: `{ zh: 上门, en: On site }`. */
export interface Label {
  zh?: string;
  en?: string;
}

/** Keys and list indexes from a document's root to a value: `["hours", "mon", 1, "end"]`. */
export type Path = (string | number)[];
