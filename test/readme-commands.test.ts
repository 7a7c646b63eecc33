import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

const root = new URL("../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const rootPackage = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
  scripts: Record<string, string>;
  packageManager: string;
};

/** The command in the fenced block that follows a `<!-- marker -->` comment. */
function commandAfter(marker: string): string {
  const match = new RegExp(`<!-- ${marker} -->\\s*\`\`\`sh\\n(.+)\\n\`\`\``).exec(readme);
  if (!match) throw new Error(`README.md has no \`<!-- ${marker} -->\` block`);
  return match[1]!;
}

test("the Quick start has the two commands, on the pnpm version the repo pins", () => {
  const pnpm = rootPackage.packageManager.replace("pnpm@", "");
  expect(commandAfter("main-command")).toBe(
    `npm i -g pnpm@${pnpm} && pnpm install --frozen-lockfile && pnpm --silent start`,
  );
  expect(commandAfter("test-command")).toBe(`npm i -g pnpm@${pnpm} && pnpm install --frozen-lockfile && pnpm check`);
});

test("`pnpm check` runs build, type-check, lint and tests", () => {
  expect(rootPackage.scripts.check).toBe("pnpm build && pnpm typecheck && pnpm lint && pnpm test");
});

test(".ci/run runs the README's test command", () => {
  const ci = readFileSync(new URL(".ci/run", root), "utf8");
  expect(ci).toContain("<!-- test-command -->");
  expect(ci).toContain('bash -c "$cmd"');
});
