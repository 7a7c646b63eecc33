// The reference shows what the examples print; this keeps the two from drifting apart.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const reference = readFileSync(`${root}docs/reference/calendar.md`, "utf8");
const shown = [
  ...reference.matchAll(/<!-- output: (examples\/calendar-[\w-]+\.ts) -->\n```text\n([\s\S]*?)\n```/gu),
].map((m) => [m[1]!, m[2]!] as const);

describe("docs/reference/calendar.md", () => {
  test("shows the output of every calendar example", () => {
    expect(shown.map(([file]) => file).sort()).toEqual([
      "examples/calendar-basics.ts",
      "examples/calendar-china.ts",
      "examples/calendar-dst.ts",
    ]);
  });

  test.each(shown)("%s prints what the reference shows", (file, expected) => {
    const output = execFileSync(process.execPath, ["--conditions=@yardstick/source", "--import", "tsx", file], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(output.trimEnd()).toBe(expected);
  });
});
