/**
 * Completion from the standard's JSON Schema (the one editors get, with bilingual descriptions):
 * the keys the schema allows where the cursor is, the words it allows as a value, and the
 * standard's own names (calendars, roles, holiday sets) a schema cannot know.
 */
import { editorSchema, type StandardModel } from "@yardstick/dsl";
import type { PageLang } from "../words.js";
import type { CompletionItem, HoverDoc } from "./protocol.js";

type Node = {
  $ref?: string;
  properties?: Record<string, Node>;
  patternProperties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
  enum?: unknown[];
  title?: string;
  markdownDescription?: string;
  description?: string;
  definitions?: Record<string, Node>;
};

let schema: Node | undefined;

function deref(root: Node, node: Node): Node {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace("#/definitions/", "");
  return root.definitions?.[name] ?? node;
}

/** A node and its branches (anyOf/oneOf/allOf), each dereferenced. */
function variants(root: Node, node: Node): Node[] {
  const n = deref(root, node);
  const branches = [...(n.anyOf ?? []), ...(n.oneOf ?? []), ...(n.allOf ?? [])];
  return [n, ...branches.flatMap((b) => variants(root, b))];
}

function step(root: Node, nodes: Node[], key: string): Node[] {
  const next: Node[] = [];
  for (const n of nodes.flatMap((x) => variants(root, x))) {
    if (key === "[]") {
      if (n.items !== undefined) next.push(n.items);
    } else if (n.properties?.[key] !== undefined) next.push(n.properties[key]!);
    else for (const p of Object.values(n.patternProperties ?? {})) next.push(p);
  }
  return next;
}

/** The description in one language: editorSchema writes English, a blank line, then Chinese. */
function describe(node: Node, lang: PageLang): string | undefined {
  const text = node.markdownDescription ?? node.description;
  if (text === undefined) return undefined;
  const parts = text.split("\n\n");
  return lang === "zh" && parts.length > 1 ? parts[parts.length - 1] : parts[0];
}

const NAMES: Record<string, (m: StandardModel) => string[]> = {
  calendar: (m) => Object.keys(m.calendars),
  role: (m) => Object.keys(m.roles),
  notify: (m) => Object.keys(m.roles),
  reportsTo: (m) => Object.keys(m.roles),
  holidays: (m) => Object.keys(m.holidaySets),
  escalation: (m) => Object.keys(m.escalations),
  ticket: (m) => Object.keys(m.tickets),
  duty: (m) => Object.keys(m.duties),
  extends: () => [],
};

export function completeAt(
  path: string[],
  typing: { kind: "key" } | { kind: "value"; key: string },
  community: boolean,
  lang: PageLang,
  model: StandardModel | undefined,
  shippedIds: () => Iterable<string>,
): CompletionItem[] {
  schema ??= editorSchema() as Node;
  const root = schema;
  let nodes: Node[] = [root.definitions![community ? "community" : "standard"]!];
  for (const key of path) nodes = step(root, nodes, key);
  if (typing.kind === "key") {
    const seen = new Map<string, CompletionItem>();
    for (const n of nodes.flatMap((x) => variants(root, x)))
      for (const [key, child] of Object.entries(n.properties ?? {})) {
        if (seen.has(key)) continue;
        const c = deref(root, child);
        const info = describe(c, lang);
        seen.set(key, {
          label: key,
          type: "property",
          ...(c.title !== undefined ? { detail: c.title } : {}),
          ...(info !== undefined ? { info } : {}),
        });
      }
    return [...seen.values()];
  }
  const items: CompletionItem[] = [];
  const words = new Set<string>();
  for (const n of step(root, nodes, typing.key).flatMap((x) => variants(root, x)))
    for (const v of n.enum ?? []) if (typeof v === "string") words.add(v);
  for (const w of words) items.push({ label: w, type: "enum" });
  if (typing.key === "extends") for (const id of shippedIds()) items.push({ label: id, type: "variable" });
  const names = NAMES[typing.key];
  if (names !== undefined && model !== undefined)
    for (const name of names(model)) if (!words.has(name)) items.push({ label: name, type: "variable" });
  return items;
}

/** The sort of name a key's value is, for the value's own title on hover. */
const NAMED: Record<string, (m: StandardModel) => Record<string, { title?: { zh?: string; en?: string } }>> = {
  calendar: (m) => m.calendars,
  role: (m) => m.roles,
  notify: (m) => m.roles,
  reportsTo: (m) => m.roles,
  escalation: (m) => m.escalations,
  ticket: (m) => m.tickets,
  duty: (m) => m.duties,
};

/**
 * Hover docs for `key` inside `path` (as the editor reads the place): the schema's title and its
 * description in the page's language, the words an enum allows, and, on a value that names one of
 * the standard's own calendars, roles…, that name's titles in Chinese and English.
 */
export function hoverAt(
  path: string[],
  key: string,
  value: string | undefined,
  community: boolean,
  lang: PageLang,
  model: StandardModel | undefined,
): HoverDoc | undefined {
  schema ??= editorSchema() as Node;
  const root = schema;
  let nodes: Node[] = [root.definitions![community ? "community" : "standard"]!];
  for (const k of path) nodes = step(root, nodes, k);
  const found = step(root, nodes, key).flatMap((x) => variants(root, x));
  const described = found.find((n) => describe(n, lang) !== undefined);
  const title = found.find((n) => n.title !== undefined)?.title;
  const words = [...new Set(found.flatMap((n) => n.enum ?? []).filter((v): v is string => typeof v === "string"))];
  const named = value !== undefined && model !== undefined ? NAMED[key]?.(model)[value] : undefined;
  const namedTitle = named?.title && [named.title.zh, named.title.en].filter(Boolean).join(" · ");
  if (described === undefined && title === undefined && !namedTitle) return undefined;
  return {
    key,
    ...(title !== undefined ? { title } : {}),
    ...(described !== undefined ? { text: describe(described, lang)! } : {}),
    ...(words.length > 0 ? { words } : {}),
    ...(value !== undefined && namedTitle ? { value, valueTitle: namedTitle } : {}),
  };
}
