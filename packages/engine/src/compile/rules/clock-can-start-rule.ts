import { phraseIn } from "@yardstick/dsl";
import { compileCodes } from "../compile-codes.js";
import type { CompileRule } from "./compile-rule.js";

/** A clock started only by states no transition enters, and by no event, never runs. */
export const clockCanStartRule: CompileRule = (kind, _model, report) => {
  const entered = new Set<string>([kind.initial]);
  for (const byEvent of kind.table.values())
    for (const transitions of byEvent.values()) for (const t of transitions) entered.add(t.to);
  for (const clock of kind.clocks) {
    if (clock.start.events.size > 0 || clock.model.start.some((c) => c.kind === "breach")) continue;
    if ([...clock.start.states].some((s) => entered.has(s))) continue;
    report({
      code: "clock-never-starts",
      path: ["tickets", kind.id, "clocks", clock.id, "start"],
      ...phraseIn(compileCodes, "clock-never-starts", "unentered", {
        clock: clock.id,
        states: [...clock.start.states].map((s) => `\`${s}\``).join(", "),
      }),
    });
  }
};
