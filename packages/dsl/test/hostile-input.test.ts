/**
 * Hostile input: each gives a diagnostic with a code, never a crash or a hang. Nothing here is
 * timed (timing belongs in benchmarks), but every load must finish within the test timeout.
 */
import { loadStandard } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { minimalStandard } from "./helpers/minimal-standard.js";

const header = minimalStandard();
const utf8 = (text: string) => new TextEncoder().encode(text);
const codes = (input: string | Uint8Array) => loadStandard(input).diagnostics.map((d) => d.code);

/** Deterministic bytes (a linear congruential generator), so a failure can be replayed. */
function garbage(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state >>> 23;
  });
}

describe("resource exhaustion", () => {
  test("an alias bomb (billion laughs) is cut off", () => {
    let text = `${header}x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
    for (const [name, previous] of [..."bcdefghi"].map((c, i) => [c, "abcdefgh"[i]!] as const)) {
      text += `x-${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]\n`;
    }
    const { standard, diagnostics } = loadStandard(text);
    expect(standard).toBeUndefined();
    expect(diagnostics).toMatchObject([
      { code: "document-too-large", severity: "error", message: "the document expands to more than 100,000 values" },
    ]);
  });

  test("a merge-key bomb is cut off, with no follow-on noise", () => {
    let text = `${header}x-0: &m0 { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }\n`;
    for (let i = 1; i <= 7; i++)
      text += `x-${i}: &m${i} { <<: [${Array(8)
        .fill(`*m${i - 1}`)
        .join(", ")}], k${i}: 1 }\n`;
    expect(codes(text)).toEqual(["document-too-large"]);
  });

  test("an alias inside its own anchor is nesting without end", () => {
    expect(codes(`${header}x-a: &a [1, *a]\n`)).toEqual(["nesting-too-deep"]);
    expect(codes(`${header}x-a: &a { self: *a }\n`)).toEqual(["nesting-too-deep"]);
  });

  test.each([
    ["flow lists", `x: ${"[".repeat(10_000)}${"]".repeat(10_000)}`],
    ["flow maps", `x: ${"{a: ".repeat(10_000)}1${"}".repeat(10_000)}`],
    ["block lists", `x:\n  ${"- ".repeat(10_000)}leaf`],
  ])("10,000-deep %s", (_, body) => {
    expect(codes(`${header}${body}\n`)).toEqual(["nesting-too-deep"]);
  });

  test("an unclosed 100,000-deep list gives a capped list of diagnostics", () => {
    const found = codes(`${header}x: ${"[".repeat(100_000)}\n`);
    expect(found[0]).toBe("nesting-too-deep");
    expect(found.length).toBeLessThanOrEqual(101);
  });

  test("a map with 30,000 keys loads (duplicate keys are checked in linear time)", () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `  k${i}: ${i}`).join("\n");
    const { standard, diagnostics } = loadStandard(`${header}x-wide:\n${keys}\n`);
    expect(diagnostics).toEqual([]);
    expect(standard?.id).toBe("test-site");
  });

  test.each([
    ["a string", `${header}x-big: "${"a".repeat(20 * 1024 * 1024)}"\n`],
    ["bytes", utf8(`${header}x-big: "${"a".repeat(20 * 1024 * 1024)}"\n`)],
  ])("a 20 MB file as %s is refused before parsing", (_, input) => {
    expect(loadStandard(input).diagnostics).toMatchObject([
      {
        code: "file-too-large",
        line: 1,
        column: 1,
        message: "the file is 20.0 MB; standards are limited to 512.0 KB",
        hint: expect.stringContaining("`maxBytes`"),
      },
    ]);
  });

  test("the size limit counts UTF-8 bytes, whether the file comes as text or bytes", () => {
    const text = `${header}x-note: "${"标".repeat(400_000)}"\n`; // 400,000 characters, 1.2 MB
    expect(codes(text)).toEqual(["file-too-large"]);
    expect(codes(utf8(text))).toEqual(["file-too-large"]);
  });
});

describe("keys that reach prototypes", () => {
  test("`__proto__`, `constructor` and `prototype` are refused wherever they are, and pollute nothing", () => {
    const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = [
      header.trimEnd(),
      "roles:",
      "  __proto__: { title: { en: Polluter } }",
      "  prototype: { title: { en: Prototype } }",
      'x-flow: { "__proto__": { polluted: true } }',
      "x-nested:",
      "  constructor: { prototype: { polluted: true } }",
      "x-merged:",
      "  <<: { __proto__: { polluted: true } }",
      "",
    ].join("\n");
    const { standard, diagnostics } = loadStandard(text);
    expect(standard).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ["forbidden-key", 6, 3],
      ["forbidden-key", 7, 3],
      ["forbidden-key", 8, 11],
      ["forbidden-key", 10, 3],
      ["forbidden-key", 12, 9],
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });

  test("near miss: the words as values, and as parts of longer keys, are fine", () => {
    const text = minimalStandard(`
      x-notes: { constructor_team: builders, proto: __proto__, prototype-site: constructor }
    `);
    expect(codes(text)).toEqual([]);
  });
});

describe("bytes that are not YAML text", () => {
  test("invalid UTF-8 is reported at its byte, with its line and column", () => {
    // `café` written in Latin-1: 0xE9 is not UTF-8. It is byte 37 (1-based) of the file.
    const before = utf8('standard: test-site\nversion: "1"\nx: caf');
    const bytes = new Uint8Array([...before, 0xe9, 0x0a]);
    expect(loadStandard(bytes).diagnostics).toMatchObject([
      { code: "invalid-utf8", line: 3, column: 7, message: `the file is not valid UTF-8 (byte ${before.length + 1})` },
    ]);
  });

  test("a GBK-encoded file gets a hint to convert it", () => {
    const bytes = new Uint8Array([...utf8("title: { zh: "), 0xb1, 0xea, 0xd7, 0xbc, ...utf8(" }\n")]); // 标准 in GBK
    expect(loadStandard(bytes).diagnostics).toMatchObject([
      {
        code: "invalid-utf8",
        line: 1,
        column: 14,
        message: "the file is not valid UTF-8 (byte 14)",
        hint: expect.stringContaining("GBK"),
      },
    ]);
  });

  test("random binary garbage with NUL bytes", () => {
    const bytes = garbage(64 * 1024, 2026);
    expect(bytes.includes(0)).toBe(true);
    expect(codes(bytes)).toEqual(["invalid-utf8"]);
  });

  test("valid UTF-8 with NUL bytes is binary, reported at the first NUL", () => {
    const text = `${header}x-note: "\u0000\u0000 not text"\n`;
    expect(loadStandard(text).diagnostics).toMatchObject([{ code: "binary-input", line: 5, column: 10 }]);
    expect(codes(utf8(text))).toEqual(["binary-input"]);
  });

  test("a UTF-8 byte-order mark is dropped, not taken for text", () => {
    const { standard, diagnostics } = loadStandard(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(header)]));
    expect(diagnostics).toEqual([]);
    expect(standard?.id).toBe("test-site");
  });
});

describe("files that do not hold a standard", () => {
  test.each([
    ["an empty string", ""],
    ["empty bytes", new Uint8Array()],
    ["only blank lines", "\n\n   \n"],
    ["only a comment", "# nothing here yet\n"],
    ["a list", "- standard: test-site\n- version: 1\n"],
    ["a scalar", "harbour-view\n"],
    ["a number", "2026\n"],
    ["null", "~\n"],
  ])("%s", (_, input) => {
    expect(loadStandard(input).diagnostics).toMatchObject([
      { code: "not-a-standard", severity: "error", line: 1, column: 1 },
    ]);
  });
});
