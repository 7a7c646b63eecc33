/** The programs every verification test runs over: each shipped standard, the desk fixture, and its own fixtures. */
import { readdirSync, readFileSync } from "node:fs";
import type { Program } from "@yardstick/engine";
import { compileText, desk, shipped } from "../helpers/compile.js";

const standards = new URL("../../../../standards/", import.meta.url);

/** Every `standards/**.yaml` as its id (`seed/group`), sorted. */
export function shippedIds(): string[] {
  const ids: string[] = [];
  const walk = (dir: URL, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith(".yaml")) ids.push(`${prefix}${entry.name.slice(0, -5)}`);
    }
  };
  walk(standards, "");
  return ids.sort();
}

export function fixture(name: string): Program {
  return compileText(readFileSync(new URL(`fixtures/${name}.yaml`, import.meta.url), "utf8"), `${name}.yaml`);
}

/** The shipped standards and the desk fixture, by name, compiled once per test file. */
export function allPrograms(): { name: string; program: Program }[] {
  return [...shippedIds().map((id) => ({ name: id, program: shipped(id) })), { name: "desk", program: desk() }];
}
