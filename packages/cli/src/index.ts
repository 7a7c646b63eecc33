export type { CliIo } from "./io.js";
export type { CliProcess } from "./main.js";
export { main } from "./main.js";
export { mainHelp, run } from "./run.js";
export { summarize } from "./summary.js";
export { UserError } from "./user-error.js";
export type { PlaygroundServer } from "./commands/playground.js";
export { installedPlayground, servePlayground } from "./commands/playground.js";
export type { TourJson } from "./commands/tour.js";
