import { fileURLToPath } from "node:url";
import { run } from "@yardstick/cli";

/** The repository's root: the shipped standards are under standards/. */
export const repo = fileURLToPath(new URL("../../../", import.meta.url));

/** The command in-process: its exit code and everything it printed (the locale from `env`, default none). */
export async function yardstick(
  argv: string[],
  cwd = repo,
  isTTY = false,
  env: Readonly<Record<string, string | undefined>> = {},
) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd, isTTY, env, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
