/**
 * Where the cursor is in a block-style YAML document, by indentation (the way a person reads it,
 * and robust on the half-typed line a completion is asked for): the keys from the root down to
 * the mapping being written, and whether a key or a value is being typed.
 */
export interface CursorPlace {
  /** Keys from the root, `[]` for a list item: `["tickets", "repair", "clocks", "arrival"]`. */
  path: string[];
  /** A key is being typed (`  sta|`), or the value of `key` (`  calendar: of|`). */
  typing: { kind: "key" } | { kind: "value"; key: string };
  /** The start of the word being typed (a document offset). */
  from: number;
}

const KEY_LINE = /^(\s*)((?:- +)*)([^\s#:"'{}[\],-][^:#{}[\],]*?|"[^"]*"|'[^']*')\s*:(?:\s|$)/;

const unquote = (key: string) => key.replace(/^(["'])(.*)\1$/, "$2").trim();

export function cursorPlace(text: string, pos: number): CursorPlace | undefined {
  const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  const before = text.slice(lineStart, pos);
  if (before.includes("#")) return undefined;
  let typing: CursorPlace["typing"];
  let from: number;
  let indent: number;
  const value = /^(\s*)((?:- +)*)([^\s:#][^:#]*?)\s*:\s+([^\s{}[\],]*)$/.exec(before);
  const key = /^(\s*)((?:- +)*)([\w.-]*)$/.exec(before);
  if (value !== null) {
    typing = { kind: "value", key: unquote(value[3]!) };
    from = pos - value[4]!.length;
    indent = value[1]!.length + value[2]!.length;
  } else if (key !== null) {
    typing = { kind: "key" };
    from = pos - key[3]!.length;
    indent = key[1]!.length + key[2]!.length;
  } else return undefined;
  const path: string[] = [];
  // A `- ` on the cursor's own line: the item is a mapping inside a list.
  if (key?.[2] || value?.[2]) path.unshift("[]");
  const lines = text.slice(0, lineStart).split("\n");
  for (let i = lines.length - 1; i >= 0 && indent > 0; i--) {
    const line = lines[i]!;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const m = KEY_LINE.exec(line);
    const own = line.length - line.trimStart().length;
    if (m === null) {
      // A list item without a key on its line (`- { ... }` or `- value`): the list's level.
      if (own < indent && line.trimStart().startsWith("-")) {
        path.unshift("[]");
        indent = own;
      }
      continue;
    }
    const keyAt = m[1]!.length + m[2]!.length;
    if (keyAt < indent) {
      path.unshift(unquote(m[3]!));
      if (m[2]) path.unshift("[]");
      indent = m[2] ? m[1]!.length : keyAt;
    }
  }
  return { path, typing, from };
}

/** What the pointer is on, for hover docs: a key (with the keys above it), or a word of its value. */
export interface HoverPlace {
  path: string[];
  key: string;
  /** The word of the value under the pointer (`office` in `calendar: office`). */
  value?: string;
  /** The hovered word's range (document offsets). */
  from: number;
  to: number;
}

export function hoverPlace(text: string, pos: number): HoverPlace | undefined {
  const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  const lineEnd = text.indexOf("\n", pos) === -1 ? text.length : text.indexOf("\n", pos);
  const line = text.slice(lineStart, lineEnd);
  const m = KEY_LINE.exec(line);
  if (m === null) return undefined;
  const keyFrom = lineStart + m[1]!.length + m[2]!.length;
  const rawKey = m[3]!;
  const keyTo = keyFrom + rawKey.length;
  const place = cursorPlace(text, keyFrom);
  if (place === undefined) return undefined;
  const key = unquote(rawKey);
  if (pos >= keyFrom && pos <= keyTo) return { path: place.path, key, from: keyFrom, to: keyTo };
  // On the value: the word under the pointer, if any (not in a comment).
  const rest = line.slice(m[0].length);
  const at = pos - lineStart - m[0].length;
  if (at < 0 || rest.slice(0, at).includes("#")) return undefined;
  const word = /[\w.-]+/g;
  for (let w = word.exec(rest); w !== null; w = word.exec(rest))
    if (at >= w.index && at <= w.index + w[0].length) {
      const from = lineStart + m[0].length + w.index;
      return { path: place.path, key, value: w[0], from, to: from + w[0].length };
    }
  return undefined;
}
