import type { Lang, StandardModel, TicketKindModel } from "@yardstick/dsl";
import type { Program } from "@yardstick/engine";
import type { Hover } from "vscode-languageserver/node";
import { kindAt, type Name, type NameSort, namesOf, sortsForKey } from "./names.js";
import { handbookClock, promiseMarkdown } from "./promise.js";
import { enclosingKeys, lineKey, valueKeyAt, wordAt } from "./yaml-context.js";

/** What a hover may say beyond the model: a clock's promise needs the compiled program and a language. */
export interface HoverContext {
  /** The last program the document compiled to. */
  program: Program | undefined;
  lang: Lang;
}

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

/** On an id: its title in Chinese and English. On a clock: what the clock promises, in the server's language. */
export function hover(
  model: StandardModel,
  lines: string[],
  line: number,
  character: number,
  context: HoverContext,
): Hover | undefined {
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
  return { contents: { kind: "markdown", value: describe(name, model, kind, context) }, range };
}

function describe(name: Name, model: StandardModel, kind: TicketKindModel | undefined, context: HoverContext): string {
  const head = `**${name.id}** (${name.sort})${name.title?.zh ? `\n\n${name.title.zh}` : ""}${name.title?.en ? `\n\n${name.title.en}` : ""}`;
  if (name.sort !== "clock" || !context.program) return head;
  const kinds = kind ? [kind] : Object.values(model.tickets);
  const owner = kinds.find((k) => k.clocks[name.id]);
  const clock = owner && handbookClock(context.program, owner.id, name.id, context.lang);
  return clock ? `${head}\n\n${promiseMarkdown(clock, context.lang)}` : head;
}
