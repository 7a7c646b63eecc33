import type { Effect } from "@yardstick/engine";

/**
 * Where effects go: SMS, app push, a ticket desk's webhook. Delivery is at least once (a worker
 * may die after sending and before recording it); `effect.key` makes it exactly once for a
 * receiver that checks it. Throw to have the delivery retried with backoff.
 */
export interface EffectSender {
  send(effect: Effect): Promise<void>;
}
