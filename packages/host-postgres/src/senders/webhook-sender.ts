import type { EffectSender } from "./sender.js";

/**
 * POSTs each effect as JSON to a URL with an `Idempotency-Key` header (the delivery key: the effect
 * key, or `<effect key>#<n>` for its n-th announcement after a retract) and `Yardstick-Generation`,
 * so the receiver can drop a redelivery. A non-2xx answer throws, and the delivery is retried.
 */
export function webhookSender(
  url: string,
  options: { headers?: Record<string, string>; timeoutMs?: number } = {},
): EffectSender {
  return {
    async send(effect, delivery) {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "idempotency-key": delivery.key,
          "yardstick-generation": String(delivery.generation),
          ...options.headers,
        },
        body: JSON.stringify(effect),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (!response.ok) throw new Error(`webhook ${url} answered ${response.status} for ${delivery.key}`);
    },
  };
}
