import type { StandardModel } from "@yardstick/dsl";
import { type CompletionItem, CompletionItemKind } from "vscode-languageserver/node";
import { kindAt, label, type NameSort, namesOf, sortsForKey } from "./names.js";
import { enclosingKeys, valueKeyAt } from "./yaml-context.js";

const ITEM_KIND: Record<NameSort, CompletionItemKind> = {
  calendar: CompletionItemKind.Module,
  role: CompletionItemKind.Constant,
  state: CompletionItemKind.EnumMember,
  event: CompletionItemKind.Event,
  ticket: CompletionItemKind.Class,
  duty: CompletionItemKind.Struct,
  holidays: CompletionItemKind.Module,
  priority: CompletionItemKind.Value,
  clock: CompletionItemKind.Field,
  escalation: CompletionItemKind.Reference,
};

/**
 * The standard's own names a JSON Schema cannot know, by the key whose value is being typed:
 * after `calendar:` the calendars, after `notify:` the roles, after `start:` the kind's states and events…
 */
export function completions(model: StandardModel, lines: string[], line: number, character: number): CompletionItem[] {
  const at = valueKeyAt(lines, line, character);
  if (!at) return [];
  const sorts = sortsForKey(at.key);
  if (sorts.length === 0) return [];
  const kind = kindAt(model, enclosingKeys(lines, line));
  return namesOf(model, sorts, kind)
    .filter((n) => n.id.startsWith(at.typed))
    .map((n) => ({
      label: n.id,
      kind: ITEM_KIND[n.sort],
      detail: [label(n.title), n.sort].filter(Boolean).join(" — "),
    }));
}
