import type { DocumentSet } from "../load/document-set.js";
import type { StandardModel } from "../model/standard-model.js";
import type { StandardInput } from "../schema/standard-schema.js";
import type { SemanticRule } from "./rule-context.js";
import { clockCanStopRule } from "./rules/clock-can-stop-rule.js";
import { clockTargetsRule } from "./rules/clock-targets-rule.js";
import { followOnClocksRule } from "./rules/follow-on-clocks-rule.js";
import { holidayCoverageRule } from "./rules/holiday-coverage-rule.js";
import { escalationOrderRule } from "./rules/escalation-order-rule.js";
import { knownReferencesRule } from "./rules/known-references-rule.js";
import { priorityMatchersRule } from "./rules/priority-matchers-rule.js";
import { reachableStatesRule } from "./rules/reachable-states-rule.js";
import { reportsToCycleRule } from "./rules/reports-to-cycle-rule.js";
import { scheduleWindowsRule } from "./rules/schedule-windows-rule.js";
import { testTimesRule } from "./rules/test-times-rule.js";
import { uniqueIdsRule } from "./rules/unique-ids-rule.js";

/** Every semantic rule, in the order they run (references first: later rules assume them). */
export const specifiedRules: readonly SemanticRule[] = [
  knownReferencesRule,
  uniqueIdsRule,
  reachableStatesRule,
  clockCanStopRule,
  followOnClocksRule,
  clockTargetsRule,
  escalationOrderRule,
  reportsToCycleRule,
  priorityMatchersRule,
  scheduleWindowsRule,
  testTimesRule,
  holidayCoverageRule,
];

export function runSemanticRules(
  model: StandardModel,
  input: StandardInput,
  documents: DocumentSet,
  rules: readonly SemanticRule[] = specifiedRules,
): void {
  const context = { model, input, report: documents.report };
  for (const rule of rules) rule(context);
}
