/** PASS/FAIL against a target; `info` for figures reported without one. */
export type Status = "PASS" | "FAIL" | "info";

export interface Row {
  measure: string;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  status: Status;
}

/** Collects the benchmark's rows by section and prints each section as an aligned table. */
export class BenchReport {
  private readonly rows: Row[] = [];

  /** Prints one section and remembers its rows for the summary. */
  section(title: string, rows: Row[], note?: string): void {
    this.rows.push(...rows);
    const header: Row = {
      measure: "measure",
      figure: "figure",
      baseline: "baseline",
      ratio: "ratio",
      target: "target",
      status: "result" as Status,
    };
    const columns = ["measure", "figure", "baseline", "ratio", "target", "status"] as const;
    const widths = columns.map((c) => Math.max(...[header, ...rows].map((r) => width(r[c]))));
    const line = (r: Row) => columns.map((c, i) => pad(r[c], widths[i]!, i > 0 && i < 4)).join("  ");
    console.log(`\n## ${title}\n`);
    console.log(line(header));
    console.log(widths.map((w) => "-".repeat(w)).join("  "));
    for (const r of rows) console.log(line(r));
    if (note) console.log(`\n${note}`);
  }

  get passed(): number {
    return this.rows.filter((r) => r.status === "PASS").length;
  }

  get failed(): Row[] {
    return this.rows.filter((r) => r.status === "FAIL");
  }
}

export const ms = (value: number): string =>
  value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
export const times = (value: number): string => `${value.toFixed(2)}×`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const status = (pass: boolean): Status => (pass ? "PASS" : "FAIL");

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return w;
}

function pad(text: string, to: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
}
