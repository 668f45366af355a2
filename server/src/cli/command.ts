// A subcommand of `resolution`. Each lives in its own file and is listed in commands.ts.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** An option as `resolution <command> --help` lists it: `--to FORMAT` and what it does. */
export interface CliOption {
  flags: string;
  description: string;
}

export interface CliCommand {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** What follows the command's name: `[options] <files or folders…>`. */
  operands: string;
  /** The options this command takes, for its --help. */
  options: readonly CliOption[];
  /** Its exit codes, for its --help. */
  exitCodes: readonly string[];
  /** Returns the exit code: 0 success, 1 findings (where the command has them), 2 bad usage or input. */
  run(args: string[], io: CliIo): number | Promise<number>;
}

/** Thrown for bad usage; the message is printed with the command's help and exit code 2. */
export class UsageError extends Error {}
