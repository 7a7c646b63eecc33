import { createHash } from "node:crypto";
import { canonicalJson, contentHash } from "@yardstick/dsl";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/** The hash as it was computed with node:crypto before the package became browser-safe. */
const nodeHash = (value: unknown) => `sha256:${createHash("sha256").update(canonicalJson(value)).digest("hex")}`;

describe("contentHash", () => {
  test("known values (stored models keep their hashes)", () => {
    expect(contentHash({})).toBe("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    expect(contentHash({ b: 1, a: [true, null, "上门"] })).toBe(
      "sha256:0a2b12373823a38d5a5c2332fa3687742ac4d25652fcd82be6a11d763a4247c4",
    );
  });

  test("equals node:crypto's SHA-256 of the canonical JSON, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(contentHash(value)).toBe(nodeHash(value));
      }),
      { numRuns: 300 },
    );
  });

  test("text beyond the Basic Multilingual Plane and lone surrogates hash as node:crypto does", () => {
    for (const text of ["𠀋 emoji 🏢", "\ud800 alone", "a".repeat(100_000)])
      expect(contentHash({ text })).toBe(nodeHash({ text }));
  });
});
