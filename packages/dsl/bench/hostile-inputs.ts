/**
 * Inputs an attacker (or a broken export) could hand the loader. Each must be refused — or, for
 * the ones at the edge of the limits, loaded — quickly, without a hang or a crash.
 */
import { DEFAULT_MAX_BYTES, DEFAULT_PARSE_LIMITS } from "@yardstick/dsl";

/** The size limit, as the rows name it: the inputs at the limit are built just under it. */
const LIMIT = `${Math.round(DEFAULT_MAX_BYTES / 1024)} KB`;

export interface HostileCase {
  name: string;
  build(): string | Uint8Array;
  /** Whether the loader should refuse it (an error diagnostic and no model). */
  refuse: boolean;
}

/** A line of a block scalar, Chinese included (so bytes and UTF-16 units differ). */
const FILLER = "  lorem ipsum 物业服务标准 dolor sit amet\n";

const HEAD = ["standard: hostile", "version: 1", "title: { en: Hostile }", "timezone: Asia/Shanghai", ""].join("\n");

/** Deterministic bytes, so every run measures the same garbage. */
function randomBytes(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** `head` then lines from `line(i)` until one more would pass `limit` bytes (ASCII lines). */
function fill(head: string, limit: number, line: (i: number) => string): string {
  const parts = [head];
  let size = head.length;
  for (let i = 0; ; i++) {
    const next = line(i);
    if (size + next.length > limit) break;
    parts.push(next);
    size += next.length;
  }
  return parts.join("");
}

/** `count` lines from `line(i)` under a section key. */
function section(key: string, count: number, line: (i: number) => string): string {
  return `${key}:\n${Array.from({ length: count }, (_, i) => line(i)).join("")}`;
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: "alias bomb (billion laughs, 9 levels)",
    refuse: true,
    build: () => {
      const lines = [HEAD, `x-a: &a [${Array(10).fill('"lol"').join(", ")}]`];
      const names = "abcdefghi";
      for (let i = 1; i < names.length; i++)
        lines.push(
          `x-${names[i]}: &${names[i]} [${Array(10)
            .fill(`*${names[i - 1]}`)
            .join(", ")}]`,
        );
      return lines.join("\n") + "\n";
    },
  },
  {
    name: "flow nesting 10,000 deep [[[…]]]",
    refuse: true,
    build: () => `${HEAD}x-deep: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
  },
  {
    name: "block nesting 10,000 deep (- - - …)",
    refuse: true,
    build: () => `${HEAD}x-deep:\n  ${"- ".repeat(10_000)}x\n`,
  },
  {
    name: "20 MB file as a string",
    refuse: true,
    build: () => HEAD + "x-pad: |\n" + FILLER.repeat(Math.ceil((20 * 1024 * 1024) / FILLER.length)),
  },
  {
    name: "20 MB file as a Uint8Array",
    refuse: true,
    build: () =>
      new TextEncoder().encode(
        HEAD + "x-pad: |\n" + FILLER.repeat(Math.ceil((20 * 1024 * 1024) / new TextEncoder().encode(FILLER).length)),
      ),
  },
  {
    name: "__proto__ / constructor / prototype keys",
    refuse: true,
    build: () =>
      [
        HEAD,
        "__proto__: { polluted: true }",
        "roles:",
        "  constructor: { title: { en: Constructor } }",
        "  manager:",
        "    title: { en: Manager }",
        "    __proto__: { isAdmin: true }",
        "  prototype: { title: { en: Prototype } }",
        "x-merge:",
        "  <<: { __proto__: { viaMerge: true } }",
        "",
      ].join("\n"),
  },
  {
    name: "invalid UTF-8 (GBK-encoded Chinese)",
    refuse: true,
    build: () => {
      const before = new TextEncoder().encode(`${HEAD}description: { zh: "`);
      const gbk = [0xb1, 0xa8, 0xd0, 0xde, 0xb7, 0xfe, 0xce, 0xf1]; // 报修服务 in GBK
      const after = new TextEncoder().encode(`" }\n`);
      return new Uint8Array([...before, ...gbk, ...after]);
    },
  },
  {
    name: `${LIMIT} random binary garbage (bytes)`,
    refuse: true,
    build: () => randomBytes(DEFAULT_MAX_BYTES - 1, 0x5eed),
  },
  {
    name: `${LIMIT} random garbage as text (no NUL)`,
    refuse: true,
    build: () => {
      const bytes = randomBytes(DEFAULT_MAX_BYTES - 1, 0xbad);
      let text = "";
      for (let i = 0; i < bytes.length; i += 8192)
        text += String.fromCharCode(
          ...bytes.subarray(i, i + 8192).map((b) => (b === 0 ? 10 : b < 0x80 ? b : 32 + (b % 95))),
        );
      return text;
    },
  },
  {
    name: `${LIMIT}, one map of distinct keys (accepted)`,
    refuse: false,
    build: () =>
      fill(`${HEAD}x-pad:\n`, DEFAULT_MAX_BYTES - 16, (i) => `  k${String(i).padStart(6, "0")}: ${i % 10}\n`),
  },
  {
    name: `${LIMIT}, one key repeated (duplicate keys)`,
    refuse: true,
    build: () => fill(`${HEAD}x-pad:\n`, DEFAULT_MAX_BYTES - 16, () => "  k: 0\n"),
  },
  {
    name: `${(DEFAULT_PARSE_LIMITS.maxNodes - 100).toLocaleString("en")} values, just under maxNodes (accepted)`,
    refuse: false,
    build: () =>
      `${HEAD}x-pad: [${Array(DEFAULT_PARSE_LIMITS.maxNodes - 100)
        .fill("0")
        .join(",")}]\n`,
  },
  // Costs the fuzzer found growing faster than the input (issue 6): each must stay near-linear.
  {
    name: "5,000 calendars, each with a bad day selector (schema errors reduced)",
    refuse: true,
    build: () => HEAD + section("calendars", 5_000, (i) => `  c${i}: { hours: { monday: 09:00-17:00 } }\n`),
  },
  {
    name: "a 47,000-character time zone (did-you-mean)",
    refuse: true,
    build: () => HEAD.replace("Asia/Shanghai", `Asia/${"x".repeat(47_000)}`),
  },
  {
    name: "3,000 year-long closures in one calendar (date lists bounded)",
    refuse: true,
    build: () =>
      `${HEAD}calendars:\n  office:\n    hours: { mon-fri: 09:00-17:00 }\n` +
      section("    closed", 3_000, (i) => `      - ${2000 + (i % 150)}-01-01..${2000 + (i % 150)}-12-31\n`),
  },
  {
    name: "a 62 KB holiday set of year-long workday ranges (date lists bounded)",
    refuse: true,
    build: () =>
      `${HEAD}holidaySets:\n  big:\n    years: [2026]\n    holidays: [2026-01-01]\n` +
      section("    workdays", 2_000, (i) => `      - ${1900 + (i % 300)}-01-01..${1900 + (i % 300)}-12-30\n`),
  },
  {
    name: "a 400,000-character wrong value (quoted in part)",
    refuse: true,
    build: () => `${HEAD}roles:\n  technician: { title: { en: Technician }, reportsTo: ${"x".repeat(400_000)} }\n`,
  },
  {
    name: "`constructor` as every reference (own entries only)",
    refuse: true,
    build: () =>
      [
        HEAD,
        "calendars: { office: { hours: { mon-fri: 09:00-17:00 }, holidays: constructor } }",
        "roles: { technician: { title: { en: T }, reportsTo: constructor } }",
        "tickets:",
        "  repair:",
        "    title: { en: Repair }",
        "    initial: constructor",
        "    states: { reported: { on: { go: constructor } }, closed: { final: true } }",
        "    clocks:",
        "      response: { title: { en: R }, start: constructor, stop: { event: constructor }, target: 1h,",
        "                  escalate: { chain: constructor, every: 30m } }",
        "tests: { t: { ticket: constructor, expect: [{ state: closed }] } }",
        "",
      ].join("\n"),
  },
  {
    name: `${(DEFAULT_PARSE_LIMITS.maxNodes + 100).toLocaleString("en")} values, just over maxNodes`,
    refuse: true,
    build: () =>
      `${HEAD}x-pad: [${Array(DEFAULT_PARSE_LIMITS.maxNodes + 100)
        .fill("0")
        .join(",")}]\n`,
  },
];
