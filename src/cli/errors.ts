/** Errors the command line reports as one line on stderr with exit code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
