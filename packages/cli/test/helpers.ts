import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/**
 * An authoring guide's examples (docs/guide/…): its `<!-- validate: id -->` blocks joined per id,
 * and its `<!-- error: {…} -->` blocks, each an edit of one of them and what validate prints.
 */
export function guideExamples(guideFile: string) {
  const guide = readFileSync(join(repo, guideFile), "utf8");
  const documents = new Map<string, string>();
  for (const [, id, text] of guide.matchAll(/<!-- validate: (\S+) -->\n```yaml\n([\s\S]*?)```/g))
    documents.set(id!, (documents.get(id!) ?? "") + text);
  const errors = [...guide.matchAll(/<!-- error: (\{.*\}) -->\n```text\n([\s\S]*?)\n```/g)].map(([, edit, shown]) => ({
    ...(JSON.parse(edit!) as { in: string; find: string; put: string }),
    shown: shown!,
  }));
  return { guide, documents, errors };
}

/** A folder with each of `files` (id → text) as standards/<id>.yaml. */
export function standardsWorkspace(files: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "yardstick-guide-"));
  for (const [id, text] of files) {
    mkdirSync(join(dir, "standards", id, ".."), { recursive: true });
    writeFileSync(join(dir, "standards", `${id}.yaml`), text);
  }
  return dir;
}
