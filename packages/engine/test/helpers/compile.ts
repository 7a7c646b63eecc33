import { readFileSync } from "node:fs";
import { loadStandard, type StandardModel } from "@yardstick/dsl";
import { compileStandard, type Program } from "@yardstick/engine";

const root = new URL("../../../../", import.meta.url);

/** Loads and compiles YAML, failing the test on any error diagnostic. */
export function compileText(
  text: string,
  file = "test.yaml",
  resolve?: (id: string) => { file: string; text: string },
): Program {
  const { standard, diagnostics } = loadStandard(text, { file, ...(resolve ? { resolve } : {}) });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0 || standard === undefined)
    throw new Error(`standard does not load: ${JSON.stringify(errors, null, 1)}`);
  const { program, diagnostics: compile } = compileStandard(standard);
  if (program === undefined) throw new Error(`standard does not compile: ${JSON.stringify(compile, null, 1)}`);
  return program;
}

export function modelOf(text: string): StandardModel {
  const { standard } = loadStandard(text, { file: "test.yaml" });
  if (standard === undefined) throw new Error("standard does not load");
  return standard;
}

export const desk = (): Program =>
  compileText(readFileSync(new URL("../fixtures/desk.yaml", import.meta.url), "utf8"), "desk.yaml");

/** A shipped standard (`seed/group`), with `extends` resolved from standards/. */
export function shipped(id: string): Program {
  const read = (x: string) => ({
    file: `standards/${x}.yaml`,
    text: readFileSync(new URL(`standards/${x}.yaml`, root), "utf8"),
  });
  return compileText(read(id).text, read(id).file, read);
}

/** `2026-03-06 17:55` in Asia/Shanghai as epoch ms. */
export const at = (local: string): number => Date.parse(`${local.replace(" ", "T")}:00+08:00`);
