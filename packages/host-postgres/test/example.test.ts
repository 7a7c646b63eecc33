import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { dropDatabase, freshDatabase } from "./helpers/database.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
let url: string;

beforeAll(async () => {
  url = await freshDatabase("example");
}, 60_000);

afterAll(async () => {
  if (url !== undefined) await dropDatabase(url);
});

test("examples/postgres-host.ts starts the host and a worker, and delivers the breach escalation", () => {
  const run = spawnSync(
    process.execPath,
    ["--conditions=@yardstick/source", "--import", "tsx", "examples/postgres-host.ts"],
    { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 170_000 },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/delivered escalation EX-\d+\/arrival\/1\/escalation\/1 to technician/);
  expect(run.stdout).toContain("the breach escalation was delivered at its deadline");
}, 180_000);
