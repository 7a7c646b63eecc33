import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";

const folder = new URL("../docs/decisions/", import.meta.url);
const records = readdirSync(folder)
  .filter((name) => /^\d{4}-.+\.md$/.test(name))
  .sort();
const index = readFileSync(new URL("README.md", folder), "utf8");
const ROW = /^\| \[(\d{4})\]\(([^)]+)\) \| ([^|]+?) \| ([^|]+?) \| (.+?) \|$/;
const rows = index
  .split("\n")
  .map((line) => ROW.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map(([, number, file, status, date, title]) => ({ number, file, status, date, title }));

test("every decision record has exactly one row in docs/decisions/README.md, in order", () => {
  expect(rows.map((r) => r.file)).toEqual(records);
});

test("each row's number and title are the record's own heading", () => {
  for (const row of rows) {
    const heading = readFileSync(new URL(row.file!, folder), "utf8").split("\n")[0];
    expect(row.file!.startsWith(`${row.number}-`)).toBe(true);
    expect(heading).toBe(`# ${row.number} — ${row.title}`);
  }
});

test("each row has a status and a real date", () => {
  const numbers = new Set(rows.map((r) => r.number));
  for (const row of rows) {
    const superseded = /^superseded by (\d{4})$/.exec(row.status!);
    expect(row.status === "accepted" || row.status === "proposed" || superseded !== null, row.status).toBe(true);
    if (superseded) expect(numbers.has(superseded[1]!)).toBe(true);
    expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${row.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(row.date);
  }
});
