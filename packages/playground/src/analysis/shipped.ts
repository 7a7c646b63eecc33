/// <reference types="vite/client" />
/**
 * The shipped standards (standards/**), bundled into the page so `extends:` works with nothing
 * to fetch: a community standard that extends `seed/group` finds the group's text here, indexed
 * by the `standard:` id each file declares (as `yardstick validate` indexes a folder).
 */
import type { StandardResolver } from "@yardstick/dsl";

const texts = import.meta.glob<string>("../../../../standards/**/*.{yaml,yml}", {
  query: "?raw",
  import: "default",
  eager: true,
});

const STANDARD_ID = /^standard:\s*["']?([^\s"'#]+)/m;

export interface ShippedStandard {
  id: string;
  /** As the repository names it, e.g. `standards/seed/group.yaml`. */
  file: string;
  text: string;
}

export const shippedStandards: ShippedStandard[] = Object.entries(texts)
  .map(([path, text]) => ({
    id: STANDARD_ID.exec(text)?.[1] ?? path,
    file: path.slice(path.indexOf("standards/")),
    text,
  }))
  .sort((a, b) => a.file.localeCompare(b.file));

const byId = new Map(shippedStandards.map((s) => [s.id, s]));

/** Resolves `extends: <id>` among the shipped standards, with their ids for "did you mean". */
export const shippedResolver: StandardResolver = Object.assign(
  (id: string) => {
    const found = byId.get(id);
    return found === undefined ? undefined : { file: found.file, text: found.text };
  },
  { knownIds: () => byId.keys() },
);
