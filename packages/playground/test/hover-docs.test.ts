/**
 * Hover docs in Node, on the worker's own code: the editor schema's words for the key under the
 * pointer (in the page's language), found by the place the editor reads (editor/yaml-path.ts).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadStandard } from "@yardstick/dsl";
import { expect, test } from "vitest";
import { hoverAt } from "../src/analysis/complete.js";
import { hoverPlace } from "../src/editor/yaml-path.js";

const group = readFileSync(fileURLToPath(new URL("../../../standards/seed/group.yaml", import.meta.url)), "utf8");
const model = loadStandard(group).standard!;
const at = (needle: string, offset = 0) => group.indexOf(needle) + offset;

test("a clock's target key: its description in English and in Chinese", () => {
  const place = hoverPlace(group, at("target: { urgent: 30分钟", 2))!;
  expect(place).toMatchObject({ path: ["tickets", "repair", "clocks", "arrival"], key: "target" });
  const en = hoverAt(place.path, place.key, place.value, false, "en", model)!;
  const zh = hoverAt(place.path, place.key, place.value, false, "zh", model)!;
  expect(en.text).toMatch(/[a-z]{4}/);
  expect(zh.text).toMatch(/[\u4e00-\u9fff]/);
  expect(zh.text).not.toBe(en.text);
});

test("on a value naming a calendar: the calendar's titles, beside the key's docs", () => {
  const place = hoverPlace(group, at("calendar: office", "calendar: off".length))!;
  expect(place).toMatchObject({ key: "calendar", value: "office" });
  const doc = hoverAt(place.path, place.key, place.value, false, "en", model)!;
  expect(doc.valueTitle).toBe("客服中心办公时间 · Service centre office hours");
  expect(doc.text).toBeDefined();
});

test("an enum's words; nothing on a comment or an unknown key", () => {
  const place = hoverPlace(group, at("ownership: assigned", 2))!;
  expect(place.path).toEqual(["tickets", "complaint"]);
  expect(hoverAt(place.path, place.key, undefined, false, "en", model)?.words).toEqual(
    expect.arrayContaining(["assigned", "first-contact"]),
  );
  expect(hoverPlace(group, at("# 方案2", 3))).toBeUndefined();
  const unknown = hoverPlace("tickets:\n  repair:\n    nonsense: 1\n", 26)!;
  expect(unknown.key).toBe("nonsense");
  expect(hoverAt(unknown.path, unknown.key, undefined, false, "en", model)).toBeUndefined();
});
