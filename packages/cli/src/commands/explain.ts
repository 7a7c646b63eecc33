import { readFileSync } from "node:fs";
import { type Label, phrasesIn } from "@yardstick/dsl";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  advance,
  applyEvent,
  explain,
  formatLocal,
  formatShort,
  instantFrom,
  isEngineError,
  openTicket,
  status,
  type Data,
  type TicketResult,
} from "@yardstick/engine";
import { loadPrograms } from "../engine/load-programs.js";
import type { CliIo } from "../io.js";
import { chooseLang, langHelp, langOption } from "../lang.js";
import { explainWords } from "../words/explain-words.js";
import { usageError, UserError } from "../user-error.js";

export const explainHelp = `Usage: yardstick explain <standard> --ticket <kind> --at <time> [options]

Opens a ticket of <kind> at <time> (local time in the standard's zone, or ISO 8601 with an offset),
applies the events given, and prints every clock's deadline, warnings and escalations as a
timeline, with the reasons: lunch breaks, weekends, holidays such as National Day, 调休, pauses.

Options:
  --ticket <kind>      the ticket kind (e.g. repair)
  --at <time>          when the ticket is opened, e.g. "2026-09-30 17:00"
  --data k=v           ticket data, repeatable (e.g. --data category=water_leak)
  --events <file>      JSON Lines: one { "type", "at", "data"? } per line, applied in order
  --event <type>[@<time>]
                       an event, repeatable, applied after --events in the order given; without
                       @<time> it happens at --at (e.g. --event report --event "arrive@2026-09-30 17:12")
  --until <time>       advance the ticket to this time (default: the last event)
  --json               print the explanation as JSON
${langHelp}
  -h, --help           show this help

Examples:
  yardstick explain standards/seed/harbour-view.yaml --ticket repair --at "2026-09-30 17:00" --data category=water_leak --event report
  yardstick explain standards/seed/harbour-view.yaml --ticket repair --at "2026-09-30 11:50" --event report \\
    --event "dispatch@2026-09-30 11:53" --event "arrive@2026-09-30 12:02" --event "complete@2026-09-30 16:00" --lang zh
`;

export async function explainCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ticket: { type: "string" },
      at: { type: "string" },
      data: { type: "string", multiple: true },
      events: { type: "string" },
      event: { type: "string", multiple: true },
      until: { type: "string" },
      json: { type: "boolean", default: false },
      ...langOption,
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(explainHelp);
    return 0;
  }
  if (positionals.length !== 1)
    throw usageError("missing-argument", "oneStandard", {
      example: 'yardstick explain standards/seed/group.yaml --ticket repair --at "2026-09-30 17:00"',
    });
  if (values.ticket === undefined) throw usageError("missing-option", "ticket", {});
  if (values.at === undefined) throw usageError("missing-option", "at", {});
  const lang = chooseLang(values.lang, io);
  const { programs } = loadPrograms(positionals, io, false, lang);
  const loaded = programs[0];
  if (loaded === undefined) return 1;
  const { program } = loaded;
  const zone = program.timezone;
  const time = (text: string, what: string) => {
    const t = instantFrom(text, zone);
    if (t === undefined)
      throw usageError("invalid-option-value", "time", { option: what, value: text, example: "2026-09-30 17:00" });
    return t;
  };
  const data: Data = {};
  for (const pair of values.data ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw usageError("invalid-option-value", "keyValue", { value: pair });
    data[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  try {
    let r: TicketResult = openTicket(program, {
      id: "explain",
      kind: values.ticket,
      at: time(values.at, "--at"),
      data,
    });
    const effects = [...r.effects];
    if (values.events !== undefined) {
      const lines = readFileSync(resolve(io.cwd, values.events), "utf8").split("\n");
      lines.forEach((line, i) => {
        if (line.trim() === "") return;
        let ev: { type: string; at: string | number; data?: Data };
        try {
          ev = JSON.parse(line) as typeof ev;
        } catch {
          throw usageError("cannot-read", "eventLine", { file: values.events ?? "", line: i + 1 });
        }
        r = applyEvent(program, r.ticket, {
          ...ev,
          at: typeof ev.at === "number" ? ev.at : time(ev.at, `${values.events}:${i + 1}`),
        });
        effects.push(...r.effects);
      });
    }
    // `type@time`: the type has no @ (an id), so the first one ends it; no @ is the opening's time.
    for (const spec of values.event ?? []) {
      const split = spec.indexOf("@");
      const type = (split < 0 ? spec : spec.slice(0, split)).trim();
      if (type === "" || (split >= 0 && spec.slice(split + 1).trim() === ""))
        throw usageError("invalid-option-value", "eventSpec", { value: spec });
      const at = split < 0 ? values.at : spec.slice(split + 1).trim();
      r = applyEvent(program, r.ticket, { type, at: time(at, "--event") });
      effects.push(...r.effects);
    }
    if (values.until !== undefined) {
      r = advance(program, r.ticket, time(values.until, "--until"));
      effects.push(...r.effects);
    }
    const kind = program.tickets.get(values.ticket)!;
    const explanations = kind.clocks.map((c) => explain(program, r.ticket, c.id, { lang }));
    const now = status(program, r.ticket);
    if (values.json) {
      io.stdout(`${JSON.stringify({ standard: program.pin, status: now, effects, clocks: explanations }, null, 2)}\n`);
      return 0;
    }
    const w = phrasesIn(explainWords, lang);
    // In Chinese an id is followed by its title (`repair（家庭维修）`); in English the id alone.
    const named = (id: string, title: Label | undefined) =>
      lang === "zh" && (title?.zh ?? title?.en) !== undefined ? `${id}（${title?.zh ?? title?.en}）` : id;
    // Times as each language's other commands show them: ISO 8601 in English, `2026-09-30 17:00` in Chinese.
    const when = (t: number) => (lang === "zh" ? formatShort(t, zone) : formatLocal(t, zone));
    const priority = kind.model.priorities.find((p) => p.id === now.priority);
    io.stdout(
      w("heading", {
        standard: program.pin.id,
        kind: named(kind.id, kind.model.title),
        at: when(r.ticket.opened),
        state: named(now.state, kind.model.states[now.state]?.title),
        priority: now.priority === null ? w("noPriority", {}) : named(now.priority, priority?.title),
      }),
    );
    for (const e of explanations) io.stdout(`${e.lines.join("\n")}\n\n`);
    io.stdout(w("nextWake", { at: now.nextWakeAt === null ? w("none", {}) : when(now.nextWakeAt) }));
    return 0;
  } catch (error) {
    if (isEngineError(error)) throw new UserError(error.code, { message: error.message, hint: error.hint }, 1);
    throw error;
  }
}
