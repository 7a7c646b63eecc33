/**
 * A progress bar for long runs (simulate, replay, report), drawn on standard error only when it is
 * a terminal and NO_COLOR is not set: a pipe, a file, CI and tests see nothing (decision 0081).
 */
import type { CliIo } from "./io.js";

export interface Progress {
  /** `done` of `total` steps; redrawn only when the shown percentage changes. */
  update: (done: number, total: number) => void;
  /** Clears the bar, so what follows starts on a clean line. */
  finish: () => void;
}

const WIDTH = 28;
const SILENT: Progress = { update: () => {}, finish: () => {} };

export function progressBar(io: CliIo, title: string): Progress {
  if (io.isTTY !== true || io.noColor === true) return SILENT;
  let shown = -1;
  let drawn = false;
  return {
    update(done, total) {
      const percent = total <= 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
      if (percent === shown) return;
      shown = percent;
      drawn = true;
      const filled = Math.round((percent / 100) * WIDTH);
      io.stderr(
        `\r${title} [${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${String(percent).padStart(3)}%\x1b[K`,
      );
    },
    finish() {
      if (drawn) io.stderr("\r\x1b[K");
      drawn = false;
      shown = -1;
    },
  };
}

/**
 * Lets the event loop run between long synchronous steps, so a caller's timers and messages (a
 * test runner's, an editor's) are not starved while a month is simulated or replayed.
 */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
