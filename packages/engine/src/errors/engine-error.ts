/**
 * The one error the runtime throws. Every code is listed in `runtimeErrorCodes` with its hint, and
 * documented in docs/reference/engine.md. States are immutable values, so a thrown error leaves the
 * ticket the host holds exactly as it was (decision 0024).
 */
export const runtimeErrorCodes = {
  "unknown-ticket-kind": "the kinds are the keys of `tickets:` in the standard",
  "unknown-event": "the events are the keys of the ticket kind's `events:` (or used in its `on:` maps)",
  "event-not-allowed": "send an event the ticket's current state accepts, or one a clock listens to",
  "ticket-closed": "the ticket is in a final state; open a new ticket (rework is linked through `recent`)",
  "invalid-instant": "pass epoch milliseconds or an ISO 8601 string with an offset, e.g. 2026-03-06T17:55:00+08:00",
  "time-went-back": "`now` must not be before the last instant the ticket has seen; late events go through applyEvent",
  "late-event-conflict": "the late event makes a later recorded event impossible; correct the event log instead",
  "wrong-standard": "apply a ticket with the program of the standard it pinned (id, version and hash)",
  "unknown-state-format": "pass a state written by this engine, or upgrade it with migrateState",
  "invalid-state": "pass the state object a previous engine call returned, unchanged",
  "invalid-input": "check the argument against docs/reference/engine.md",
  "unknown-clock": "the clocks are the keys of the ticket kind's `clocks:`",
  "unknown-audit": "the audits are the keys of `audits:` in the standard",
  "invalid-period": "name the audit's period like 2026-11 (month), 2026-Q4, 2026-W45, 2026-11-05 or 2026",
  "invalid-rule": "`in` and `notIn` compare a fact against a list: write `value: [a, b]`",
  "invalid-activity": "pass `{ tickets?, duties?, facts? }` as docs/reference/audits.md describes",
} as const;

export type RuntimeErrorCode = keyof typeof runtimeErrorCodes;

export class EngineError extends Error {
  override readonly name = "EngineError";
  readonly code: RuntimeErrorCode;
  readonly hint: string;
  /** Where in the input the problem is, e.g. `["event", "at"]`. */
  readonly path: (string | number)[];

  constructor(code: RuntimeErrorCode, message: string, options: { hint?: string; path?: (string | number)[] } = {}) {
    super(message);
    this.code = code;
    this.hint = options.hint ?? runtimeErrorCodes[code];
    this.path = options.path ?? [];
  }
}

/** Whether `value` is an error this engine threw (also across bundle copies). */
export function isEngineError(value: unknown): value is EngineError {
  return value instanceof Error && value.name === "EngineError" && typeof (value as EngineError).code === "string";
}
