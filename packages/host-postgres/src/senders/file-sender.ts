import { appendFileSync, existsSync, readFileSync } from "node:fs";
import type { Effect } from "@yardstick/engine";
import type { EffectSender } from "./sender.js";

/**
 * Appends each effect as a JSON line to a file — a receiver that checks the key: an effect whose
 * key is already in the file is not written again, so the file holds each effect exactly once.
 */
export function fileSender(path: string): EffectSender & { keys(): Set<string> } {
  const seen = new Set<string>();
  if (existsSync(path))
    for (const line of readFileSync(path, "utf8").split("\n"))
      if (line.trim() !== "") seen.add((JSON.parse(line) as Effect).key);
  return {
    async send(effect) {
      if (seen.has(effect.key)) return;
      appendFileSync(path, `${JSON.stringify(effect)}\n`);
      seen.add(effect.key);
    },
    keys: () => new Set(seen),
  };
}

/** Prints each effect on a line (for trying the host out). */
export function consoleSender(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): EffectSender {
  return {
    async send(effect) {
      write(
        `${new Date(effect.at).toISOString()} ${effect.kind} ${effect.key}${effect.roles ? ` → ${effect.roles.join(", ")}` : ""}`,
      );
    },
  };
}
