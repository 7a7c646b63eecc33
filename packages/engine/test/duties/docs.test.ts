import { readFileSync } from "node:fs";
import { DUTY_EFFECT_KINDS, dutyDiagnosticCodes } from "@yardstick/engine";
import { expect, it } from "vitest";

const doc = readFileSync(new URL("../../../../docs/reference/duties.md", import.meta.url), "utf8");

it("docs/reference/duties.md documents every duty diagnostic code and effect kind", () => {
  for (const code of Object.keys(dutyDiagnosticCodes)) expect(doc, code).toContain(`| \`${code}\` |`);
  for (const kind of DUTY_EFFECT_KINDS) expect(doc, kind).toContain(`| \`${kind}\` |`);
});
