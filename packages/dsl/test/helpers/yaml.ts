/**
 * A template tag for YAML written inline in tests: strips the common indentation of the
 * template's lines and the blank first and last lines, so a test reads like the standard it
 * tests. A multi-line interpolated value is dedented, then indented to the column of its `${…}`.
 *
 * @example
 * const text = yaml`
 *   standard: site
 *   roles:
 *     ${roleLines}
 * `;
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  let text = "";
  strings.raw.forEach((raw, i) => {
    text += raw.replace(/\\`/g, "`").replace(/\\\$/g, "$");
    if (i < values.length) {
      const column = text.length - (text.lastIndexOf("\n") + 1);
      const value = String(values[i]);
      const block = value.includes("\n") ? dedent(value).replace(/\n$/, "") : value;
      text += block.replace(/\n/g, `\n${" ".repeat(column)}`);
    }
  });
  return dedent(text);
}

/** Removes the indentation common to every non-blank line, and a leading and trailing blank line. */
export function dedent(text: string): string {
  const lines = text
    .replace(/^[ \t]*\n/, "")
    .replace(/\n[ \t]*$/, "")
    .split("\n");
  const indents = lines.filter((line) => line.trim() !== "").map((line) => /^ */.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return `${lines.map((line) => line.slice(common)).join("\n")}\n`;
}
