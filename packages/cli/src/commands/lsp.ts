import { parseArgs } from "node:util";
import { chooseLang, langOption } from "../lang.js";
import type { CliIo } from "../io.js";

export const lspHelp = `Usage: yardstick lsp [--stdio]

Runs the language server over stdin/stdout, for editors (VS Code through a generic LSP client,
Neovim, Helix): the validator's diagnostics with hints as you type (\`extends\` resolved from the
workspace's standards folder), completion of the standard's own names (calendars, roles, states,
events, ticket kinds, duties, holiday sets), hover with titles in Chinese and English, and what
each clock promises (hover on the clock, and a code lens above it). See docs/guide/editor-setup.md.

Options:
  --stdio       talk over stdin/stdout (the default and only transport)
  --lang zh|en  the language of diagnostics, hovers and lenses (default: the editor's
                initializationOptions.lang or locale, else LANG, else en)
  -h, --help    show this help
`;

export async function lspCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      stdio: { type: "boolean", default: true },
      ...langOption,
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(lspHelp);
    return 0;
  }
  // Loaded only here, so the other commands start without the protocol library.
  const { createConnection, ProposedFeatures } = await import("vscode-languageserver/node");
  const { serve } = await import("../lsp/server.js");
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  serve(connection, io.cwd, chooseLang(values.lang, io), { langGiven: values.lang !== undefined });
  // The connection ends the process on the client's `exit`; until then, keep serving.
  return new Promise<number>((resolve) => connection.onExit(() => resolve(0)));
}
