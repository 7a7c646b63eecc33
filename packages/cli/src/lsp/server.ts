import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createLoadCache, type Lang, langFromLocale, type StandardModel, toPointer } from "@yardstick/dsl";
import type { Program } from "@yardstick/engine";
import { type CodeLens, type Connection, TextDocuments, TextDocumentSyncKind } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze, ResolverCache } from "./analyze.js";
import { completions } from "./completion.js";
import { hover } from "./hover.js";
import { toLspDiagnostic } from "./positions.js";
import { handbookClock, promiseLine } from "./promise.js";

const pathOf = (uri: string) => (uri.startsWith("file:") ? fileURLToPath(uri) : uri);

/** The client's choice of language: `initializationOptions.lang`, else its display locale (`zh-cn`). */
function clientLang(options: unknown, locale: string | undefined): Lang | undefined {
  const asked = (options as { lang?: unknown } | null | undefined)?.lang;
  if (asked === "zh" || asked === "en") return asked;
  return locale ? langFromLocale({ LANG: locale.replace("-", "_") }) : undefined;
}

/** `workspace/didChangeConfiguration`'s settings: `{ yardstick: { lang: "zh" } }`. */
function settingsLang(settings: unknown): Lang | undefined {
  const lang = (settings as { yardstick?: { lang?: unknown } } | null | undefined)?.yardstick?.lang;
  return lang === "zh" || lang === "en" ? lang : undefined;
}

export interface ServeOptions {
  /** The language was given on the command line (`--lang`): the client's locale does not change it. */
  langGiven?: boolean;
}

/**
 * Serves one editor session: diagnostics on open and change, completion of the standard's own
 * names, hover, and a code lens above each clock saying what it promises. The editor's unsaved
 * text of every open standard is what `extends` sees, and a document is checked again when a
 * standard it extends changes.
 */
export function serve(connection: Connection, cwd: string, lang: Lang = "en", options: ServeOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  /** The last model each document loaded to: completion and hover keep working while it is broken. */
  const models = new Map<string, StandardModel>();
  /** The last program each document compiled to, for what its clocks promise. */
  const programs = new Map<string, Program>();
  /** The files each document's last load read (itself, then the standards it extends), as absolute paths. */
  const reads = new Map<string, string[]>();
  /** Parses kept between keystrokes (decision 0093): keyed by text, so never stale. */
  const loadCache = createLoadCache();
  const openText = (path: string) => documents.get(pathToFileURL(path).href)?.getText();
  let resolvers = new ResolverCache(cwd, openText);
  const pending = new Set<string>();

  connection.onInitialize((params) => {
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (rootUri) resolvers = new ResolverCache(pathOf(rootUri), openText);
    if (!options.langGiven) lang = clientLang(params.initializationOptions, params.locale) ?? lang;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        completionProvider: { triggerCharacters: [":", " ", "[", ","] },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: "yardstick" },
    };
  });
  connection.onDidChangeConfiguration(({ settings }) => {
    const asked = settingsLang(settings);
    if (options.langGiven || !asked || asked === lang) return;
    lang = asked;
    for (const d of documents.all()) schedule(d.uri);
  });

  const validate = (uri: string) => {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const result = analyze(document.getText(), pathOf(uri), resolvers, lang, loadCache);
    if (result.model) models.set(uri, result.model);
    if (result.program) programs.set(uri, result.program);
    reads.set(
      uri,
      result.read.map((f) => resolve(resolvers.root, f)),
    );
    void connection.sendDiagnostics({
      uri,
      version: document.version,
      diagnostics: result.diagnostics.map((d) => toLspDiagnostic(d, result.file)),
    });
  };
  // Changes that arrive together are validated once, on the latest text.
  const schedule = (uri: string) => {
    if (pending.has(uri)) return;
    pending.add(uri);
    setImmediate(() => validate(uri));
  };

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => {
    schedule(e.document.uri);
    // The open standards that extend this one see its unsaved text: check them again.
    const path = resolve(pathOf(e.document.uri));
    for (const [uri, files] of reads) if (uri !== e.document.uri && files.slice(1).includes(path)) schedule(uri);
  });
  documents.onDidSave((e) => {
    // A saved file may declare a new standard id: look the folders over again.
    resolvers.clear();
    for (const d of documents.all()) if (d.uri !== e.document.uri) schedule(d.uri);
  });
  documents.onDidClose((e) => {
    models.delete(e.document.uri);
    programs.delete(e.document.uri);
    reads.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const model = models.get(textDocument.uri);
    if (!document || !model) return [];
    return completions(model, document.getText().split(/\r?\n/), position.line, position.character);
  });
  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const model = models.get(textDocument.uri);
    if (!document || !model) return null;
    const context = { program: programs.get(textDocument.uri), lang };
    return hover(model, document.getText().split(/\r?\n/), position.line, position.character, context) ?? null;
  });
  connection.onCodeLens(({ textDocument }) => {
    const model = models.get(textDocument.uri);
    const program = programs.get(textDocument.uri);
    const file = reads.get(textDocument.uri)?.[0];
    if (!model || !program || !file) return [];
    const lenses: CodeLens[] = [];
    for (const kind of Object.values(model.tickets))
      for (const clock of Object.values(kind.clocks)) {
        // Above the clock's key in this file; a clock only inherited is the parent's to show.
        const origin = model.origins[toPointer(["tickets", kind.id, "clocks", clock.id])];
        if (!origin || resolve(resolvers.root, origin.file) !== file) continue;
        const promised = handbookClock(program, kind.id, clock.id, lang);
        if (!promised) continue;
        const at = { line: origin.line - 1, character: Math.max(0, origin.column - 1) };
        lenses.push({
          range: { start: at, end: { line: at.line, character: at.character + clock.id.length } },
          // A lens that only reads: no command to run (the title is what an editor shows).
          command: { title: promiseLine(promised, lang), command: "" },
          data: { kind: kind.id, clock: clock.id },
        });
      }
    return lenses;
  });

  documents.listen(connection);
  connection.listen();
}
