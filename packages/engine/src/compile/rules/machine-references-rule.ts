import { buildTicketMachine, missingGuards } from "../ticket-machine.js";
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
        message: `the workflow of \`${kind.id}\` names the guard \`${name}\`, which is not implemented`,
        hint: "this is a bug in the engine's compiler: please report it with the standard",
      });
    }
  } catch (error) {
    report({
      code: "machine-reference",
      path: ["tickets", kind.id, "states"],
      message: `XState refused the workflow of \`${kind.id}\`: ${(error as Error).message}`,
      hint: "check the states' `on:` targets; every target must be a state of the kind",
    });
  }
};
