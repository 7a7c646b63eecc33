// Standards written from published rules (test/real-standards/README.md): they validate without a
// problem, and every scenario passes through `yardstick test`.
import { fileURLToPath } from "node:url";
import { run } from "@yardstick/cli";
import { expect, test } from "vitest";

const folder = fileURLToPath(new URL("./real-standards/", import.meta.url));

async function yardstick(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd: folder, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

test("the real standards validate without errors or warnings", async () => {
  const { code, stderr } = await yardstick(["validate", "."]);
  expect(stderr).toBe("3 files checked: 3 valid, 0 errors, 0 warnings\n");
  expect(code).toBe(0);
});

test("every scenario of the real standards passes through yardstick test", async () => {
  const { code, stdout, stderr } = await yardstick(["test", "."]);
  expect(`${stdout}${stderr}`).toContain("15 tests passed, 0 failed, 0 not run");
  expect(`${stdout}${stderr}`).not.toContain("✗");
  expect(code).toBe(0);
});
