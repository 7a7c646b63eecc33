/**
 * The RRULE library (decision 0030). `rrule` ships ESM for bundlers and a UMD build for Node, whose
 * named exports Node cannot see; this reads whichever shape was loaded.
 */
import * as rruleModule from "rrule";
import type { RRule as RRuleClass, RRuleSet as RRuleSetClass } from "rrule";

type RRuleModule = typeof rruleModule;
const loaded = rruleModule as unknown as RRuleModule & { default?: RRuleModule };

export const rrulestr: RRuleModule["rrulestr"] = loaded.rrulestr ?? loaded.default!.rrulestr;
export const RRule: RRuleModule["RRule"] = loaded.RRule ?? loaded.default!.RRule;
export type RRuleSet = RRuleSetClass;
export type RRuleType = RRuleClass;
