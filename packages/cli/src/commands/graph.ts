import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { workflowGraph, workflowMermaid } from "@yardstick/engine";
import { loadPrograms } from "../engine/load-programs.js";
import type { CliIo } from "../io.js";
import { notOneOf, usageError } from "../user-error.js";
import { chooseLang, langOption } from "../lang.js";

export const graphHelp = `Usage: yardstick graph <standard> --ticket <kind> [options]

Draws a ticket kind's workflow and its clocks as a Mermaid state diagram (stateDiagram-v2): the
states with their titles, each transition labelled with its event, and where each clock starts,
pauses, resumes, stops or is cancelled. Read from the compiled standard the engine enforces.
Paste the text into any Mermaid viewer, or a \`\`\`mermaid block on GitHub.

Options:
  --ticket <kind>      the ticket kind (may be left out when the standard has only one)
  --format mermaid|json   Mermaid text (default) or the graph as JSON (states, transitions, clocks)
  --json               the same as --format json
  --lang zh|en         the language of the titles (default: from LANG, else en)
  --direction TB|LR    top to bottom (default) or left to right
  --out <file>         write there instead of standard output
  -h, --help           show this help

Exit codes: 0 drawn, 1 the standard has errors, 2 a usage mistake (e.g. an unknown kind).

Examples:
  yardstick graph standards/seed/harbour-view.yaml --ticket repair
  yardstick graph standards/seed/group.yaml --ticket complaint --lang en --out complaint.mmd
`;

export async function graphCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ticket: { type: "string" },
      format: { type: "string", default: "mermaid" },
      json: { type: "boolean", default: false },
      ...langOption,
      direction: { type: "string", default: "TB" },
      out: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(graphHelp);
    return 0;
  }
  if (positionals.length !== 1)
    throw usageError("missing-argument", "oneStandard", {
      example: "yardstick graph standards/seed/group.yaml --ticket repair",
    });
  const format = values.json ? "json" : values.format;
  if (format !== "mermaid" && format !== "json") throw notOneOf("--format", format, ["mermaid", "json"]);
  if (values.direction !== "TB" && values.direction !== "LR")
    throw notOneOf("--direction", values.direction, ["TB", "LR"]);
  const lang = chooseLang(values.lang, io);
  const { programs } = loadPrograms(positionals, io, false, lang);
  const program = programs[0]?.program;
  if (program === undefined) return 1;
  const kinds = Object.keys(program.model.tickets);
  const ticket = values.ticket ?? (kinds.length === 1 ? kinds[0] : undefined);
  if (ticket === undefined)
    throw kinds.length === 0
      ? usageError("no-such-ticket-kind", "none", { standard: program.pin.id })
      : usageError("missing-option", "ticketOf", { kinds: kinds.join(", ") });
  if (!kinds.includes(ticket))
    throw usageError("no-such-ticket-kind", "unknown", { standard: program.pin.id, ticket, kinds: kinds.join(", ") });
  const graph = workflowGraph(program, ticket);
  const text =
    format === "json"
      ? `${JSON.stringify(graph, null, 2)}\n`
      : workflowMermaid(graph, { lang, direction: values.direction });
  if (values.out === undefined) io.stdout(text);
  else {
    writeFileSync(resolve(io.cwd, values.out), text);
    io.stderr(`wrote ${values.out}: ${graph.states.length} states, ${graph.transitions.length} transitions\n`);
  }
  return 0;
}
