export { run } from "./run.js";
export type { CliIo } from "./run.js";
