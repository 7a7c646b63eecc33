import { run } from "./run.js";

/** The parts of Node's `process` the command reads: a test passes its own. */
export interface CliProcess {
  argv: string[];
  cwd: () => string;
  stdout: { write: (text: string) => unknown; isTTY?: boolean };
  stderr: { write: (text: string) => unknown; isTTY?: boolean };
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The `yardstick` command on a real process: what both bins (`bin.js` as published, `src/bin.ts`
 * from source) call, so the installed command and the workspace one cannot drift apart.
 * Diagnostics go to stderr, so stderr being a terminal turns colours on.
 *
 * @example
 * process.exitCode = await main();
 */
export async function main(proc: CliProcess = process): Promise<number> {
  return run(proc.argv.slice(2), {
    stdout: (text) => void proc.stdout.write(text),
    stderr: (text) => void proc.stderr.write(text),
    cwd: proc.cwd(),
    isTTY: proc.stderr.isTTY === true,
    noColor: (proc.env?.NO_COLOR ?? "") !== "",
    env: proc.env ?? {},
  });
}
