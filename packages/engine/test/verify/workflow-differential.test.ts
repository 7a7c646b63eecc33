/**
 * Issue 8, "Done when": the compiled workflow equals XState's own pure `transition` over every
 * reachable (state, event) pair of every shipped kind. Two levels:
 *  - the table: for each reachable state, every event of the kind, and guard data chosen from the
 *    matchers so that every `when` is both taken and not taken, the first transition whose guard
 *    holds is the one XState takes (`getTransitionData`) and leads where `transition` leads;
 *  - the runtime: `applyEvent` along real paths moves the ticket where XState moves it, and refuses
 *    exactly the events XState ignores (unless a clock listens to them).
 */
import { readFileSync } from "node:fs";
import { loadStandard, type MatchTest, type StandardModel } from "@yardstick/dsl";
import {
  applyEvent,
  compileStandard,
  isEngineError,
  openTicket,
  status,
  ticketMachine,
  type CompiledKind,
  type Data,
  type Program,
  type Scalar,
  type TicketResult,
} from "@yardstick/engine";
import { transition } from "xstate";
import { describe, expect, test } from "vitest";
import { matches } from "./matchers.js";
import { allPrograms } from "./programs.js";

/** The guards fixture, with branches YAML cannot write yet (several transitions for one event). */
function guardsProgram(): Program {
  const text = readFileSync(new URL("fixtures/guards.yaml", import.meta.url), "utf8");
  const { standard } = loadStandard(text, { file: "guards.yaml" });
  if (standard === undefined) throw new Error("guards.yaml does not load");
  const model = structuredClone(standard) as StandardModel;
  const states = model.tickets.order!.states;
  const when = (field: string, op: MatchTest["op"], value: MatchTest["value"]): MatchTest[] => [{ field, op, value }];
  states.draft!.on.submit!.push({ to: "cancelled" }); // an unguarded fallback after a guarded branch
  states.review!.on.approve!.push({ to: "board", when: when("amount", "gte", 1000) });
  states.board!.on.reject!.push({ to: "draft", when: when("event.note", "exists", true) });
  const { program, diagnostics } = compileStandard(model);
  if (program === undefined) throw new Error(`guards does not compile: ${JSON.stringify(diagnostics)}`);
  return program;
}

const programs = [...allPrograms(), { name: "guards (with added branches)", program: guardsProgram() }];

const other = (v: Scalar): Scalar => (typeof v === "number" ? v + 7 : typeof v === "boolean" ? !v : `${v}~`);

/** Values that sit on each side of a test: the value itself, its neighbours, something else. */
function candidates(t: MatchTest): Scalar[] {
  const list = Array.isArray(t.value) ? t.value : [t.value];
  switch (t.op) {
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      return list.flatMap((v) => (typeof v === "number" ? [v - 1, v, v + 1] : [v, other(v), ""]));
    case "exists":
      return ["present"];
    default:
      return [...list, other(list[0]!)];
  }
}

const keyOf = (field: string) => field.replace(/^(ticket|event)\./, "");

interface Variant {
  ticket: Data;
  data: Data | undefined;
}

/** Ticket and event data for one (state, event): every candidate on either side, or absent. */
function variants(kind: CompiledKind, state: string, event: string, cap = 4000): Variant[] {
  const transitions = kind.model.states[state]?.on[event] ?? [];
  const byField = new Map<string, Set<Scalar>>();
  for (const t of transitions)
    for (const test of t.when ?? []) {
      const set = byField.get(keyOf(test.field)) ?? new Set<Scalar>();
      for (const c of candidates(test)) set.add(c);
      byField.set(keyOf(test.field), set);
    }
  let out: Variant[] = [{ ticket: {}, data: undefined }];
  for (const [field, values] of byField) {
    const options: (Scalar | undefined)[] = [undefined, ...values];
    const next: Variant[] = [];
    for (const v of out)
      for (const onTicket of options)
        for (const onEvent of options) {
          const ticket = onTicket === undefined ? v.ticket : { ...v.ticket, [field]: onTicket };
          const data = onEvent === undefined ? v.data : { ...(v.data ?? {}), [field]: onEvent };
          next.push({ ticket, data });
        }
    out = next;
  }
  if (out.length <= cap) return out;
  const stride = Math.ceil(out.length / cap);
  return out.filter((_, i) => i % stride === 0);
}

/** The compiled table's answer: the first transition whose guard holds, with the guards it tried. */
function tableStep(kind: CompiledKind, state: string, event: string, v: Variant) {
  const tried: { name: string; held: boolean }[] = [];
  if (kind.finals.has(state)) return { taken: undefined, tried };
  for (const t of kind.table.get(state)?.get(event) ?? []) {
    const held = t.guard === undefined || t.guard(v.ticket, v.data);
    if (t.guardName !== undefined) {
      const model = kind.model.states[state]!.on[event]![kind.table.get(state)!.get(event)!.indexOf(t)]!;
      expect({ guard: t.guardName, ...v, held }).toEqual({
        guard: t.guardName,
        ...v,
        held: matches(model.when, v.ticket, v.data),
      });
    }
    if (t.guardName !== undefined) tried.push({ name: t.guardName, held });
    if (held) return { taken: t, tried };
  }
  return { taken: undefined, tried };
}

type Machine = ReturnType<typeof ticketMachine>;

function xstateStep(machine: Machine, state: string, event: string, v: Variant) {
  const snapshot = machine.resolveState({ value: state });
  const ev = { type: event, ticket: v.ticket, ...(v.data !== undefined ? { data: v.data } : {}) };
  const enabled = machine.getTransitionData(snapshot, ev);
  const [next] = transition(machine, snapshot, ev);
  const guard = enabled[0]?.guard as string | { type?: string } | undefined;
  return {
    value: next.value as string,
    done: next.status === "done",
    enabled: enabled.length,
    target: enabled[0]?.target?.[0]?.key,
    guard: typeof guard === "string" ? guard : guard?.type,
  };
}

