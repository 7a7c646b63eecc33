import { builtinHolidaySetIds } from "@yardstick/calendar";
import type { Label, StandardModel, TicketKindModel } from "@yardstick/dsl";

/** A name the standard defines, of one sort, with its title. */
export interface Name {
  id: string;
  sort: NameSort;
  title?: Label;
}
export type NameSort =
  "calendar" | "role" | "state" | "event" | "ticket" | "duty" | "holidays" | "priority" | "clock" | "escalation";

export const label = (l: Label | undefined): string | undefined =>
  l && (l.zh || l.en) ? [l.zh, l.en].filter(Boolean).join(" · ") : undefined;

/** The keys whose value names something the standard defines, and which sorts they accept. */
const SORTS_BY_KEY: Record<string, NameSort[]> = {
  calendar: ["calendar"],
  notify: ["role"],
  role: ["role"],
  roles: ["role"],
  reportsTo: ["role"],
  levels: ["role"],
  start: ["state", "event"],
  stop: ["state", "event"],
  pause: ["state", "event"],
  resume: ["state", "event"],
  reset: ["state", "event"],
  cancel: ["state", "event"],
  initial: ["state"],
  state: ["state"],
  to: ["state"],
  event: ["event"],
  ticket: ["ticket"],
  duty: ["duty"],
  holidays: ["holidays"],
  priority: ["priority"],
  clock: ["clock"],
  escalation: ["escalation"],
};

export function sortsForKey(key: string): NameSort[] {
  return SORTS_BY_KEY[key] ?? [];
}

/** The ticket kind the keys enclosing a line are inside (`tickets: repair: …`, or a test's `ticket:`). */
export function kindAt(model: StandardModel, keys: string[]): TicketKindModel | undefined {
  if (keys[0] === "tickets" && keys[1]) return model.tickets[keys[1]];
  return undefined;
}

/** Every name of the sorts asked for; states, events, priorities and clocks of `kind`, or of all kinds. */
export function namesOf(model: StandardModel, sorts: NameSort[], kind?: TicketKindModel): Name[] {
  const out: Name[] = [];
  const kinds = kind ? [kind] : Object.values(model.tickets);
  for (const sort of sorts) {
    if (sort === "calendar") {
      for (const c of Object.values(model.calendars)) out.push({ id: c.id, sort, title: c.title });
      if (!model.calendars["24x7"]) out.push({ id: "24x7", sort, title: { zh: "全天候", en: "round the clock" } });
    } else if (sort === "role")
      for (const r of Object.values(model.roles)) out.push({ id: r.id, sort, title: r.title });
    else if (sort === "ticket")
      for (const k of Object.values(model.tickets)) out.push({ id: k.id, sort, title: k.title });
    else if (sort === "duty") for (const d of Object.values(model.duties)) out.push({ id: d.id, sort, title: d.title });
    else if (sort === "escalation")
      for (const e of Object.values(model.escalations)) out.push({ id: e.id, sort, title: e.title });
    else if (sort === "holidays") {
      const ids = new Set([...Object.keys(model.holidaySets), ...builtinHolidaySetIds]);
      for (const id of ids) out.push({ id, sort });
    } else
      for (const k of kinds) {
        if (sort === "state") for (const s of Object.values(k.states)) out.push({ id: s.id, sort, title: s.title });
        if (sort === "event") for (const e of Object.values(k.events)) out.push({ id: e.id, sort, title: e.title });
        if (sort === "priority") for (const p of k.priorities) out.push({ id: p.id, sort, title: p.title });
        if (sort === "clock") for (const c of Object.values(k.clocks)) out.push({ id: c.id, sort, title: c.title });
      }
  }
  // The same id from two kinds is offered once.
  const seen = new Set<string>();
  return out.filter((n) => !seen.has(`${n.sort}:${n.id}`) && seen.add(`${n.sort}:${n.id}`));
}
