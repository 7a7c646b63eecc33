/**
 * Where the cursor is in a block-style YAML document, read from indentation alone: the document
 * may not parse while it is being typed, and standards are written in block style.
 */

const KEY_LINE = /^(\s*)(?:-\s+)?([A-Za-z0-9_*][\w.*-]*|"[^"]*"|'[^']*')\s*:(?:\s|$)/;

const unquote = (key: string) => key.replace(/^["']|["']$/g, "");

/** The keys enclosing line `line` (0-based), outermost first, not counting that line's own key. */
export function enclosingKeys(lines: string[], line: number): string[] {
  const keys: string[] = [];
  let indent = indentOf(lines[line] ?? "");
  for (let i = line - 1; i >= 0 && indent > 0; i--) {
    const text = lines[i] ?? "";
    if (!text.trim() || text.trim().startsWith("#")) continue;
    const match = KEY_LINE.exec(text);
    const own = indentOf(text);
    if (match && own < indent) {
      keys.unshift(unquote(match[2] ?? ""));
      indent = own;
    } else if (own < indent) indent = own;
  }
  return keys;
}

/** The key a line declares (`  arrival:` → `arrival`), with where it starts. */
export function lineKey(text: string): { key: string; start: number } | undefined {
  const match = KEY_LINE.exec(text);
  if (!match) return undefined;
  const start = text.indexOf(match[2] ?? "", (match[1] ?? "").length);
  return { key: unquote(match[2] ?? ""), start };
}

/**
 * The key whose value is being typed at `character`, and the word typed so far:
 * `calendar: of|` → calendar, `notify: [foreman, su|` → notify, `{ start: rep|` → start.
 * A list item (`- su|`) takes the key of the list it is in.
 */
export function valueKeyAt(
  lines: string[],
  line: number,
  character: number,
): { key: string; typed: string } | undefined {
  const prefix = (lines[line] ?? "").slice(0, character);
  const inline = /([A-Za-z_][\w-]*)\s*:\s*(?:\[(?:[^\]]*,)?\s*)?([^\s,[\]{}:#"']*)$/.exec(prefix);
  if (inline) return { key: inline[1] ?? "", typed: inline[2] ?? "" };
  const item = /^(\s*)-\s+([^\s,[\]{}:#"']*)$/.exec(prefix);
  if (item) {
    const parents = enclosingKeys(lines, line);
    const key = parents[parents.length - 1];
    if (key) return { key, typed: item[2] ?? "" };
  }
  return undefined;
}

/** The id-like word under `character` (letters, digits, `-`, `_`, `.`), with its span. */
export function wordAt(text: string, character: number): { word: string; start: number; end: number } | undefined {
  const isWord = (c: string | undefined) => c !== undefined && /[\w.-]/.test(c);
  let start = character;
  let end = character;
  while (start > 0 && isWord(text[start - 1])) start--;
  while (isWord(text[end])) end++;
  if (start === end) return undefined;
  return { word: text.slice(start, end), start, end };
}

function indentOf(text: string): number {
  return /^\s*/.exec(text)?.[0].length ?? 0;
}
