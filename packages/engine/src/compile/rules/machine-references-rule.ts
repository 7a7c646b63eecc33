import { buildTicketMachine, missingGuards } from "../ticket-machine.js";
import { phraseIn } from "@yardstick/dsl";
import { compileCodes } from "../compile-codes.js";
import type { CompileRule } from "./compile-rule.js";

/** Every guard the XState config names must be implemented, and XState must accept the config. */
export const machineReferencesRule: CompileRule = (kind, _model, report) => {
  try {
    const machine = buildTicketMachine(kind);
    for (const name of missingGuards(kind, machine)) {
      const [state, event] = name.split(":");
      report({
        code: "machine-reference",
        path: ["tickets", kind.id, "states", state ?? "", "on", event ?? ""],
        ...phraseIn(compileCodes, "machine-reference", "guard", { kind: kind.id, guard: name }),
      });
    }
  } catch (error) {
    report({
      code: "machine-reference",
      path: ["tickets", kind.id, "states"],
      ...phraseIn(compileCodes, "machine-reference", "refused", { kind: kind.id, detail: (error as Error).message }),
    });
  }
};
