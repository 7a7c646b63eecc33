import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildHandbook, renderHandbook } from "@yardstick/engine";
import { loadPrograms } from "../engine/load-programs.js";
import type { CliIo } from "../io.js";
import { notOneOf, usageError } from "../user-error.js";
import { chooseLang, langOption } from "../lang.js";

export const handbookHelp = `Usage: yardstick handbook <standard> [options]

Writes the standard as a staff handbook, from the same compiled standard the engine enforces:
each promise in words, which requests are urgent, when each clock starts, pauses and stops, who
is told when (the escalation chain), the duties as a weekly timetable, the audit's measures and
deductions, the workflow diagrams, and the scenario tests as worked examples, each checked by the
engine as the handbook is written. HTML is one self-contained page that prints on A4.

Options:
  --lang zh|en         the handbook's language (default: from LANG, else en)
  --format md|html     Markdown (diagrams as Mermaid blocks) or HTML (diagrams drawn; default)
  --week <date>        also list the duties of that date's week (Monday to Sunday) as the
                       planner plans them, holidays and 调休 named: --week 2026-10-01
  --json               the handbook's content as JSON instead
  --out <file>         write there instead of standard output
  -h, --help           show this help

Exit codes: 0 written, 1 the standard has errors or a worked example does not hold (the
handbook is still written, the example marked), 2 a usage mistake.

Examples:
  yardstick handbook standards/seed/harbour-view.yaml --lang zh --out handbook.html
  yardstick handbook standards/seed/group.yaml --lang en --format md --out handbook.md
  yardstick handbook standards/seed/harbour-view.yaml --week 2026-10-01 --out national-day-week.html
`;

export async function handbookCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...langOption,
      format: { type: "string", default: "html" },
      json: { type: "boolean", default: false },
      week: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(handbookHelp);
    return 0;
  }
  if (positionals.length !== 1)
    throw usageError("missing-argument", "oneStandard", {
      example: "yardstick handbook standards/seed/harbour-view.yaml --lang en",
    });
  const lang = chooseLang(values.lang, io);
  const format = values.format;
  if (format !== "md" && format !== "html") throw notOneOf("--format", format, ["md", "html"]);
  const week = values.week;
  if (
    week !== undefined &&
    !(/^\d{4}-\d{2}-\d{2}$/.test(week) && new Date(`${week}T00:00:00Z`).toISOString().slice(0, 10) === week)
  )
    throw usageError("invalid-option-value", "week", { value: week });
  const { programs } = loadPrograms(positionals, io, false, lang);
  const program = programs[0]?.program;
  if (program === undefined) return 1;
  const handbook = buildHandbook(program, { lang, ...(week !== undefined ? { week } : {}) });
  const text = values.json ? `${JSON.stringify(handbook, null, 2)}\n` : renderHandbook(handbook, { format });
  if (values.out === undefined) io.stdout(text);
  else writeFileSync(resolve(io.cwd, values.out), text);
  const failed = handbook.examples.filter((e) => e.outcome === "failed" || e.outcome === "error");
  const checked = handbook.examples.filter((e) => e.outcome === "passed").length;
  if (values.out !== undefined)
    io.stderr(
      `wrote ${values.out}: ${handbook.tickets.length} ticket kinds, ${handbook.duties.length} duties, ${handbook.examples.length} worked examples (${checked} checked by the engine)\n`,
    );
  for (const e of failed)
    io.stderr(`yardstick handbook: the example \`${e.id}\` does not hold (run \`yardstick test\`)\n`);
  return failed.length > 0 ? 1 : 0;
}
