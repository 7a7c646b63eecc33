import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import type { CliIo } from "../io.js";
import { usageError } from "../user-error.js";

export const playgroundHelp = `Usage: yardstick playground [--port <n>] [--host <address>]

Serves the playground page on this machine and prints its address; open it in a browser (the
command opens nothing by itself). The page edits a standard with the validator's diagnostics as
you type, and shows when a ticket falls due, the scenario tests, the duty week and the handbook.
Everything is computed in the browser: this only hands out the page's static files, which a
company can also host anywhere (they are in @yardstick/playground's dist/). Stop it with Ctrl-C.

Options:
  --port <n>         the port (default 5175; 0 picks a free one)
  --host <address>   the address to listen on (default 127.0.0.1, this machine only)
  --dir <folder>     serve this built page instead of the installed one
  -h, --help         show this help

Exit codes: 0 stopped, 2 a usage mistake or no built page.

Examples:
  yardstick playground
  yardstick playground --port 8080
`;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

/** The built page that ships with @yardstick/playground, or undefined when it is not built. */
export function installedPlayground(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve("@yardstick/playground/package.json");
    const dir = join(dirname(manifest), "dist");
    return existsSync(join(dir, "index.html")) ? dir : undefined;
  } catch {
    return undefined;
  }
}

export interface PlaygroundServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the files of `dir` (GET and HEAD; `/` is index.html) and nothing outside it.
 *
 * @example
 * const { url, close } = await servePlayground(installedPlayground()!, { port: 0 });
 */
export function servePlayground(
  dir: string,
  options: { port?: number; host?: string } = {},
): Promise<PlaygroundServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolve(root, `.${path.endsWith("/") ? `${path}index.html` : path}`);
    const inside = file === root || relative(root, file).split(sep)[0] !== "..";
    if (!inside || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 5175, options.host ?? "127.0.0.1", () => {
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(":") ? `[${address}]` : address;
      done({
        url: `http://${host}:${port}/`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

export async function playgroundCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "5175" },
      host: { type: "string", default: "127.0.0.1" },
      dir: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(playgroundHelp);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw usageError("invalid-option-value", "range", {
      option: "--port",
      min: 0,
      max: 65535,
      value: values.port ?? "",
      example: 8080,
    });
  const dir = values.dir !== undefined ? resolve(io.cwd, values.dir) : installedPlayground();
  if (dir === undefined || !existsSync(join(dir, "index.html")))
    throw values.dir !== undefined
      ? usageError("playground-not-built", "dir", { dir: values.dir })
      : usageError("playground-not-built", "installed", {});
  let server: PlaygroundServer;
  try {
    server = await servePlayground(dir, { port, host: values.host });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "EADDRINUSE") throw usageError("port-in-use", "inUse", { port });
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND")
      throw usageError("cannot-listen", "host", { host: values.host ?? "" });
    throw error;
  }
  io.stdout(`Yardstick playground: ${server.url}\n`);
  io.stderr("serving the page's files; everything is computed in the browser. Stop with Ctrl-C.\n");
  return new Promise<number>((stopped) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void server.close().then(() => stopped(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
