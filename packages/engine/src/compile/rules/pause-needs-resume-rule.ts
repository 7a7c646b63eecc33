import { phraseIn } from "@yardstick/dsl";
import { compileCodes } from "../compile-codes.js";
import type { CompileRule } from "./compile-rule.js";

/** A pause named by an event lasts until a resume; without one the clock would stay paused for ever. */
export const pauseNeedsResumeRule: CompileRule = (kind, _model, report) => {
  for (const clock of kind.clocks) {
    if (clock.pause.events.size > 0 && clock.resume.empty) {
      report({
        code: "pause-without-resume",
        path: ["tickets", kind.id, "clocks", clock.id, "pause"],
        ...phraseIn(compileCodes, "pause-without-resume", "noResume", {
          clock: clock.id,
          events: [...clock.pause.events.keys()].map((e) => `\`${e}\``).join(", "),
        }),
      });
    }
  }
};
