import type { TestModel } from "../model/standard-model.js";
import type { TestInput } from "../schema/standard-schema.js";
import { type BuildContext, compact, label } from "./build-context.js";
import { phrase } from "../diagnostics/codes.js";

export function buildTests(input: Record<string, TestInput> | undefined, ctx: BuildContext): Record<string, TestModel> {
  const tests: Record<string, TestModel> = {};
  for (const [id, test] of Object.entries(input ?? {})) {
    if ((test.ticket === undefined) === (test.duty === undefined)) {
      ctx.report({
        code: "test-subject",
        path: ["tests", id],
        ...phrase("test-subject", "one", {}),
        prefer: "key",
      });
      continue;
    }
    const subject: TestModel["subject"] =
      test.ticket !== undefined
        ? { kind: "ticket", ticket: test.ticket }
        : compact({ kind: "duty" as const, duty: test.duty!, from: test.from, to: test.to });
    tests[id] = compact({
      id,
      title: label(test.title),
      subject,
      data: test.data ?? {},
      steps: (test.steps ?? []).map((s) => compact({ at: s.at, event: s.event, data: s.data })),
      expect: test.expect.map((e) =>
        compact({
          ...e,
          notified: e.notified === undefined ? undefined : Array.isArray(e.notified) ? e.notified : [e.notified],
        }),
      ),
    });
  }
  return tests;
}
