import type { EffectSender } from "./sender.js";

/**
 * POSTs each effect as JSON to a URL with an `Idempotency-Key` header (the effect key), so the
 * receiver can drop a redelivery. A non-2xx answer throws, and the delivery is retried.
 */
export function webhookSender(
  url: string,
  options: { headers?: Record<string, string>; timeoutMs?: number } = {},
): EffectSender {
  return {
    async send(effect) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": effect.key, ...options.headers },
        body: JSON.stringify(effect),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (!response.ok) throw new Error(`webhook ${url} answered ${response.status} for ${effect.key}`);
    },
  };
}
