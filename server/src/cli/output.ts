// Commands that write one document (`import`, and `clean` can share it): `-o FILE`
// and `--force` parsed the same way, standard output without -o, and an existing file
// never overwritten without --force.
import { existsSync, writeFileSync } from 'node:fs';
import { UsageError, type CliIo } from './command';
import { describeError } from '../system-error';

export interface OutputArgs {
  output: string | null;
  force: boolean;
  file: string;
}

export function parseOutputArgs(args: string[], command: string, what: string): OutputArgs {
  let output: string | null = null;
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-o' || arg === '--output') {
      output = args[++i] ?? null;
      if (!output) throw new UsageError(`${arg} takes a file name`);
    } else if (arg === '--force') force = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(`${command} takes exactly one ${what}`);
  return { output, force, file: files[0] };
}

/** Returns the exit code: 0 written, 2 when the file exists and --force was not given, or cannot be written. */
export function writeOutput(text: string, { output, force }: OutputArgs, io: CliIo): number {
  if (!output) {
    io.stdout(text);
    return 0;
  }
  if (existsSync(output) && !force) {
    io.stderr(`resolution: ${output} exists; add --force to overwrite it\n`);
    return 2;
  }
  try {
    writeFileSync(output, text);
  } catch (error) {
    io.stderr(`resolution: cannot write ${output}: ${describeError(error)}\n`);
    return 2;
  }
  io.stderr(`resolution: wrote ${output}\n`);
  return 0;
}
