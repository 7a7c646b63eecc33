import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const examples = readdirSync(`${root}examples`)
  .filter((f) => f.endsWith(".ts"))
  .sort();

test("there are examples to run", () => {
  expect(examples.length).toBeGreaterThan(0);
});

// Docs point at these; each must run from source, as a newcomer runs it, and exit 0.
test.each(examples)("examples/%s runs", (example) => {
  const output = execFileSync(
    process.execPath,
    ["--conditions=@yardstick/source", "--import", "tsx", `examples/${example}`],
    { cwd: root, encoding: "utf8", timeout: 60_000 },
  );
  expect(output.length).toBeGreaterThan(0);
});
