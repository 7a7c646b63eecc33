/**
 * `compileStandard(model)`: a resolved Standard model → a program the runtime runs, and the compile
 * problems as diagnostics. Never throws: a model that does not compile gives `program: undefined`.
 */
import { createCalendar, type Calendar } from "@yardstick/calendar";
import { diagnosticAt, phraseIn, toPointer, type Diagnostic, type Lang, type StandardModel } from "@yardstick/dsl";
import { compileCodes, type CompileProblem } from "./compile-codes.js";
import { compileKind } from "./compile-kind.js";
import type { CompiledKind, Program } from "./program.js";
import { clockCanStartRule } from "./rules/clock-can-start-rule.js";
import type { CompileRule } from "./rules/compile-rule.js";
import { dueAtFieldRule } from "./rules/due-at-field-rule.js";
import { machineReferencesRule } from "./rules/machine-references-rule.js";
import { pauseNeedsResumeRule } from "./rules/pause-needs-resume-rule.js";

export const compileRules: readonly CompileRule[] = [
  machineReferencesRule,
  pauseNeedsResumeRule,
  dueAtFieldRule,
  clockCanStartRule,
];

export interface CompileResult {
  program: Program | undefined;
  diagnostics: Diagnostic[];
}

export interface CompileOptions {
  /** The checks to run (default: `compileRules`), as the language's `rules` load option. */
  rules?: readonly CompileRule[];
  /** The language the diagnostics are written in (default English); their codes are the same in both. */
  lang?: Lang;
}

export function compileStandard(model: StandardModel, options: CompileOptions = {}): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const report = ({ code, path, message, hint, severity }: CompileProblem) =>
    diagnostics.push(
      diagnosticAt(model, {
        code,
        pointer: toPointer(path),
        message,
        hint,
        severity: severity ?? compileCodes[code].severities[0],
        lang: options.lang,
      }),
    );
  const calendars = new Map<string, Calendar>();
  for (const [id, spec] of Object.entries(model.calendars)) {
    try {
      calendars.set(id, createCalendar(spec));
    } catch (error) {
      report({
        code: "calendar-not-compiled",
        path: ["calendars", id],
        ...phraseIn(compileCodes, "calendar-not-compiled", "failed", {
          calendar: id,
          detail: (error as Error).message,
        }),
      });
    }
  }
  if (!calendars.has("24x7"))
    calendars.set("24x7", createCalendar({ id: "24x7", timezone: model.timezone, hours: "24x7" }));
  const tickets = new Map<string, CompiledKind>();
  for (const kind of Object.values(model.tickets)) {
    const compiled = compileKind(kind, calendars, model);
    tickets.set(kind.id, compiled);
    for (const rule of options.rules ?? compileRules) rule(compiled, model, report);
  }
  const failed = diagnostics.some((d) => d.severity === "error");
  const program: Program | undefined = failed
    ? undefined
    : {
        pin: { id: model.id, version: model.version, hash: model.hash },
        timezone: model.timezone,
        model,
        tickets,
        calendars,
      };
  return { program, diagnostics };
}
