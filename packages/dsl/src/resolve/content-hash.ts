// Pure JavaScript, so the package runs unchanged in a browser (docs/decisions/0017).
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/**
 * JSON with object keys sorted at every level: the same content always gives the same bytes.
 *
 * Written for the content hash of every load: one string built by concatenation (not arrays
 * joined at every level), each key quoted once per call, and short key lists sorted in place
 * (`Array.prototype.sort` allocates scratch space on every call). A standard's model has
 * thousands of objects, and the garbage, not the work, was most of the hash's cost.
 */
export function canonicalJson(value: unknown): string {
  return writeCanonical(value, new Map());
}

function writeCanonical(value: unknown, quotedKeys: Map<string, string>): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ",";
      // `join` writes holes and undefined (a function's JSON) as nothing.
      const item = i in value ? writeCanonical(value[i], quotedKeys) : undefined;
      if (item !== undefined) out += item;
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = "{";
  for (const key of sortKeys(Object.keys(record))) {
    const item = record[key];
    if (item === undefined) continue;
    if (out.length > 1) out += ",";
    let quoted = quotedKeys.get(key);
    if (quoted === undefined) {
      quoted = `${JSON.stringify(key)}:`;
      quotedKeys.set(key, quoted);
    }
    // A function's JSON is undefined, written as `undefined` here as a template would.
    out += quoted + writeCanonical(item, quotedKeys);
  }
  return `${out}}`;
}

/** Sorts in UTF-16 code-unit order, as `sort()` does: insertion sort for short lists, without allocating. */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > key; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = key;
  }
  return keys;
}

/** `sha256:<hex>` of the canonical JSON of `value`. */
export function contentHash(value: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(value))))}`;
}
