/** Everything the command touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout/stderr is a terminal (colours default on). */
  isTTY?: boolean;
  /** NO_COLOR is set (https://no-color.org): no colour, whatever the terminal or the flags. */
  noColor?: boolean;
  /** The environment: `LANG`, `LC_ALL` and `LC_MESSAGES` choose the language when `--lang` is not given. */
  env?: Readonly<Record<string, string | undefined>>;
}
