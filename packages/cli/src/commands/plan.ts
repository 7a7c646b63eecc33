import { parseArgs } from "node:util";
import { dutiesToIcs, formatLocal, formatShort, instantFrom, planDuties, showOccurrence } from "@yardstick/engine";
import { loadPrograms } from "../engine/load-programs.js";
import type { CliIo } from "../io.js";
import { phrasesIn } from "@yardstick/dsl";
import { chooseLang, langHelp, langOption } from "../lang.js";
import { usageError } from "../user-error.js";
import { planWords } from "../words/plan-words.js";
import { displayWidth } from "../replay/table.js";

export const planHelp = `Usage: yardstick plan <standard> --from <date> --to <date> [options]

Lists the occurrences of the standard's recurring duties in [from, to): what is due, where, by
whom and when. Triggered and date-relative duties need the host's events and records, so they are
planned by the engine's planDuties, not here. Times are local to the standard's time zone.

Options:
  --from <time>        start of the window: 2026-12-01 or 2026-12-01 08:00 (required)
  --to <time>          end of the window, not included (required)
  --zone <zone>        only this zone (repeat for several)
  --duty <id>          only this duty (repeat for several)
  --items <set=a,b>    the items of an \`each:\` set, e.g. --items lifts=1号梯,2号梯 (repeat per set)
  --ics                print an iCalendar (RFC 5545) file to subscribe to
  --json               print the occurrences as JSON
${langHelp}
  -h, --help           show this help

Examples:
  yardstick plan standards/seed/harbour-view.yaml --from 2026-12-01 --to 2026-12-08 --zone 一区
  yardstick plan standards/seed/harbour-view.yaml --from 2026-12-01 --to 2027-01-01 --ics > duties.ics
`;

export async function planCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      from: { type: "string" },
      to: { type: "string" },
      zone: { type: "string", multiple: true },
      duty: { type: "string", multiple: true },
      items: { type: "string", multiple: true },
      ics: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      ...langOption,
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(planHelp);
    return 0;
  }
  const lang = chooseLang(values.lang, io);
  const words = phrasesIn(planWords, lang);
  if (positionals.length !== 1)
    throw usageError("missing-argument", "oneStandard", {
      example: "yardstick plan standards/seed/harbour-view.yaml --from 2026-12-01 --to 2026-12-08",
    });
  if (values.from === undefined || values.to === undefined) throw usageError("missing-option", "fromTo", {});
  const { programs, failed } = loadPrograms(positionals, io, false, lang);
  if (failed.length > 0) return 1;
  if (programs.length !== 1)
    throw usageError("several-standards", "several", { path: positionals[0]!, count: programs.length });
  const program = programs[0]!.program;
  const zone = program.timezone;
  const from = instantFrom(values.from, zone);
  const to = instantFrom(values.to, zone);
  if (from === undefined)
    throw usageError("invalid-option-value", "time", {
      option: "--from",
      value: values.from,
      example: "2026-12-01 08:00",
    });
  if (to === undefined)
    throw usageError("invalid-option-value", "time", { option: "--to", value: values.to, example: "2026-12-08 08:00" });
  if (to <= from) throw usageError("conflicting-options", "toBeforeFrom", {});
  for (const d of values.duty ?? [])
    if (program.model.duties[d] === undefined)
      throw usageError("no-such-duty", "unknown", {
        duty: d,
        standard: program.pin.id,
        duties: Object.keys(program.model.duties).join(", "),
      });
  const items: Record<string, string[]> = {};
  for (const spec of values.items ?? []) {
    const [set, list] = spec.split("=");
    if (!set || list === undefined) throw usageError("invalid-option-value", "items", { value: spec });
    items[set] = list.split(",").filter(Boolean);
  }
  const recurring = Object.values(program.model.duties)
    .filter((d) => d.schedule.kind === "recurring" && (values.duty === undefined || values.duty.includes(d.id)))
    .map((d) => d.id);
  const plan = planDuties(program, {
    from,
    to,
    duties: recurring,
    items,
    ...(values.zone !== undefined ? { zones: values.zone } : {}),
  });
  for (const d of plan.diagnostics) io.stderr(`yardstick plan: ${d.message}\n  hint: ${d.hint}\n`);
  if (values.ics) {
    io.stdout(dutiesToIcs(program, plan));
    return 0;
  }
  if (values.json) {
    const list = [...plan].map((o) => ({
      ...o,
      at: formatLocal(o.at, zone),
      start: formatLocal(o.start, zone),
      due: formatLocal(o.due, zone),
    }));
    io.stdout(
      `${JSON.stringify({ standard: program.pin, timezone: zone, occurrences: list, diagnostics: plan.diagnostics }, null, 2)}\n`,
    );
    return 0;
  }
  io.stdout(
    words("heading", {
      standard: program.pin.id,
      version: program.pin.version,
      from: formatShort(from, zone),
      to: formatShort(to, zone),
      zone,
    }),
  );
  let day = "";
  let count = 0;
  for (const o of plan) {
    const shown = showOccurrence(o, zone);
    const date = shown.slice(0, 10);
    if (date !== day) {
      io.stdout(`\n${date}\n`);
      day = date;
    }
    const duty = program.model.duties[o.duty]!;
    const when = o.allDay
      ? o.due - o.start > 86_400_000
        ? words("by", { time: formatShort(o.due - 1, zone).slice(0, 10) })
        : words("anyTime", {})
      : o.start === o.due
        ? shown.slice(11)
        : o.at === o.due
          ? words("by", { time: shown.slice(11) })
          : `${shown.slice(11)}–${formatShort(o.due, zone).slice(11)}`;
    const name = duty.title.zh ?? duty.title.en ?? duty.id;
    const where = [o.site, o.zone, o.item].filter(Boolean).join(" / ");
    const extra = [o.index !== undefined ? `#${o.index}` : "", where, o.roles.join(", ")].filter(Boolean).join("  ");
    io.stdout(
      `  ${when}${" ".repeat(Math.max(0, 14 - displayWidth(when)))} ${o.duty} (${name})${extra ? `  ${extra}` : ""}\n`,
    );
    count++;
  }
  io.stdout(words(count === 1 ? "oneOccurrence" : "occurrences", { count }));
  return 0;
}
