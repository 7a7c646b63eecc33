/**
 * A minimal Language Server Protocol client for yaml-language-server (what the VS Code YAML
 * extension runs), over stdio: open a document under our schema, read its diagnostics, hover and
 * complete. Enough to test the editor's view of `packages/dsl/schema.json` as an author sees it.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

export class YamlLanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly diagnostics = new Map<string, { version: number | undefined; items: LspDiagnostic[] }>();
  private readonly waiters: (() => void)[] = [];
  private readonly settings: Record<string, unknown>;

  private constructor(schemaPath: string) {
    const bin = createRequire(import.meta.url).resolve("yaml-language-server/bin/yaml-language-server");
    this.child = spawn(process.execPath, [bin, "--stdio"], { stdio: "pipe" });
    this.child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.resume();
    this.settings = {
      yaml: {
        validate: true,
        hover: true,
        completion: true,
        format: { enable: false },
        schemaStore: { enable: false },
        schemas: { [pathToFileURL(schemaPath).href]: "*.yaml" },
      },
    };
  }

  /** Starts the server and configures `schemaPath` for every `*.yaml` document. */
  static async start(schemaPath: string): Promise<YamlLanguageServer> {
    const server = new YamlLanguageServer(schemaPath);
    await server.request("initialize", {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: {
          hover: { contentFormat: ["markdown", "plaintext"] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"] } },
          publishDiagnostics: { versionSupport: true },
        },
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      },
    });
    server.notify("initialized", {});
    server.notify("workspace/didChangeConfiguration", { settings: server.settings });
    return server;
  }

  /** Opens a document and waits for its diagnostics (the server validates after a short delay). */
  async open(uri: string, text: string, version = 1): Promise<LspDiagnostic[]> {
    this.diagnostics.delete(uri);
    this.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version, text } });
    return this.diagnosticsFor(uri);
  }

  async hover(uri: string, line: number, character: number): Promise<string> {
    const result = (await this.request("textDocument/hover", {
      textDocument: { uri },
      position: { line, character },
    })) as { contents?: { value?: string } | string } | null;
    const contents = result?.contents;
    return typeof contents === "string" ? contents : (contents?.value ?? "");
  }

  async complete(uri: string, line: number, character: number): Promise<{ label: string; documentation?: unknown }[]> {
    const result = (await this.request("textDocument/completion", {
      textDocument: { uri },
      position: { line, character },
    })) as { items?: { label: string }[] } | { label: string }[] | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  async stop(): Promise<void> {
    await this.request("shutdown", null).catch(() => undefined);
    this.notify("exit", null);
    this.child.kill();
  }

  private async diagnosticsFor(uri: string): Promise<LspDiagnostic[]> {
    const deadline = Date.now() + 30_000;
    while (!this.diagnostics.has(uri)) {
      if (Date.now() > deadline) throw new Error(`yaml-language-server sent no diagnostics for ${uri}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 500);
      });
    }
    return this.diagnostics.get(uri)!.items;
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: "2.0", id, method, params });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(JSON.parse(body) as Message);
    }
  }

  private handle(message: Message): void {
    if (message.method === undefined && message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
      return;
    }
    if (message.method === "textDocument/publishDiagnostics") {
      const { uri, version, diagnostics } = message.params as {
        uri: string;
        version?: number;
        diagnostics: LspDiagnostic[];
      };
      this.diagnostics.set(uri, { version, items: diagnostics });
      this.waiters.splice(0).forEach((resolve) => resolve());
      return;
    }
    if (message.id !== undefined) {
      // Requests from the server: its settings, and registrations we accept without acting on.
      const result =
        message.method === "workspace/configuration"
          ? ((message.params as { items: { section?: string }[] }).items ?? []).map((item) =>
              item.section === "yaml" ? this.settings.yaml : item.section ? null : this.settings,
            )
          : null;
      this.send({ jsonrpc: "2.0", id: message.id, result });
    }
  }
}
