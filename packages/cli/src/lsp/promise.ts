import type { Lang } from "@yardstick/dsl";
import { buildHandbook, type Handbook, type HandbookClock, type Program } from "@yardstick/engine";

/**
 * What a clock promises, in the words of the staff handbook (the engine's `buildHandbook`, so
 * the editor says what the handbook prints): its target per priority, the calendar it counts
 * on, when it starts and stops, its warnings and who is told when it is late.
 */
const handbooks = new WeakMap<Program, Map<Lang, Handbook>>();

function handbookOf(program: Program, lang: Lang): Handbook {
  let byLang = handbooks.get(program);
  if (!byLang) handbooks.set(program, (byLang = new Map()));
  let handbook = byLang.get(lang);
  if (!handbook) byLang.set(lang, (handbook = buildHandbook(program, { lang })));
  return handbook;
}

/** The handbook's account of clock `clock` of ticket kind `kind`. */
export function handbookClock(program: Program, kind: string, clock: string, lang: Lang): HandbookClock | undefined {
  return handbookOf(program, lang)
    .tickets.find((t) => t.id === kind)
    ?.clocks.find((c) => c.id === clock);
}

const WORDS = {
  en: {
    every: "Every priority",
    colon: ": ",
    written: (text: string) => ` (written \`${text}\`)`,
    calendar: (title: string) => `Counted in ${title}.`,
    roundTheClock: "Counts round the clock (24x7).",
    level: (n: number, when: string, who: string) => `Level ${n}: ${when}, tell ${who}.`,
    escalates: (who: string) => `tells ${who} when late`,
    on: (title: string) => `on ${title}`,
    sep: ", ",
    part: " · ",
  },
  zh: {
    every: "所有优先级",
    colon: "：",
    written: (text: string) => `（写作 \`${text}\`）`,
    calendar: (title: string) => `按「${title}」计时。`,
    roundTheClock: "全天候计时（24x7）。",
    level: (n: number, when: string, who: string) => `第 ${n} 级：${when}，通知${who}。`,
    escalates: (who: string) => `超时逐级通知${who}`,
    on: (title: string) => `按「${title}」`,
    sep: "、",
    part: " · ",
  },
} as const;

/** The promise as a hover's Markdown: one line per target, then the calendar, life, warnings, escalation. */
export function promiseMarkdown(c: HandbookClock, lang: Lang): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  if (c.agreedTime) lines.push(`- ${c.agreedTime}`);
  for (const t of c.targets) lines.push(`- ${t.priority ?? w.every}${w.colon}${t.words}${w.written(t.written)}`);
  lines.push("", c.calendar ? w.calendar(c.calendar) : w.roundTheClock, "");
  for (const life of c.life) lines.push(`- ${life}`);
  for (const warn of c.warn) lines.push(`- ${warn}`);
  if (c.escalation.length) lines.push("");
  c.escalation.forEach((e, i) => lines.push(`- ${w.level(i + 1, e.when, e.who.join(w.sep))}`));
  return lines.join("\n");
}

/** The promise in one line, for a code lens above the clock: targets · start · calendar · who is told. */
export function promiseLine(c: HandbookClock, lang: Lang): string {
  const w = WORDS[lang];
  const targets = c.agreedTime
    ? [c.agreedTime]
    : c.targets.map((t) => (t.priority ? `${t.priority}${w.colon}${t.words}` : t.words));
  const who = [...new Set(c.escalation.flatMap((e) => e.who))];
  return [
    `⏱ ${c.title}${w.colon}${targets.join(w.part)}`,
    ...(c.life[0] ? [c.life[0]] : []),
    ...(c.calendar ? [w.on(c.calendar)] : []),
    ...(who.length ? [w.escalates(who.join(w.sep))] : []),
  ].join(w.part);
}
