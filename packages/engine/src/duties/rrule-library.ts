/**
 * The RRULE library (decision 0025). `rrule` ships ESM for bundlers and a UMD build for Node, whose
 * named exports Node cannot see; this reads whichever shape was loaded.
 */
import * as rruleModule from "rrule";

type RRuleModule = typeof import("rrule");
const loaded = rruleModule as unknown as RRuleModule & { default?: RRuleModule };

export const rrulestr: RRuleModule["rrulestr"] = loaded.rrulestr ?? loaded.default!.rrulestr;
export const RRule: RRuleModule["RRule"] = loaded.RRule ?? loaded.default!.RRule;
export type RRuleSet = import("rrule").RRuleSet;
export type RRuleType = import("rrule").RRule;
