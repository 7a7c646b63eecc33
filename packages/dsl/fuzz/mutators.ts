/**
 * How the fuzzer changes an input. Each mutator takes text and returns new text; the YAML-aware
 * ones parse the document and rewrite one node in place, so the rest keeps its layout (and its
 * positions, which the position invariant checks).
 */
import { isMap, isPair, isScalar, type Node, parseDocument, visit } from "yaml";
import type { FuzzCase } from "./corpus.js";
import type { Random } from "./random.js";

export type Mutator = (rng: Random, text: string, words: readonly string[]) => string;

// ── bytes and characters ────────────────────────────────────────────────────────────────────────

/** Characters YAML gives meaning to, and a few that only look like them. */
const SPECIAL = [
  ":",
  "-",
  "[",
  "]",
  "{",
  "}",
  ",",
  "#",
  "&",
  "*",
  "!",
  "|",
  ">",
  "'",
  '"',
  "%",
  "@",
  "`",
  "?",
  "\n",
  "\r\n",
  "\r",
  "\t",
  " ",
  "  ",
  "\\",
  "~",
  "<<",
  "..",
  "\u00a0",
  "\ufeff",
  "\u2028",
  "：",
  "，",
  "至",
  "标",
  "\ud83d\ude00",
  "\u0000",
  "\u0085",
];

export const flipCharacters: Mutator = (rng, text) => {
  if (text.length === 0) return rng.pick(SPECIAL);
  const chars = [...text];
  for (let n = rng.between(1, 4); n > 0; n--) {
    const i = rng.int(chars.length + 1);
    const roll = rng.int(4);
    if (roll === 0)
      chars.splice(i, 1); // delete
    else if (roll === 1)
      chars.splice(i, 0, rng.pick(SPECIAL)); // insert
    else if (roll === 2)
      chars.splice(i, 1, rng.pick(SPECIAL)); // replace
    else {
      const code = (chars[i] ?? "a").codePointAt(0)! ^ (1 << rng.int(7)); // flip a low bit
      chars.splice(i, 1, String.fromCodePoint(code));
    }
  }
  return chars.join("");
};

/** Raw byte flips, on the UTF-8 encoding: may leave invalid UTF-8 (a case for `invalid-utf8`). */
export function flipBytes(rng: Random, bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes);
  if (out.length === 0) return Uint8Array.of(rng.int(256));
  for (let n = rng.between(1, 3); n > 0; n--) {
    const i = rng.int(out.length);
    out[i] = rng.chance(0.5) ? out[i]! ^ (1 << rng.int(8)) : rng.pick([0x00, 0x80, 0xc3, 0xe6, 0xff, 0xef, 0x0a]);
  }
  return out;
}

// ── lines ───────────────────────────────────────────────────────────────────────────────────────

export const editLines: Mutator = (rng, text, words) => {
  const lines = text.split("\n");
  const i = rng.int(lines.length);
  const j = rng.int(lines.length);
  switch (rng.int(8)) {
    case 0:
      lines.splice(i, rng.between(1, 3));
      break;
    case 1:
      lines.splice(i, 0, lines[j]!);
      break;
    case 2:
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      break;
    case 3:
      lines[i] = " ".repeat(rng.between(1, 4)) + lines[i];
      break;
    case 4:
      lines[i] = lines[i]!.replace(/^ {1,2}/, "");
      break;
    case 5:
      return text.slice(0, rng.int(text.length + 1)); // truncated mid-file
    case 6:
      lines.splice(i, 0, `${" ".repeat(rng.int(3) * 2)}${rng.pick(words)}: ${rng.pick(words)}`);
      break;
    default:
      lines[i] = `${lines[i]} ${rng.pick(["# note", "#", ":", "- x", "{", "]", "'", "&a", "*a", "!!str"])}`;
  }
  return lines.join("\n");
};

// ── YAML-aware: one node's text replaced ────────────────────────────────────────────────────────

/** Names that reach `Object.prototype` when looked up on a plain object. */
export const PROTOTYPE_NAMES = [
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "__proto__",
  "__defineGetter__",
  "propertyIsEnumerable",
  "toLocaleString",
];

/** Values of other types, written so they fit in flow and block context alike. */
const SWAPS = [
  "null",
  "~",
  '""',
  "''",
  "0",
  "-1",
  "1.5",
  "1e309",
  ".inf",
  ".nan",
  "true",
  "false",
  "[]",
  "{}",
  "[a, b]",
  "{ a: 1 }",
  "[[]]",
  "[{}]",
  "{ mon, fri: 09:00-17:00 }",
  "[null]",
  "24x7",
  "closed",
  "2026-10-02",
  "[]",
  '"constructor"',
  "x",
  "&anchor x",
  "*nowhere",
  "!!str 1",
  "!!binary aGk=",
  "!custom x",
  "0x1F",
  "0o17",
  "12:00",
  "2026-10-01..2026-10-07",
  "1999-01-01..2099-12-31",
  "<<",
  '"\\u0000"',
  "'a\n  b'",
];

