/** Plain-text tables that line up with Chinese names (a CJK character takes two columns). */
import { type Lang, phraseOf } from "@yardstick/dsl";
import { replayWords } from "../words/replay-words.js";

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return w;
}

/** Rows of cells as aligned text: the first column left, the others right. */
export function textTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = " ".repeat(widths[i]! - displayWidth(cell));
          return i === 0 ? cell + pad : pad + cell;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return "—";
  if (unit === "percent") return `${(Math.round(value * 10) / 10).toFixed(1)}%`;
  return `${Math.round(value * 100) / 100}${unit === "number" ? "" : ` ${unit}`}`;
}

export function formatTarget(
  target: { min?: number; max?: number; unit: string; inclusive?: boolean },
  lang: Lang = "en",
): string {
  const u = target.unit === "percent" ? "%" : target.unit === "number" ? "" : ` ${target.unit}`;
  const [ge, le] = target.inclusive === false ? [">", "<"] : ["≥", "≤"];
  return [
    target.min !== undefined ? `${ge} ${target.min}${u}` : "",
    target.max !== undefined ? `${le} ${target.max}${u}` : "",
  ]
    .filter(Boolean)
    .join(phraseOf(replayWords, "targetAnd", {}, lang));
}
