/** Every phrase table the command prints from, by where it is used (a test checks both languages of each). */
import { testWords } from "./test-words.js";

export const cliWords = { test: testWords } as const;

export type { UsageCode } from "./usage-codes.js";
export { usageCodes } from "./usage-codes.js";