function longText(rng: Random): string {
  const unit = rng.pick(["a", "x-", "标", "1", "m", "ab-"]);
  return unit.repeat(rng.pick([50, 300, 2_000]));
}

interface Located {
  node: Node;
  isKey: boolean;
}

/** The nodes of the last few texts parsed: most first mutations are of an unchanged corpus text. */
/** Well above the corpus's small cases (about 370), so their parses stay while mutated texts pass through. */
const NODE_CACHE_SIZE = 2_048;
const nodeCache = new Map<string, Located[]>();

function nodesOf(text: string): Located[] {
  const cached = nodeCache.get(text);
  if (cached) {
    // Least recently used goes first: the corpus's own texts recur, a mutated text rarely does.
    nodeCache.delete(text);
    nodeCache.set(text, cached);
    return cached;
  }
  const doc = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  const nodes: Located[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range) nodes.push({ node: pair.key, isKey: true });
    },
    Node(_, node) {
      if (node.range) nodes.push({ node, isKey: false });
    },
  });
  const found = nodes.filter(({ node }) => node.range![1] > node.range![0]);
  if (nodeCache.size >= NODE_CACHE_SIZE) nodeCache.delete(nodeCache.keys().next().value!);
  nodeCache.set(text, found);
  return found;
}

function replaceNode(text: string, node: Node, replacement: string): string {
  const [start, end] = node.range!;
  return text.slice(0, start) + replacement + text.slice(end);
}

/** Replaces one value (or key) with a value of another type, a prototype name, or a word from elsewhere. */
export const swapTypes: Mutator = (rng, text, words) => {
  const nodes = nodesOf(text);
  if (nodes.length === 0) return text;
  const { node, isKey } = rng.pick(nodes);
  if (isKey) {
    const key = String((node as { value?: unknown }).value);
    const replacement = rng.weighted<() => string>([
      [3, () => rng.pick(PROTOTYPE_NAMES)],
      [3, () => rng.pick(words)],
      [2, () => key.slice(0, -1) || "k"], // a typo: a character short
      [1, () => `${key}${key}`],
      [1, () => `x-${key}`],
      [1, () => longText(rng)],
      [1, () => rng.pick(["mon", "mon-fri", "fri-mon", "daily", "2026-10-02", "2026-02-30", "sat,sun,sat"])],
    ])();
    return replaceNode(text, node, replacement);
  }
  const replacement = rng.weighted<() => string>([
    [4, () => rng.pick(SWAPS)],
    [4, () => rng.pick(PROTOTYPE_NAMES)],
    [3, () => rng.pick(words)],
    [3, () => timeExpression(rng)],
    [1, () => longText(rng)],
    [
      1,
      () => `[${Array.from({ length: rng.between(2, 6) }, () => rng.pick(PROTOTYPE_NAMES.concat(words))).join(", ")}]`,
    ],
  ])();
  return replaceNode(text, node, replacement);
};

/** Replaces a scalar whose key looks like a time with a generated time expression. */
export const swapTimes: Mutator = (rng, text) => {
  const nodes = nodesOf(text);
  const scalars = nodes.filter(({ node, isKey }) => !isKey && isScalar(node));
  if (scalars.length === 0) return text;
  return replaceNode(text, rng.pick(scalars).node, timeExpression(rng));
};

/** Duplicates one map entry under a sibling's name, or moves a list item: references to siblings. */
export const crossReference: Mutator = (rng, text) => {
  const nodes = nodesOf(text);
  const maps = nodes.filter(({ node }) => isMap(node) && node.items.length > 1).map(({ node }) => node);
  const scalars = nodes.filter(({ node, isKey }) => !isKey && isScalar(node)).map(({ node }) => node);
  if (maps.length === 0 || scalars.length === 0) return text;
  const map = rng.pick(maps);
  if (!isMap(map)) return text;
  // Point a scalar somewhere in the document at a sibling id (a state, a role, a clock …).
  const ids = map.items.flatMap((p) => (isPair(p) && isScalar(p.key) ? [String(p.key.value)] : []));
  if (ids.length === 0) return text;
  return replaceNode(text, rng.pick(scalars), rng.pick(ids));
};

// ── time expressions ────────────────────────────────────────────────────────────────────────────

