import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileCodes, EFFECT_KINDS, runtimeErrorCodes } from "@yardstick/engine";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const reference = readFileSync(`${root}docs/reference/engine.md`, "utf8");
const guide = readFileSync(`${root}docs/guide/embedding-the-engine.md`, "utf8");

describe("docs/reference/engine.md keeps step with the engine", () => {
  test.each(Object.keys(runtimeErrorCodes))("documents the error code %s", (code) => {
    expect(reference).toContain(`| \`${code}\` |`);
  });
  test.each(Object.keys(compileCodes))("documents the compile code %s with its severity", (code) => {
    expect(reference).toContain(`| \`${code}\` | ${compileCodes[code as keyof typeof compileCodes].severities[0]} |`);
  });
  test.each([...EFFECT_KINDS])("documents the effect kind %s", (kind) => {
    expect(reference).toContain(`| \`${kind}\` |`);
  });
});

test("docs/guide/embedding-the-engine.md shows what examples/embed-engine.ts prints", () => {
  const output = execFileSync(
    process.execPath,
    ["--conditions=@yardstick/source", "--import", "tsx", "examples/embed-engine.ts"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  const shown = /```text\n([\s\S]*?)```/.exec(guide)?.[1];
  expect(shown).toBe(output);
});
