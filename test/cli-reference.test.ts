/**
 * docs/reference/cli.md keeps step with the commands: the main help and every command's `--help`
 * appear in it verbatim, each under its own heading, in the order `yardstick --help` lists them.
 */
import { readFileSync } from "node:fs";
import { mainHelp, run, usageCodes } from "@yardstick/cli";
import { expect, test } from "vitest";

const reference = readFileSync(new URL("../docs/reference/cli.md", import.meta.url), "utf8");
const commands = [...mainHelp.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((m) => m[1]!);

async function helpOf(command: string): Promise<string> {
  let out = "";
  const code = await run([command, "--help"], { cwd: "/", stdout: (t) => (out += t), stderr: (t) => (out += t) });
  expect(code, `yardstick ${command} --help`).toBe(0);
  return out;
}

/** The fenced text block right after a heading. */
function blockAfter(heading: string): string | undefined {
  const at = reference.indexOf(`\n${heading}\n`);
  if (at < 0) return undefined;
  const fence = /```text\n([\s\S]*?)\n```/.exec(reference.slice(at));
  return fence?.[1];
}

test("the reference lists the commands `yardstick --help` lists, in its order", () => {
  expect(commands.length).toBeGreaterThanOrEqual(7);
  const headings = [...reference.matchAll(/^## `yardstick ([a-z-]+)`$/gm)].map((m) => m[1]);
  expect(headings).toEqual(commands);
  expect(reference).toContain(`\`\`\`text\n${mainHelp.trimEnd()}\n\`\`\``);
});

test.each(commands)("`yardstick %s --help` is in the reference verbatim", async (command) => {
  const help = (await helpOf(command)).trimEnd();
  expect(
    blockAfter(`## \`yardstick ${command}\``),
    `docs/reference/cli.md: paste \`pnpm --silent yardstick ${command} --help\` under its heading`,
  ).toBe(help);
});

test("the README links the reference", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  expect(readme).toContain("(docs/reference/cli.md)");
});

test("the usage mistakes' table lists exactly the usage codes, with their summaries", () => {
  const table = reference.slice(reference.indexOf("### Usage mistakes"));
  const rows = [...table.matchAll(/^\| `([a-z-]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
  expect(rows).toEqual(Object.entries(usageCodes).map(([code, entry]) => [code, entry.summary]));
});

test("the usage mistake shown is what the command prints, in both languages", async () => {
  const shown = /```text\n(\$ yardstick validate --jsn[\s\S]*?)\n```/.exec(reference)![1]!;
  let printed = "";
  for (const [command, env] of [
    ["validate --jsn standards", {}],
    ["validate --jsn standards", { LANG: "zh_CN.UTF-8" }],
  ] as const) {
    let err = "";
    const prefix = "LANG" in env ? "LANG=zh_CN.UTF-8 " : "";
    await run(command.split(" "), { cwd: "/", env, stdout: () => {}, stderr: (t) => (err += t) });
    printed += `$ ${prefix}yardstick ${command}\n${err}`;
  }
  expect(printed.trimEnd()).toBe(shown);
});
