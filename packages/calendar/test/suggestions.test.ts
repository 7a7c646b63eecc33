import { suggestionList } from "@yardstick/calendar";
import { describe, expect, test } from "vitest";

describe("suggestionList", () => {
  test("the closest names first, ties in code-unit order whatever the locale", () => {
    expect(suggestionList("ofice", ["offices", "lobby", "officer", "office"])).toEqual([
      "office",
      "officer",
      "offices",
    ]);
    expect(suggestionList("Asia/Shangai", ["Europe/London", "Asia/Shanghai"])).toEqual(["Asia/Shanghai"]);
  });

  test("a transposition is one edit; case, `-`, `_` and spaces are no edit at all", () => {
    expect(suggestionList("tue", ["teu", "thu"])).toEqual(["teu", "thu"]);
    expect(suggestionList("night_patrol", ["nightpatrol2", "night-patrol"])).toEqual(["night-patrol", "nightpatrol2"]);
    expect(suggestionList("EUROPE/LONDON", ["Europe/London"])).toEqual(["Europe/London"]);
  });

  test("within two fifths of the input's length in edits, and nothing for a name far from all", () => {
    // `repair` (6 letters) allows 3 edits: `rep` is 3 away, `r` is 5.
    expect(suggestionList("repair", ["rep", "r"])).toEqual(["rep"]);
    expect(suggestionList("someday", ["mon", "tue", "wed"])).toEqual([]);
  });

  test("capped: a name longer than 64 characters gets none, and only the first 1,000 options are compared", () => {
    const long = "a".repeat(65);
    expect(suggestionList(long, [long, `${long}b`])).toEqual([]);
    expect(suggestionList("a".repeat(64), ["a".repeat(63)])).toEqual(["a".repeat(63)]);
    const options = [...Array.from({ length: 1_000 }, (_, i) => `zz${i}zz`), "office"];
    expect(suggestionList("ofice", options)).toEqual([]);
    expect(suggestionList("ofice", options.slice(1))).toEqual(["office"]);
  });
});
