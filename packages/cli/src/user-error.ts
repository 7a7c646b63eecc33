/** A mistake in how the command was called: printed without a stack, exit code 2 (as changesets' UserError). */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = "UserError";
  }
}
