import { explainCommand, explainHelp } from "./commands/explain.js";
import { graphCommand, graphHelp } from "./commands/graph.js";
import { handbookCommand, handbookHelp } from "./commands/handbook.js";
import { reportCommand, reportHelp } from "./commands/report.js";
import { replayCommand, replayHelp } from "./commands/replay.js";
import { lspCommand, lspHelp } from "./commands/lsp.js";
import { newCommand, newHelp } from "./commands/new.js";
import { planCommand, planHelp } from "./commands/plan.js";
import { playgroundCommand, playgroundHelp } from "./commands/playground.js";
import { schemaCommand, schemaHelp } from "./commands/schema.js";
import { simulateCommand, simulateHelp } from "./commands/simulate.js";
import { testCommand, testHelp } from "./commands/test.js";
import { tourCommand, tourHelp } from "./commands/tour.js";
import { validateCommand, validateHelp } from "./commands/validate.js";
import { type Lang, suggestionList } from "@yardstick/dsl";
import type { CliIo } from "./io.js";
import { chooseLang } from "./lang.js";
import { usageError, UserError } from "./user-error.js";

export type { CliIo } from "./io.js";

const commands: Record<string, { run: (argv: string[], io: CliIo) => Promise<number>; help: string; summary: string }> =
  {
    tour: {
      run: tourCommand,
      help: tourHelp,
      summary: "the whole product in one run: validate, scenarios, a simulated month, KPIs, report and handbook",
    },
    validate: {
      run: validateCommand,
      help: validateHelp,
      summary: "check standards and print every problem with file:line:col and a hint",
    },
    test: {
      run: testCommand,
      help: testHelp,
      summary: "run the standards' scenario tests through the engine: ✓/✗ with expected and actual",
    },
    explain: {
      run: explainCommand,
      help: explainHelp,
      summary: "when a ticket falls due, who is told when, and why (holidays, 调休, pauses)",
    },
    report: {
      run: reportCommand,
      help: reportHelp,
      summary: "audit a period: KPIs per zone, findings, scores, ranking, as HTML, JSON or CSV",
    },
    new: {
      run: newCommand,
      help: newHelp,
      summary: "start a community standard that extends another, its promises listed as comments to override",
    },
    graph: {
      run: graphCommand,
      help: graphHelp,
      summary: "draw a ticket kind's workflow and its clocks as a Mermaid state diagram",
    },
    handbook: {
      run: handbookCommand,
      help: handbookHelp,
      summary: "the standard as a staff handbook (zh/en, Markdown or printable HTML), diagrams and examples",
    },
    plan: {
      run: planCommand,
      help: planHelp,
      summary: "list the duties due in a window, per zone and item; --ics for a calendar to subscribe to",
    },
    simulate: {
      run: simulateCommand,
      help: simulateHelp,
      summary: "a synthetic month of tickets and duty logs for a community, as an activity file (JSON Lines)",
    },
    replay: {
      run: replayCommand,
      help: replayHelp,
      summary: "replay recorded events under a standard: clocks, breaches, escalations, duties and KPIs",
    },
    schema: {
      run: schemaCommand,
      help: schemaHelp,
      summary: "print the JSON Schema editors use to complete and check standards",
    },
    lsp: {
      run: lspCommand,
      help: lspHelp,
      summary: "the language server for editors: diagnostics, completion and hover as you type",
    },
    playground: {
      run: playgroundCommand,
      help: playgroundHelp,
      summary: "serve the playground page: edit a standard in the browser, checked and explained as you type",
    },
  };

/** Names and summaries in two columns, at least two spaces apart. */
const NAME_WIDTH = Math.max(...Object.keys(commands).map((name) => name.length)) + 1;

export const mainHelp = `Usage: yardstick <command> [options]

Service standards as code, for property management.

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(NAME_WIDTH)} ${c.summary}`)
  .join("\n")}

Run \`yardstick <command> --help\` for a command's options.
`;

/** The `yardstick` command as a function: argv in, exit code out, all output through `io`. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" && rest[0] ? commands[rest[0]] : undefined;
    io.stdout(topic ? topic.help : mainHelp);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  try {
    if (!command) throw unknownCommand(name);
    return await command.run(rest, io);
  } catch (error) {
    const mistake = error instanceof UserError ? error : parseArgsMistake(error, name, command?.help ?? "");
    if (mistake === undefined) throw error;
    io.stderr(mistake.format(usageLang(rest, io), command ? name : undefined));
    return mistake.exitCode;
  }
}

function unknownCommand(name: string): UserError {
  const [close] = suggestionList(name, Object.keys(commands));
  return close !== undefined
    ? usageError("unknown-command", "close", { name, command: close })
    : usageError("unknown-command", "unknown", { name, commands: Object.keys(commands).join(", ") });
}

/**
 * parseArgs' own errors (unknown option, a value missing or not wanted, an extra argument), read
 * by their codes and turned into ours; the option's name is the first one quoted in Node's message.
 */
function parseArgsMistake(error: unknown, command: string, help: string): UserError | undefined {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? "";
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  // `'-h, --help'` and `'--max-diagnostics <value>'`: the long name as written on a command line.
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(" ")[0]!;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const options = [...new Set(help.match(/--[a-z][\w-]*/g) ?? [])];
    const [close] = suggestionList(option, options);
    return close !== undefined
      ? usageError("unknown-option", "close", { option, command, suggestion: close })
      : usageError("unknown-option", "unknown", { option, command });
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    // "… does not take an argument", else "argument missing" or "argument is ambiguous" (`--max --lang zh`).
    return /does not take an argument/.test(message)
      ? usageError("option-takes-no-value", "given", { option, command })
      : usageError("option-needs-value", "missing", { option, command });
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return usageError("unexpected-argument", "extra", { argument: quoted, command });
  return undefined;
}

/** The language a mistake is printed in: `--lang` if it is given and right, else the locale. */
function usageLang(argv: readonly string[], io: CliIo): Lang {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = at < 0 ? undefined : argv[at]!.startsWith("--lang=") ? argv[at]!.slice(7) : argv[at + 1];
  try {
    return chooseLang(value, io);
  } catch {
    return chooseLang(undefined, io);
  }
}
