/**
 * The path resolver for rule facts: own properties only, `a.b.0` or `$.a.b[0]`. No JSONPath filter
 * expressions and nothing from an object's prototype, so a path can only read what the host put in.
 */
const own = (v: unknown, key: string): unknown =>
  v !== null && typeof v === "object" && Object.prototype.hasOwnProperty.call(v, key)
    ? (v as Record<string, unknown>)[key]
    : undefined;

/** `$.a.b[0]` → `["a", "b", "0"]`. */
export function pathSegments(path: string): string[] {
  const body = path.startsWith("$.") ? path.slice(2) : path.startsWith("$") ? path.slice(1) : path;
  return body
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((s) => s !== "");
}

export function resolveOwnPath(value: unknown, path: string): unknown {
  let v = value;
  for (const key of pathSegments(path)) {
    v = own(v, key);
    if (v === undefined) return undefined;
  }
  return v;
}

export function ownFact(facts: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(facts, name) ? facts[name] : undefined;
}
