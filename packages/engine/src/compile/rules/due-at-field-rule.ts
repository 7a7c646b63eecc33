import { phraseIn } from "@yardstick/dsl";
import { compileCodes, fieldTypeWords } from "../compile-codes.js";
import type { CompileRule } from "./compile-rule.js";

/** `dueAt` reads an agreed instant from the ticket's data, so the field must be a date. */
export const dueAtFieldRule: CompileRule = (kind, _model, report) => {
  for (const clock of kind.clocks) {
    const field = clock.model.dueAt;
    if (field === undefined) continue;
    const declared = Object.prototype.hasOwnProperty.call(kind.model.fields, field)
      ? kind.model.fields[field]
      : undefined;
    if (declared !== undefined && declared.type !== "date") {
      report({
        code: "due-at-not-a-date",
        path: ["tickets", kind.id, "clocks", clock.id, "dueAt"],
        ...phraseIn(compileCodes, "due-at-not-a-date", "notADate", {
          clock: clock.id,
          field,
          type: fieldTypeWords[declared.type] ?? declared.type,
        }),
      });
    }
  }
};
