// A subcommand of `resolution`. Each lives in its own file and is listed in commands.ts.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One line for the usage text. */
  summary: string;
  /** Returns the exit code: 0 success, 1 findings (where the command has them), 2 bad usage or input. */
  run(args: string[], io: CliIo): number | Promise<number>;
}

/** Thrown for bad usage; the message is printed with the usage text and exit code 2. */
export class UsageError extends Error {}
