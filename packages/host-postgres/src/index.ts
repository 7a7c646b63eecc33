// @yardstick/host-postgres — a reference host on PostgreSQL and graphile-worker.
export type { HostOptions, SubmitOutcome, WakeOptions, Woken } from "./host.js";
export { PostgresHost } from "./host.js";
export { migrate } from "./migrate.js";
export { createPool } from "./pool.js";
export type { WorkerOptions } from "./worker.js";
export { startWorker } from "./worker.js";
export type { Delivery, EffectSender } from "./senders/sender.js";
export type { DeliveredLine } from "./senders/file-sender.js";
export { consoleSender, fileSender } from "./senders/file-sender.js";
export { webhookSender } from "./senders/webhook-sender.js";
export type { HostReplayOutcome, ReplayEvent, ReplayOpen, ReplayThroughHostOptions } from "./replay.js";
export { replayThroughHost } from "./replay.js";
