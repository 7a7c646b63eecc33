import type { Effect } from "@yardstick/engine";

/**
 * Which announcement of an effect a delivery is. The engine announces a key once, but may retract
 * it (a late report withdraws a breach) and announce it again (decision 0091): `key` is the effect
 * key for the first announcement and `<effect key>#<generation>` for the later ones, so a receiver
 * that checks `key` gets each announcement — and each retract — exactly once.
 */
export interface Delivery {
  /** The key a receiver deduplicates by (the outbox's key). */
  key: string;
  /** 1 for the first announcement of `effect.key`, 2 for the one after its first retract, … */
  generation: number;
}

/**
 * Where effects go: SMS, app push, a ticket desk's webhook. Delivery is at least once (a worker
 * may die after sending and before recording it); `delivery.key` makes it exactly once for a
 * receiver that checks it. Throw to have the delivery retried with backoff.
 */
export interface EffectSender {
  send(effect: Effect, delivery: Delivery): Promise<void>;
}
