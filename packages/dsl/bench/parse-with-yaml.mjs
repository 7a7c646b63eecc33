// The cold-process baseline: a fresh `node` that reads one file and parses it with `yaml`, as
// `yardstick validate` must at least do. Run by main.ts against the shipped `yardstick` command.
import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";

const file = process.argv[2];
if (!file) throw new Error("usage: parse-with-yaml.mjs <file>");
parseDocument(readFileSync(file, "utf8"), { lineCounter: new LineCounter() });
