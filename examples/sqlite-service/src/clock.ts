/**
 * The service's clock. The engine reads no clock; the host does, in one place, so a test (or a
 * demo that replays a day) can drive time by hand and the wake-up loop follows it.
 */
export interface Clock {
  now(): number;
  /** Calls `fire` once at or after the instant `at`; the returned function cancels it. */
  at(at: number, fire: () => void): () => void;
}

/** setTimeout caps a delay at 2^31 - 1 ms (about 24.8 days); a longer wait is re-armed. */
const MAX_DELAY = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  at(at, fire) {
    let timer: NodeJS.Timeout;
    const arm = () => {
      const delay = at - Date.now();
      timer = setTimeout(delay > MAX_DELAY ? arm : fire, Math.max(0, Math.min(delay, MAX_DELAY)));
    };
    arm();
    return () => clearTimeout(timer);
  },
};

/**
 * A clock moved by hand: `set(t)` moves it forward and fires, in time order, every timer due by
 * then, each seeing `now()` at its own instant (as a real clock would have shown it).
 */
export class ManualClock implements Clock {
  private timers: { at: number; fire: () => void; seq: number }[] = [];
  private seq = 0;

  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  at(at: number, fire: () => void): () => void {
    const timer = { at, fire, seq: this.seq++ };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  set(t: number): void {
    if (t < this.current) throw new Error(`the clock does not go back: ${new Date(t).toISOString()} < now`);
    for (;;) {
      const due = this.timers.filter((x) => x.at <= t).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (due === undefined) break;
      this.timers = this.timers.filter((x) => x !== due);
      this.current = Math.max(this.current, due.at);
      due.fire();
    }
    this.current = t;
  }
}
