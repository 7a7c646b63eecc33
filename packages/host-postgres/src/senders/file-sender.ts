import { appendFileSync, existsSync, readFileSync } from "node:fs";
import type { Effect } from "@yardstick/engine";
import type { Delivery, EffectSender } from "./sender.js";

/** A line of a fileSender's file: the effect, and its delivery key when it is not the effect key. */
export type DeliveredLine = Effect & { delivery?: string };

/**
 * Appends each effect as a JSON line to a file — a receiver that checks the delivery key: an
 * announcement already in the file is not written again, so the file holds each exactly once. A
 * second announcement of a key (after its retract) carries its delivery key as `delivery`.
 */
export function fileSender(path: string): EffectSender & { keys(): Set<string> } {
  const seen = new Set<string>();
  if (existsSync(path))
    for (const line of readFileSync(path, "utf8").split("\n"))
      if (line.trim() !== "") {
        const e = JSON.parse(line) as DeliveredLine;
        seen.add(e.delivery ?? e.key);
      }
  return {
    async send(effect: Effect, delivery: Delivery) {
      if (seen.has(delivery.key)) return;
      const line: DeliveredLine = delivery.key === effect.key ? effect : { ...effect, delivery: delivery.key };
      appendFileSync(path, `${JSON.stringify(line)}\n`);
      seen.add(delivery.key);
    },
    keys: () => new Set(seen),
  };
}

/** Prints each effect on a line (for trying the host out). */
export function consoleSender(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): EffectSender {
  return {
    async send(effect, delivery) {
      write(
        `${new Date(effect.at).toISOString()} ${effect.kind} ${delivery.key}${effect.roles ? ` → ${effect.roles.join(", ")}` : ""}`,
      );
    },
  };
}
