/**
 * `yardstick playground`: serves a built page's files and nothing outside them, prints its
 * address, and says how to build the page when it is missing. The last test runs the command as
 * a process, as a person does, and stops it with SIGINT.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { servePlayground } from "@yardstick/cli";
import { afterAll, beforeAll, expect, test } from "vitest";
import { repo, yardstick } from "./helpers.js";

let page: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), "yardstick-playground-cli-"));
  page = join(base, "dist");
  outside = join(base, "secret.txt");
  mkdirSync(join(page, "assets"), { recursive: true });
  writeFileSync(join(page, "index.html"), "<!doctype html><title>page</title>");
  writeFileSync(join(page, "assets", "index-abc.js"), "export {};");
  writeFileSync(outside, "not for the browser");
});

afterAll(() => rmSync(join(page, ".."), { recursive: true, force: true }));

test("serves index.html at /, the assets with their types, and nothing outside the folder", async () => {
  const { url, close } = await servePlayground(page, { port: 0 });
  try {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(url);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await index.text()).toContain("<title>page</title>");
    const script = await fetch(`${url}assets/index-abc.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await script.text()).toBe("export {};");
    expect((await fetch(`${url}missing.js`)).status).toBe(404);
    expect((await fetch(`${url}..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${url}%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(url, { method: "POST" })).status).toBe(405);
  } finally {
    await close();
  }
});

test("a folder with no page, or a bad port, is a usage mistake with a hint", async () => {
  const missing = await yardstick(["playground", "--dir", tmpdir()]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("has no index.html");
  expect(missing.stderr).toContain("hint: name the folder `pnpm --filter @yardstick/playground build` wrote");
  const port = await yardstick(["playground", "--port", "http"]);
  expect(port.code).toBe(2);
  expect(port.stderr).toContain("--port must be a number from 0 to 65535, got `http`");
});

test("as a process: prints the address, serves the page until SIGINT, then exits 0", async () => {
  const child = spawn(
    process.execPath,
    [
      "--conditions=@yardstick/source",
      "--import",
      "tsx",
      "packages/cli/src/bin.ts",
      "playground",
      "--port",
      "0",
      "--dir",
      page,
    ],
    { cwd: repo, stdio: ["ignore", "pipe", "pipe"] },
  );
  try {
    const url = await new Promise<string>((found, fail) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const m = /Yardstick playground: (http:\/\/\S+)\n/.exec(out);
        if (m) found(m[1]!);
      });
      child.once("exit", (code) => fail(new Error(`exited ${code} before printing its address: ${out}`)));
    });
    expect(await (await fetch(url)).text()).toContain("<title>page</title>");
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
  }
}, 60_000);
