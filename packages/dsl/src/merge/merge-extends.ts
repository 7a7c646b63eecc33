import type { DocumentSet } from "../load/document-set.js";
import { pointerSegment } from "../parse/source-map.js";

/**
 * Maps that are replaced whole, never merged: a label (a child's new English title must not keep
 * the parent's stale Chinese one) and a matcher (a child's `when` is the new condition, not an
 * addition to the parent's), and a calendar's `hours` (day selectors of the two files could overlap).
 */
const ATOMIC_KEYS = new Set(["title", "description", "name", "when", "hours"]);

/** Keys that name a standard itself; a child never inherits them from its parent. */
export const OWN_HEADER_KEYS = ["standard", "version", "title", "description", "extends"] as const;

type Plain = Record<string, unknown>;

const isMap = (v: unknown): v is Plain => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Merges an `extends` chain, ancestor first, into one document (the rules are written in
 * docs/reference/dsl.md#extends):
 * - maps merge key by key, recursively (a community overrides one clock's target, keeps the rest);
 * - lists and scalars replace the parent's value whole;
 * - `null` removes the parent's entry (a site without lifts drops `lift-disinfection`);
 * - the header (`standard`, `version`, `title`, `description`, `extends`) is the child's own.
 * Every value of the result is claimed by the file that wrote it, for diagnostics and origins.
 */
export function mergeChain(documents: DocumentSet): Plain {
  let merged: Plain = {};
  const files = documents.files;
  files.forEach((file, index) => {
    const value = { ...(file.value as Plain) };
    if (index < files.length - 1) for (const key of OWN_HEADER_KEYS) delete value[key];
    merged = mergeValue(merged, value) as Plain;
  });
  // A standard without `extends` is its own file's value: its source map already lists the pointers.
  if (files.length === 1 && files[0]!.sourceMap.inValueOrder) documents.claimAll(files[0]!);
  else claim(merged, "", documents);
  return merged;
}

function mergeValue(parent: unknown, child: unknown): unknown {
  if (!isMap(parent) || !isMap(child)) return child;
  const out: Plain = {};
  for (const [key, value] of Object.entries(parent)) define(out, key, value);
  for (const [key, value] of Object.entries(child)) {
    // Own keys only: `toString: null` removes a parent's `toString`, not Object.prototype's.
    const inParent = Object.hasOwn(parent, key);
    if (value === null && inParent) delete out[key];
    else define(out, key, inParent && !ATOMIC_KEYS.has(key) ? mergeValue(parent[key], value) : value);
  }
  return out;
}

function define(target: Plain, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The nearest file (child first) whose own document has a value at each pointer wrote it. */
function claim(value: unknown, pointer: string, documents: DocumentSet): void {
  const files = documents.files;
  for (let i = files.length - 1; i >= 0; i--) {
    if (files[i]!.sourceMap.get(pointer) !== undefined) {
      documents.claim(pointer, files[i]!);
      break;
    }
  }
  // Pointers grow a segment at a time; joining each path anew was most of the merge's time.
  if (Array.isArray(value)) value.forEach((item, i) => claim(item, `${pointer}/${i}`, documents));
  else if (isMap(value))
    for (const key of Object.keys(value)) claim(value[key], `${pointer}/${pointerSegment(key)}`, documents);
}
