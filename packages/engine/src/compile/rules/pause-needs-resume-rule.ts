import type { CompileRule } from "./compile-rule.js";

/** A pause named by an event lasts until a resume; without one the clock would stay paused for ever. */
export const pauseNeedsResumeRule: CompileRule = (kind, _model, report) => {
  for (const clock of kind.clocks) {
    if (clock.pause.events.size > 0 && clock.resume.empty) {
      report({
        code: "pause-without-resume",
        path: ["tickets", kind.id, "clocks", clock.id, "pause"],
        message: `clock \`${clock.id}\` pauses on ${[...clock.pause.events.keys()].map((e) => `\`${e}\``).join(", ")} but nothing resumes it`,
        hint: "add `resume:` with the event or state that ends the pause, or pause on a state (the pause then lasts while the ticket is in it)",
      });
    }
  }
};
