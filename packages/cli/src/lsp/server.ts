import { fileURLToPath, pathToFileURL } from "node:url";
import type { Lang, StandardModel } from "@yardstick/dsl";
import { type Connection, TextDocuments, TextDocumentSyncKind } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze, ResolverCache } from "./analyze.js";
import { completions } from "./completion.js";
import { hover } from "./hover.js";
import { toLspDiagnostic } from "./positions.js";

const pathOf = (uri: string) => (uri.startsWith("file:") ? fileURLToPath(uri) : uri);

/**
 * Serves one editor session: diagnostics on open and change, completion of the standard's own
 * names, and hover. The editor's unsaved text of every open standard is what `extends` sees.
 */
export function serve(connection: Connection, cwd: string, lang: Lang = "en"): void {
  const documents = new TextDocuments(TextDocument);
  /** The last model each document loaded to: completion and hover keep working while it is broken. */
  const models = new Map<string, StandardModel>();
  const openText = (path: string) => documents.get(pathToFileURL(path).href)?.getText();
  let resolvers = new ResolverCache(cwd, openText);
  const pending = new Set<string>();

  connection.onInitialize((params) => {
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (rootUri) resolvers = new ResolverCache(pathOf(rootUri), openText);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        completionProvider: { triggerCharacters: [":", " ", "[", ","] },
        hoverProvider: true,
      },
      serverInfo: { name: "yardstick" },
    };
  });

  const validate = (uri: string) => {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const result = analyze(document.getText(), pathOf(uri), resolvers, lang);
    if (result.model) models.set(uri, result.model);
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
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidSave((e) => {
    // A saved file may declare a new standard id: look the folders over again.
    resolvers.clear();
    for (const d of documents.all()) if (d.uri !== e.document.uri) schedule(d.uri);
  });
  documents.onDidClose((e) => {
    models.delete(e.document.uri);
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
    return hover(model, document.getText().split(/\r?\n/), position.line, position.character) ?? null;
  });

  documents.listen(connection);
  connection.listen();
}