const NUMBERS = [
  "0",
  "1",
  "2",
  "15",
  "30",
  "2.5",
  "0.5",
  "1e3",
  "-1",
  "99999999999",
  "1.",
  ".5",
  "一",
  "十五",
  "两",
  "１５",
  "00",
  "007",
];
const UNITS = [
  "m",
  "min",
  "mins",
  "minute",
  "minutes",
  "h",
  "hr",
  "hours",
  "d",
  "day",
  "days",
  "w",
  "weeks",
  "month",
  "months",
  "y",
  "years",
  "s",
  "workday",
  "workdays",
  "working days",
  "business hours",
  "business days",
  "分钟",
  "小时",
  "天",
  "个工作日",
  "工作日",
  "工作小时",
  "周",
  "个月",
  "年",
  "秒",
  "",
  "x",
  "mm",
];
const PHRASES = [
  "end of day",
  "end of next workday",
  "end of workday",
  "next day",
  "eod",
  "cob",
  "当天",
  "次日",
  "today",
  "tomorrow",
  "by 18:00",
  "by 24:00",
  "by 25:00",
  "next workday 09:00",
  "end of the next business day",
];
const CLOCKS = [
  "00:00",
  "08:30",
  "7:00",
  "12:00",
  "17:30",
  "23:59",
  "24:00",
  "24:01",
  "25:61",
  "0700",
  "9",
  "12:5",
  "-1:00",
];
const DATES = [
  "2026-10-01",
  "2026-02-29",
  "2028-02-29",
  "2026-13-01",
  "2026-10-32",
  "0000-01-01",
  "9999-12-31",
  "1970-01-01",
];

/** A time expression from the language's grammar (durations, deadlines, windows, percents, triggers, dates), often a little wrong. */
export function timeExpression(rng: Random): string {
  const number = () => rng.pick(NUMBERS);
  const duration = () => `${number()}${rng.pick(["", " ", "  "])}${rng.pick(UNITS)}`;
  const clock = () => rng.pick(CLOCKS);
  const date = () => rng.pick(DATES);
  return rng.weighted<() => string>([
    [4, duration],
    [1, () => `${duration()} ${duration()}`],
    [2, () => rng.pick(PHRASES)],
    [1, () => `P${rng.pick(["", "1Y", "2M", "T"])}${rng.pick(["T15M", "1D", "T1H30M", "T", "W2", "T0S", "1DT2H"])}`],
    [3, () => `${clock()}${rng.pick(["-", "至", "~", "–", " - ", "到"])}${clock()}`],
    [1, () => `[${clock()}-${clock()}, ${clock()}-${clock()}]`],
    [2, () => `${number()}${rng.pick(["%", " %", "", "％"])}`],
    [
      2,
      () =>
        `${rng.pick(["breach", "warning", "warn", "start", "违约"])}${rng.pick(["", " + ", "+", " - "])}${duration()}`,
    ],
    [2, () => `${date()}${rng.chance(0.5) ? `..${date()}` : ""}`],
    [
      1,
      () =>
        rng.pick(["mon", "mon-fri", "fri-mon", "sat,sun", "daily", "weekdays", "weekends", "mon,mon", "mon-", "xyz"]),
    ],
    [
      1,
      () =>
        `FREQ=${rng.pick(["WEEKLY", "DAILY", "MONTHLY", "X"])};${rng.pick(["BYDAY=MO", "INTERVAL=0", "COUNT=1", "BYHOUR=25"])}`,
    ],
  ])();
}

// ── extends chains ──────────────────────────────────────────────────────────────────────────────

/** Sets (or adds) the `standard:` and `extends:` lines of a file's text. */
function withHeader(text: string, id: string, parent: string | undefined): string {
  let out = /^standard:.*$/m.test(text)
    ? text.replace(/^standard:.*$/m, `standard: ${id}`)
    : `standard: ${id}\n${text}`;
  out = out.replace(/^extends:.*\n?/m, "");
  return parent === undefined ? out : out.replace(/^standard:.*$/m, (line) => `${line}\nextends: ${parent}`);
}

/**
 * Chains two to four inputs by `extends`, ancestor last; sometimes the chain goes round in a
 * circle, names a missing parent, names a prototype name, or a child removes keys with `null`.
 */
export function chainCases(rng: Random, cases: readonly FuzzCase[]): FuzzCase {
  const length = rng.between(2, 4);
  const texts = Array.from({ length }, () => {
    const c = rng.pick(cases);
    const text = c.files[c.root]!;
    return typeof text === "string" ? text : new TextDecoder().decode(text);
  });
  const ids = texts.map((_, i) => (i === 0 ? "fz/child" : `fz/parent-${i}`));
  const files: Record<string, string> = {};
  texts.forEach((text, i) => {
    let parent = ids[i + 1];
    if (i === length - 1 && rng.chance(0.15)) parent = rng.pick([ids[0]!, "fz/missing", "constructor", "toString"]);
    let out = withHeader(text, ids[i]!, parent);
    if (i < length - 1 && rng.chance(0.3))
      out += `\n${rng.pick(["tickets", "calendars", "roles", "duties", "toString", "constructor", "holidaySets", "audits"])}: null\n`;
    files[i === 0 ? "input.yaml" : `parent-${i}.yaml`] = out;
  });
  return { name: "chain", root: "input.yaml", files };
}