for (const { name, program } of programs) {
  describe(`workflow of ${name} equals XState's transition`, () => {
    for (const kind of program.tickets.values()) {
      const machine = ticketMachine(program, kind.id);
      const events = [...new Set([...kind.events, ...kind.clockEvents])].sort();

      test(`${kind.id}: the table over every reachable (state, event), each guard taken and not taken`, () => {
        const reachedByTable = new Set([kind.initial]);
        const reachedByXState = new Set([kind.initial]);
        const queue = [kind.initial];
        const taken = new Map<string, number>();
        const refused = new Map<string, number>();
        let pairs = 0;
        while (queue.length > 0) {
          const state = queue.shift()!;
          for (const event of events) {
            pairs++;
            for (const v of variants(kind, state, event)) {
              const table = tableStep(kind, state, event, v);
              const x = xstateStep(machine, state, event, v);
              const where = { state, event, ticket: v.ticket, data: v.data };
              expect({ ...where, to: x.value, enabled: x.enabled, target: x.target, guard: x.guard }).toEqual({
                ...where,
                to: table.taken?.to ?? state,
                enabled: table.taken === undefined ? 0 : 1,
                target: table.taken?.to,
                guard: table.taken?.guardName,
              });
              expect(x.done).toBe(kind.finals.has(x.value));
              for (const { name: guard, held } of table.tried) {
                const counts = held ? taken : refused;
                counts.set(guard, (counts.get(guard) ?? 0) + 1);
              }
              if (table.taken !== undefined) reachedByTable.add(table.taken.to);
              if (!reachedByXState.has(x.value)) {
                reachedByXState.add(x.value);
                queue.push(x.value);
              }
            }
          }
        }
        expect([...reachedByTable].sort()).toEqual([...reachedByXState].sort());
        expect(pairs).toBe(reachedByXState.size * events.length);
        // Every guard of a reachable state was met and missed at least once.
        const guards = [...reachedByXState].flatMap((s) =>
          [...(kind.table.get(s)?.values() ?? [])].flat().flatMap((t) => (t.guardName ? [t.guardName] : [])),
        );
        for (const guard of guards) {
          expect({ guard, taken: (taken.get(guard) ?? 0) > 0 }).toEqual({ guard, taken: true });
          expect({ guard, refused: (refused.get(guard) ?? 0) > 0 }).toEqual({ guard, refused: true });
        }
      });

      test(`${kind.id}: applyEvent along real paths moves where XState moves, refuses what it ignores`, () => {
        const t0 = Date.parse("2026-03-06T09:00:00+08:00");
        const openings: Data[] = [{}];
        for (const s of Object.keys(kind.model.states))
          for (const e of events)
            for (const v of variants(kind, s, e, 64))
              if (Object.keys(v.ticket).length === 1 && v.data === undefined) openings.push(v.ticket);
        const seen = new Set<string>();
        const queue: TicketResult[] = [];
        openings.slice(0, 16).forEach((data, i) => {
          queue.push(openTicket(program, { id: `W-${i}`, kind: kind.id, at: t0, data }));
        });
        const visitedStates = new Set<string>();
        let steps = 0;
        const perState = new Map<string, number>();
        while (queue.length > 0) {
          const r = queue.shift()!;
          const ticketData = status(program, r.ticket).data;
          const node = `${r.ticket.state} ${JSON.stringify(Object.entries(ticketData).sort())}`;
          // A few tickets (different data) per state keep the walk short and still reach every state.
          if (seen.has(node) || (perState.get(r.ticket.state) ?? 0) >= 6) continue;
          seen.add(node);
          perState.set(r.ticket.state, (perState.get(r.ticket.state) ?? 0) + 1);
          visitedStates.add(r.ticket.state);
          for (const event of events) {
            const datas = new Map<string, Data | undefined>();
            for (const v of variants(kind, r.ticket.state, event, 4000)) datas.set(JSON.stringify(v.data), v.data);
            for (const data of [...datas.values()].slice(0, 12)) {
              steps++;
              const x = xstateStep(machine, r.ticket.state, event, { ticket: ticketData, data });
              const ev = { type: event, at: r.ticket.now + 60_000, ...(data !== undefined ? { data } : {}) };
              let next: TicketResult | undefined;
              let code: string | undefined;
              try {
                next = applyEvent(program, r.ticket, ev);
              } catch (error) {
                if (!isEngineError(error)) throw error;
                code = error.code;
              }
              const final = kind.finals.has(r.ticket.state);
              const where = { from: r.ticket.state, event, data };
              const accepts = x.enabled > 0 || (kind.clockEvents.has(event) && !final);
              expect({ ...where, accepted: next !== undefined, to: next?.ticket.state }).toEqual({
                ...where,
                accepted: accepts,
                to: accepts ? x.value : undefined,
              });
              if (next === undefined) expect(code).toBe(final ? "ticket-closed" : "event-not-allowed");
              else if (x.enabled > 0) queue.push(next);
            }
          }
        }
        expect(steps).toBeGreaterThan(0);
        // The runtime walk reaches every state XState can reach from the initial one.
        const reachable = new Set([kind.initial]);
        const q = [kind.initial];
        while (q.length > 0) {
          const s = q.shift()!;
          for (const ts of kind.table.get(s)?.values() ?? [])
            for (const t of ts)
              if (!reachable.has(t.to)) {
                reachable.add(t.to);
                q.push(t.to);
              }
        }
        expect([...visitedStates].sort()).toEqual([...reachable].sort());
      });
    }
  });
}
