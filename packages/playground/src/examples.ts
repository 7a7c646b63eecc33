/**
 * The shipped standards the page offers to open, each fetched when chosen (Vite splits each into
 * its own small file): the page's own script stays small. The worker bundles them all, for
 * `extends` (analysis/shipped.ts).
 */
const loaders = import.meta.glob<string>("../../../standards/**/*.{yaml,yml}", { query: "?raw", import: "default" });

/** `seed/group` → its text, by the file's place under standards/ (as the shipped ids are named). */
export const shippedTexts = new Map<string, () => Promise<string>>(
  Object.entries(loaders)
    .map(([path, load]) => [path.slice(path.indexOf("standards/") + 10).replace(/\.ya?ml$/, ""), load] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);

/** The standard the page opens with the first time: a community standard over the group's. */
export const FIRST_STANDARD = "seed/harbour-view";
