import type { ClockModel, Condition, StandardModel, TicketKindModel } from "@yardstick/dsl";
import type { Hover } from "vscode-languageserver/node";
import { kindAt, label, type Name, type NameSort, namesOf, sortsForKey } from "./names.js";
import { enclosingKeys, lineKey, valueKeyAt, wordAt } from "./yaml-context.js";

/** The section a key declares its names in: `roles: <id>:` declares a role. */
const DECLARED_IN: Record<string, NameSort> = {
  calendars: "calendar",
  roles: "role",
  tickets: "ticket",
  duties: "duty",
  states: "state",
  events: "event",
  priorities: "priority",
  clocks: "clock",
  escalations: "escalation",
};

const ALL: NameSort[] = ["role", "calendar", "ticket", "duty", "escalation", "state", "event", "priority", "clock"];

/** On an id: its title in Chinese and English. On a clock: what the clock promises, in words. */
export function hover(model: StandardModel, lines: string[], line: number, character: number): Hover | undefined {
  const text = lines[line] ?? "";
  const word = wordAt(text, character);
  if (!word) return undefined;
  const keys = enclosingKeys(lines, line);
  const kind = kindAt(model, keys);
  const own = lineKey(text);
  let sorts: NameSort[];
  if (own && own.start === word.start) {
    // The word is this line's key: a name declared in the section it sits in.
    const section = DECLARED_IN[keys[keys.length - 1] ?? ""];
    if (!section) return undefined;
    sorts = [section];
  } else {
    const at = valueKeyAt(lines, line, word.end);
    const byKey = at ? sortsForKey(at.key) : [];
    sorts = byKey.length ? byKey : ALL;
  }
  const name = namesOf(model, sorts, kind).find((n) => n.id === word.word);
  if (!name) return undefined;
  const range = { start: { line, character: word.start }, end: { line, character: word.end } };
  return { contents: { kind: "markdown", value: describe(name, model, kind) }, range };
}

function describe(name: Name, model: StandardModel, kind: TicketKindModel | undefined): string {
  const head = `**${name.id}** (${name.sort})${name.title?.zh ? `\n\n${name.title.zh}` : ""}${name.title?.en ? `\n\n${name.title.en}` : ""}`;
  if (name.sort !== "clock") return head;
  const kinds = kind ? [kind] : Object.values(model.tickets);
  const clock = kinds.map((k) => k.clocks[name.id]).find(Boolean);
  return clock ? `${head}\n\n${promise(clock, model)}` : head;
}

/** What a clock promises: its target per priority, calendar, warnings and escalation, in words. */
export function promise(clock: ClockModel, model: StandardModel): string {
  const lines: string[] = [];
  const targets = Object.entries(clock.targets);
  if (clock.dueAt) lines.push(`Due at the agreed time in the field \`${clock.dueAt}\`.`);
  else if (targets.length === 0) lines.push("Measures only: no target.");
  else
    for (const [priority, target] of targets)
      lines.push(`- ${priority === "*" ? "Every priority" : `Priority \`${priority}\``}: within ${target.text}`);
  const calendar = model.calendars[clock.calendar];
  lines.push(
    clock.calendar === "24x7"
      ? "Counts round the clock (24x7)."
      : `Counts on the calendar \`${clock.calendar}\`${label(calendar?.title) ? ` (${label(calendar?.title)})` : ""}.`,
  );
  lines.push(`Starts on ${conditions(clock.start)}; stops on ${conditions(clock.stop)}.`);
  if (clock.pause.length)
    lines.push(
      `Pauses on ${conditions(clock.pause)}${clock.resume.length ? `, resumes on ${conditions(clock.resume)}` : ""}.`,
    );
  if (clock.warn.length) lines.push(`Warns at ${clock.warn.map((w) => `${w}%`).join(", ")} of the target.`);
  clock.escalation.forEach((level, i) => {
    const who = level.notify.map((r) => label(model.roles[r]?.title) ?? r).join(", ");
    lines.push(`Escalation level ${i + 1}: at ${level.at.text}, tell ${who}.`);
  });
  return lines.join("\n\n");
}

function conditions(list: Condition[]): string {
  if (list.length === 0) return "nothing";
  return list
    .map((c) =>
      c.kind === "state"
        ? `entering \`${c.state}\``
        : c.kind === "breach"
          ? `the breach of clock \`${c.clock}\``
          : `the event \`${c.event}\``,
    )
    .join(" or ");
}
