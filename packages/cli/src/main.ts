import { run } from "./run.js";

/** A stream the command writes to: `process.stdout`, `process.stderr` or a test's stand-in. */
export interface CliOutput {
  write: (text: string) => unknown;
  isTTY?: boolean;
  /** Where a real stream reports a write that failed: `EPIPE` when the reader has gone (`| head`). */
  on?: (event: "error", listener: (error: Error) => void) => unknown;
}

/** The parts of Node's `process` the command reads: a test passes its own. */
export interface CliProcess {
  argv: string[];
  cwd: () => string;
  stdout: CliOutput;
  stderr: CliOutput;
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The exit status when the reader of the output went away before the end (`yardstick plan … | head`):
 * 128 + SIGPIPE (13), what a shell reports for `git log | head` or `yes | head` too.
 */
export const READER_GONE = 141;

/**
 * The `yardstick` command on a real process: what both bins (`bin.js` as published, `src/bin.ts`
 * from source) call, so the installed command and the workspace one cannot drift apart.
 * Diagnostics go to stderr, so stderr being a terminal turns colours on. When the reader closes
 * stdout or stderr early, the rest of that output is dropped and the status is {@link READER_GONE};
 * any other failed write is thrown, as before.
 *
 * @example
 * process.exitCode = await main();
 */
export async function main(proc: CliProcess = process): Promise<number> {
  const stdout = untilReaderGoes(proc.stdout);
  const stderr = untilReaderGoes(proc.stderr);
  const code = await run(proc.argv.slice(2), {
    stdout: stdout.write,
    stderr: stderr.write,
    cwd: proc.cwd(),
    isTTY: proc.stderr.isTTY === true,
    noColor: (proc.env?.NO_COLOR ?? "") !== "",
    env: proc.env ?? {},
  });
  // A stream reports a failed write on a later tick: let it arrive before the status is chosen.
  await new Promise((resolve) => setImmediate(resolve));
  return stdout.gone() || stderr.gone() ? READER_GONE : code;
}

/** Writes to `stream` until its reader has gone (`EPIPE`), then nothing; other write errors are thrown. */
function untilReaderGoes(stream: CliOutput): { write: (text: string) => void; gone: () => boolean } {
  let gone = false;
  stream.on?.("error", (error) => {
    if ((error as { code?: string }).code !== "EPIPE") throw error;
    gone = true;
  });
  return {
    write: (text) => {
      if (!gone) stream.write(text);
    },
    gone: () => gone,
  };
}
