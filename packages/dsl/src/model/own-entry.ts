/**
 * `record[key]` when `key` is one of the record's own entries, else undefined. Ids come from
 * the author: looked up plainly, `constructor` or `toString` reach `Object.prototype` and give a
 * function where an entry was expected.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
