/** Every phrase table the command prints from, by where it is used (a test checks both languages of each). */
import { explainWords } from "./explain-words.js";
import { summaryWords } from "./summary-words.js";
import { planWords } from "./plan-words.js";
import { replayWords } from "./replay-words.js";
import { simulateWords } from "./simulate-words.js";
import { testWords } from "./test-words.js";
import { tourWords } from "./tour-words.js";
import { validateWords } from "./validate-words.js";

export const cliWords = {
  test: testWords,
  validate: validateWords,
  summary: summaryWords,
  tour: tourWords,
  replay: replayWords,
  simulate: simulateWords,
  plan: planWords,
  explain: explainWords,
} as const;

export type { UsageCode } from "./usage-codes.js";
export { usageCodes } from "./usage-codes.js";
