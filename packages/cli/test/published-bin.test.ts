// The command as npm installs it: `bin.js` over the built `dist`, in its own process.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const bin = fileURLToPath(new URL("../bin.js", import.meta.url));

function yardstick(argv: string[], cwd: string): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [bin, ...argv], { cwd, encoding: "utf8", stdio: "pipe" });
    return { status: 0, stdout, stderr: "" };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { status, stdout, stderr };
  }
}

test("bin.js validates a standard and exits 1 on an error, uncoloured through a pipe", () => {
  const cwd = mkdtempSync(join(tmpdir(), "yardstick-bin-"));
  writeFileSync(
    join(cwd, "site.yaml"),
    "standard: site\nversion: '1'\ntitle: { en: Site }\ntimezone: Asia/Shanghai\nroles:\n  a: { title: { en: A }, reportsTo: bossx }\n",
  );
  const { status, stderr } = yardstick(["validate", "site.yaml"], cwd);
  expect(status).toBe(1);
  expect(stderr).toContain("site.yaml:6:37 error unknown-role: unknown role `bossx`");
  expect(stderr).not.toContain("\u001b[");
});

test("bin.js prints help and exits 0", () => {
  const { status, stdout } = yardstick(["--help"], tmpdir());
  expect(status).toBe(0);
  expect(stdout).toMatch(/^Usage: yardstick <command>/);
});
