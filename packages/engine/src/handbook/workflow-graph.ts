/**
 * A ticket kind's workflow as a graph: its states, the transitions between them with their events,
 * and where each SLA clock starts, pauses, resumes, stops, resets or is cancelled. Read from the
 * compiled program, so `yardstick graph` and the handbook draw what the engine enforces.
 */
import type { Condition, Label, Matcher } from "@yardstick/dsl";
import type { Program } from "../compile/program.js";
import { EngineError } from "../errors/engine-error.js";

/** What a clock condition does, in the order a clock's life reads. */
export const CLOCK_ACTIONS = ["start", "pause", "resume", "stop", "reset", "cancel"] as const;
export type ClockAction = (typeof CLOCK_ACTIONS)[number];

export interface ClockMark {
  clock: string;
  title: Label;
  action: ClockAction;
  /** The guard of an event condition (`{ event: report, when: { emergency: true } }`). */
  when?: Matcher;
}

export interface WorkflowState {
  id: string;
  title?: Label;
  initial: boolean;
  final: boolean;
  /** Clocks that act when the ticket enters this state. */
  clocks: ClockMark[];
}

export interface WorkflowTransition {
  from: string;
  to: string;
  event: string;
  eventTitle?: Label;
  when?: Matcher;
  /** Clocks that act on this transition's event. */
  clocks: ClockMark[];
}

export interface WorkflowGraph {
  standard: { id: string; version: string };
  ticket: string;
  title: Label;
  states: WorkflowState[];
  transitions: WorkflowTransition[];
  /** Clock events that move no state: accepted in any state (a `rain_stopped` style signal). */
  signals: { event: string; eventTitle?: Label; clocks: ClockMark[] }[];
}

/**
 * The workflow of ticket kind `ticket` as a graph, states in the order written.
 *
 * @example
 * const graph = workflowGraph(program, "repair");
 * graph.states.find((s) => s.id === "reported")?.clocks; // [{ clock: "arrival", action: "start", … }]
 */
export function workflowGraph(program: Program, ticket: string): WorkflowGraph {
  const kind = program.model.tickets[ticket];
  if (kind === undefined)
    throw new EngineError("unknown-ticket-kind", `the standard has no ticket kind \`${ticket}\``, {
      hint: `ticket kinds: ${Object.keys(program.model.tickets).join(", ") || "(none)"}`,
      path: ["ticket"],
    });
  const stateMarks = new Map<string, ClockMark[]>();
  const eventMarks = new Map<string, ClockMark[]>();
  for (const clock of Object.values(kind.clocks)) {
    for (const action of CLOCK_ACTIONS) {
      for (const condition of clock[action] as Condition[]) {
        const mark: ClockMark = { clock: clock.id, title: clock.title, action };
        if (condition.kind === "state") push(stateMarks, condition.state, mark);
        else if (condition.kind === "event")
          push(eventMarks, condition.event, condition.when?.length ? { ...mark, when: condition.when } : mark);
      }
    }
  }
  const eventTitle = (event: string) => kind.events[event]?.title;
  const states: WorkflowState[] = Object.values(kind.states).map((s) => ({
    id: s.id,
    ...(s.title !== undefined ? { title: s.title } : {}),
    initial: s.id === kind.initial,
    final: s.final,
    clocks: stateMarks.get(s.id) ?? [],
  }));
  const transitions: WorkflowTransition[] = [];
  const moving = new Set<string>();
  for (const s of Object.values(kind.states)) {
    for (const [event, targets] of Object.entries(s.on)) {
      moving.add(event);
      for (const t of targets) {
        const title = eventTitle(event);
        transitions.push({
          from: s.id,
          to: t.to,
          event,
          ...(title !== undefined ? { eventTitle: title } : {}),
          ...(t.when?.length ? { when: t.when } : {}),
          clocks: eventMarks.get(event) ?? [],
        });
      }
    }
  }
  const signals = [...eventMarks]
    .filter(([event]) => !moving.has(event))
    .map(([event, clocks]) => {
      const title = eventTitle(event);
      return { event, ...(title !== undefined ? { eventTitle: title } : {}), clocks };
    });
  return {
    standard: { id: program.pin.id, version: program.pin.version },
    ticket,
    title: kind.title,
    states,
    transitions,
    signals,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
