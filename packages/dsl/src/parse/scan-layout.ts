/**
 * Layout mistakes people make when they type YAML by hand, found in the source text before the
 * YAML parser's own errors, which for these point at the wrong line (an over-indented key is
 * blamed on the line above), cascade (a misplaced `-` gives four errors, one blaming a bracket)
 * or repeat (a file indented with tabs gives an error a line). Each mistake is one problem on the
 * line that has it. `parseYaml` reports them instead of the parser's errors when the parser
 * fails, so a file YAML reads is never second-guessed.
 */

/** One layout mistake: the registry's variant of `yaml-syntax`, its parameters and where it is. */
export interface LayoutProblem {
  variant: "fullWidthColon" | "fullWidthSpace" | "noSpaceAfterColon" | "overIndented" | "listItem" | "tabs";
  args: Record<string, string | number>;
  /** Offsets into the text. */
  span: [number, number];
}

interface Line {
  number: number;
  start: number;
  text: string;
}

/** What a content line opens or holds, as the next lines are judged against it. */
interface Entry {
  line: Line;
  /** Column (0-based) where the line's key or item content starts, after any `- `. */
  keyColumn: number;
  indent: number;
  /** `key:` or `key: value`, not a bare list item or scalar. */
  key?: string;
  dash: boolean;
  /** The line ends its key with `:` (a nested block follows) or a block scalar `|`/`>`. */
  opens: boolean;
}

const FULL_WIDTH_SPACE = "\u3000";
/** A key as people write them: ids, `mon-fri`, field paths, Chinese words. */
const KEY = String.raw`[A-Za-z0-9_$\u3400-\u9fff][\w\-.$/\u3400-\u9fff]*`;
const KEY_LINE = new RegExp(String.raw`^(${KEY})[ \t]*:(?:[ \t\u3000]|$)`, "u");
const FULL_WIDTH_COLON = new RegExp(String.raw`^(${KEY})[ \t]*：`, "u");
const NO_SPACE = new RegExp(String.raw`^([A-Za-z_][\w\-.]*):([^\s:/\\][^#]*?)\s*(?:#.*)?$`, "u");
const BLOCK_SCALAR = /(?:^|[\s:])[|>][-+0-9]*\s*(?:#.*)?$/;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const end = text.indexOf("\n", start);
    const raw = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, "");
    lines.push({ number, start, text: raw });
    if (end === -1) return lines;
    start = end + 1;
    number++;
  }
}

/** Brackets opened and not closed on the line, outside quotes and comments. */
function flowDepth(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]!))) break;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return depth;
}

export function scanLayout(text: string): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const tabbed: Line[] = [];
  const entries: Entry[] = [];
  /** Lines more indented than this belong to a block scalar and are text, not layout. */
  let scalarIndent: number | undefined;
  let depth = 0;

  for (const line of linesOf(text)) {
    const lead = /^[ \t\u3000]*/.exec(line.text)![0];
    const rest = line.text.slice(lead.length);
    if (rest === "" || rest.startsWith("#")) continue;
    const indent = lead.length;
    if (scalarIndent !== undefined) {
      if (indent > scalarIndent) continue;
      scalarIndent = undefined;
    }
    if (depth > 0) {
      depth = Math.max(0, depth + flowDepth(line.text));
      continue;
    }
    if (rest.startsWith("---") || rest.startsWith("...") || rest.startsWith("%")) continue;

    if (lead.includes("\t")) {
      tabbed.push(line);
      continue;
    }
    if (lead.includes(FULL_WIDTH_SPACE)) {
      const at = line.start + lead.indexOf(FULL_WIDTH_SPACE);
      problems.push({ variant: "fullWidthSpace", args: { line: line.number }, span: [at, at + 1] });
      continue;
    }

    const dashes = /^(?:-(?:[ \u3000]+|$))*/u.exec(rest)![0];
    const body = rest.slice(dashes.length);
    const keyColumn = indent + dashes.length;
    const previous = entries.at(-1);
    // Where a key may start: the first line, under a line that opens a block, or not deeper than
    // the line above (deeper would be the continuation of its value).
    const keyPlace = !previous || previous.opens || keyColumn <= previous.keyColumn;
    const entry: Entry = { line, keyColumn, indent, dash: dashes.length > 0, opens: false };

    if (dashes.includes(FULL_WIDTH_SPACE)) {
      const at = line.start + indent + dashes.indexOf(FULL_WIDTH_SPACE);
      problems.push({ variant: "fullWidthSpace", args: { line: line.number }, span: [at, at + 1] });
      continue;
    }
    const wide = FULL_WIDTH_COLON.exec(body);
    if (wide && keyPlace && !KEY_LINE.test(body)) {
      const at = line.start + keyColumn + body.indexOf("：");
      problems.push({ variant: "fullWidthColon", args: { line: line.number }, span: [at, at + 1] });
      continue;
    }
    const key = KEY_LINE.exec(body);
    if (key) {
      entry.key = key[1]!;
      const value = body.slice(key[0].length);
      if (value.startsWith(FULL_WIDTH_SPACE)) {
        const at = line.start + keyColumn + key[0].length;
        problems.push({ variant: "fullWidthSpace", args: { line: line.number }, span: [at, at + 1] });
        continue;
      }
      const trimmed = value.replace(/\s+#.*$/, "").trim();
      entry.opens = trimmed === "" || BLOCK_SCALAR.test(trimmed);
      if (BLOCK_SCALAR.test(trimmed)) scalarIndent = indent;
      depth = Math.max(0, flowDepth(value));
      if (previous?.key !== undefined && !previous.opens && keyColumn > previous.keyColumn && !entry.dash) {
        const at = line.start + keyColumn;
        problems.push({
          variant: "overIndented",
          args: {
            line: line.number,
            extra: keyColumn - previous.keyColumn,
            sibling: previous.key,
            key: entry.key,
            expected: previous.keyColumn,
          },
          span: [at, at + entry.key.length],
        });
        continue;
      }
    } else if (!entry.dash) {
      const bare = NO_SPACE.exec(body);
      if (bare && keyPlace && !/^\d/.test(body)) {
        const at = line.start + keyColumn + bare[1]!.length;
        problems.push({
          variant: "noSpaceAfterColon",
          args: { line: line.number, key: bare[1]!, value: bare[2]!.trim() },
          span: [at, at + 1],
        });
        continue;
      }
      depth = Math.max(0, flowDepth(body));
    } else {
      depth = Math.max(0, flowDepth(body));
    }

    if (entry.dash && previous && !previous.dash && previous.key !== undefined && !previous.opens) {
      if (indent === previous.indent) {
        const parent = [...entries].reverse().find((e) => e.keyColumn < indent && e.key !== undefined);
        const at = line.start + indent;
        problems.push({
          variant: "listItem",
          args: { line: line.number, parent: parent?.key ?? previous.key },
          span: [at, at + 1],
        });
        continue;
      }
    }
    entries.push(entry);
  }

  if (tabbed.length > 0) {
    const first = tabbed[0]!;
    const at = first.start + first.text.indexOf("\t");
    problems.push({
      variant: "tabs",
      args: { line: first.number, more: tabbed.length - 1 },
      span: [at, at + 1],
    });
  }
  return problems.sort((a, b) => a.span[0] - b.span[0]);
}
