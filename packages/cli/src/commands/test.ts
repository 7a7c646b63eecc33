import { parseArgs } from "node:util";
import { phrasesIn } from "@yardstick/dsl";
import { runScenarios, type ScenarioCoverage, type ScenarioReport } from "@yardstick/engine";
import { loadPrograms } from "../engine/load-programs.js";
import type { CliIo } from "../io.js";
import { chooseColor } from "./options.js";
import { chooseLang, langHelp, langOption } from "../lang.js";
import { testWords } from "../words/test-words.js";

export const testHelp = `Usage: yardstick test [files|folders…] [options]

Runs every scenario test (\`tests:\`) of the standards through the engine and prints ✓ or ✗ for
each, with the expected and the actual value of every check that failed. A community standard
runs the tests it inherits too (marked "from <parent>", or "from <parent>, changed here" when it
changes some of a test's fields). Exit code 1 when any test fails.
Default folder: ./standards.

Options:
  --json               print the results as JSON
  --coverage           list the states, priorities, clocks and escalation levels no scenario reaches
  --color / --no-color colour the output (default: on a terminal; never with NO_COLOR set)
${langHelp}
  -h, --help           show this help

Examples:
  yardstick test
  yardstick test standards/seed/harbour-view.yaml --coverage
`;

export async function testCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      coverage: { type: "boolean", default: false },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      ...langOption,
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(testHelp);
    return 0;
  }
  const color = chooseColor(values, io);
  const lang = chooseLang(values.lang, io);
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const say = phrasesIn(testWords, lang);
  // The engine names an escalation level `arrival level 1`; printed in the run's language.
  const reached = (name: string) => {
    const level = /^(.+) level (\d+)$/.exec(name);
    return level ? say("escalationLevel", { clock: level[1]!, level: level[2]! }) : name;
  };
  const { programs, failed } = loadPrograms(positionals, io, color, lang);
  const reports: (ScenarioReport & {
    file: string;
    inherited: Record<string, string>;
    changed: Record<string, string>;
  })[] = [];
  for (const { file, program } of programs) {
    const report = runScenarios(program, { lang });
    // Which side each test comes from: the parent's as it is (`inherited`), the parent's with
    // fields the child changed (`changed`), or the child's own (in neither), by the origins.
    const inherited: Record<string, string> = {};
    const changed: Record<string, string> = {};
    const { origins, id: own } = program.model;
    for (const id of Object.keys(program.model.tests)) {
      const pointer = `/tests/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const origin = origins[pointer];
      if (origin !== undefined && origin.standard !== own) {
        inherited[id] = origin.standard;
        continue;
      }
      for (const [at, o] of Object.entries(origins))
        if (o.standard !== own && at.startsWith(`${pointer}/`)) {
          changed[id] = o.standard;
          break;
        }
    }
    reports.push({ ...report, file, inherited, changed });
  }
  const passed = reports.reduce((n, r) => n + r.passed, 0);
  const failedTests = reports.reduce((n, r) => n + r.failed, 0);
  const notRun = reports.reduce((n, r) => n + r.notRun, 0);
  const exit = failedTests > 0 || failed.length > 0 ? 1 : 0;
  if (values.json) {
    io.stdout(
      `${JSON.stringify({ standards: reports, invalid: failed.map((f) => f.file), passed, failed: failedTests, notRun }, null, 2)}\n`,
    );
    return exit;
  }
  for (const report of reports) {
    io.stdout(`${report.file} (${report.standard})\n`);
    for (const r of report.results) {
      const parent = report.inherited[r.id];
      const changedFrom = report.changed[r.id];
      const from =
        parent !== undefined
          ? paint("2", say("inherited", { parent }))
          : changedFrom !== undefined
            ? paint("2", say("inheritedChanged", { parent: changedFrom }))
            : "";
      const name = `${r.id}${r.title !== undefined ? ` — ${r.title}` : ""}${from}`;
      if (r.outcome === "passed") io.stdout(`  ${paint("32", "✓")} ${name}\n`);
      else if (r.outcome === "not-run")
        io.stdout(`  ${paint("33", "-")} ${say("notRun", { name, reason: r.message ?? "" })}\n`);
      else {
        io.stdout(`  ${paint("31", "✗")} ${name}\n`);
        if (r.message !== undefined) io.stdout(`      ${r.message}\n`);
        for (const c of r.checks.filter((x) => !x.ok)) {
          const [expected, actual] = [paint("32", c.expected), paint("31", c.actual)];
          io.stdout(`      ${say("failedCheck", { at: c.at, field: c.field, expected, actual })}\n`);
        }
      }
    }
    if (values.coverage) {
      for (const [kind, cov] of Object.entries(report.coverage)) {
        const gaps = (Object.entries(cov) as [keyof ScenarioCoverage, { missing: string[] }][])
          .filter(([, v]) => v.missing.length > 0)
          .map(([what, v]) => say("gap", { what: say(what, {}), missing: v.missing.map(reached).join(", ") }));
        const line =
          gaps.length === 0
            ? say("coverageComplete", { kind })
            : say("coverageGaps", { kind, gaps: gaps.join(say("gapSeparator", {})) });
        io.stdout(`  ${line}\n`);
      }
    }
  }
  const count = (n: number, one: "oneTest" | "oneStandard", many: "tests" | "standards") =>
    say(n === 1 ? one : many, { count: n });
  const totals = say("totals", { tests: count(passed, "oneTest", "tests"), failed: failedTests, notRun });
  const invalid =
    failed.length > 0 ? say("withErrors", { standards: count(failed.length, "oneStandard", "standards") }) : "";
  io.stdout(`\n${totals}${invalid}\n`);
  return exit;
}
