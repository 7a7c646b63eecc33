import { formatDiagnostic } from "@yardstick/dsl";
import { expect, test } from "vitest";

test("the workspace resolves packages from source", () => {
  expect(typeof formatDiagnostic).toBe("function");
});
