import type { SemanticRule } from "@yardstick/dsl";
import { diagnosticsOf, type Found } from "./diagnostics.js";

/**
 * The diagnostics one semantic rule gives for `text`, with no other rule run (as graphql-js's
 * `expectValidationErrors(rule, query)`): a rule's test sees only what that rule reports.
 */
export function ruleDiagnostics(rule: SemanticRule, text: string): Found[] {
  return diagnosticsOf(text, { rules: [rule] });
}
