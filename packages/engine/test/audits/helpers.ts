import { readFileSync } from "node:fs";
import type { Program } from "@yardstick/engine";
import { compileText } from "../helpers/compile.js";

/** examples/data/estate.yaml, compiled. */
export const estate = (): Program =>
  compileText(readFileSync(new URL("../../../../examples/data/estate.yaml", import.meta.url), "utf8"), "estate.yaml");
