/**
 * The wake-up loop: one timer, set to the earliest `nextWakeAt` of any ticket or of the duties.
 * When it fires, every ticket due is advanced and the duties reconciled (each in its own
 * transaction), the outbox is delivered, and the timer is set again. Any write through the API
 * calls `poke()`, since it may have brought the next wake-up forward.
 */
import type { Clock } from "./clock.js";
import type { Duties } from "./duties.js";
import type { EffectSender, Outbox } from "./outbox.js";
import type { Tickets } from "./tickets.js";

export interface WakeLoopOptions {
  clock: Clock;
  tickets: Tickets;
  duties: Duties;
  outbox: Outbox;
  sender: EffectSender;
  /** A failed delivery is retried after this long (ms). Default 5 s. */
  retryAfter?: number;
  onError?: (error: unknown) => void;
}

export class WakeLoop {
  private cancel: (() => void) | undefined;
  private armedAt: number | undefined;
  private delivering: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly o: WakeLoopOptions) {}

  /** Runs what is due now, delivers, and sets the timer for what comes next. */
  poke(): void {
    if (this.stopped) return;
    const now = this.o.clock.now();
    try {
      this.o.tickets.wakeDue(now);
      const duties = this.o.duties.nextWakeAt();
      if (duties === null || duties <= now) this.o.duties.wake(now);
    } catch (error) {
      this.o.onError?.(error);
    }
    this.deliver();
    this.arm();
  }

  /** Resolves when no delivery is running (tests and shutdown wait on it). */
  async settled(): Promise<void> {
    while (this.delivering !== undefined) await this.delivering;
  }

  stop(): void {
    this.stopped = true;
    this.cancel?.();
  }

  private arm(): void {
    const next = [this.o.tickets.nextWakeAt(), this.o.duties.nextWakeAt()]
      .filter((t): t is number => t !== null)
      .reduce((a, b) => Math.min(a, b), Infinity);
    if (next === this.armedAt) return;
    this.cancel?.();
    this.cancel = undefined;
    this.armedAt = undefined;
    if (next === Infinity) return;
    this.armedAt = next;
    this.cancel = this.o.clock.at(next, () => {
      this.armedAt = undefined;
      this.cancel = undefined;
      this.poke();
    });
  }

  /** One delivery at a time; a poke during one asks for another round after it. */
  private deliver(): void {
    if (this.delivering !== undefined) {
      this.again = true;
      return;
    }
    this.delivering = (async () => {
      do {
        this.again = false;
        try {
          const pending = this.o.outbox.list({ pending: true, limit: 1 }).length;
          if (pending === 0) continue;
          await this.o.outbox.deliver(this.o.sender, () => this.o.clock.now());
          if (this.o.outbox.list({ pending: true, limit: 1 }).length > 0 && !this.stopped) {
            // A send failed: retry later, not in a tight loop.
            const retry = this.o.clock.now() + (this.o.retryAfter ?? 5_000);
            this.o.clock.at(retry, () => this.deliver());
          }
        } catch (error) {
          this.o.onError?.(error);
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.delivering = undefined;
    });
  }
}
