/** Two ways to deliver: a line on a stream (the demo), and a webhook (a real receiver). */
import { formatShort } from "@yardstick/engine";
import type { EffectSender, OutboxRow } from "./outbox.js";

/** Writes one line per effect: when it fell due, its kind, who is told, its key. */
export function lineSender(write: (line: string) => void, timezone: string): EffectSender {
  return {
    send(row: OutboxRow) {
      const e = row.effect;
      const roles = e.roles && e.roles.length > 0 ? ` → ${e.roles.join(", ")}` : "";
      write(`${formatShort(e.at, timezone)}  ${row.kind.padEnd(15)} ${row.key}${roles}`);
    },
  };
}

/**
 * POSTs each effect as JSON to `url`, with its key as the `Idempotency-Key` header: the receiver
 * records keys it has seen (a `retract` clears one), so a redelivery after a crash is harmless.
 * A non-2xx answer throws, and the row is retried.
 */
export function webhookSender(url: string): EffectSender {
  return {
    async send(row: OutboxRow) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": row.key },
        body: JSON.stringify({ seq: row.seq, key: row.key, kind: row.kind, effect: row.effect }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`webhook ${url} answered ${response.status}`);
    },
  };
}
