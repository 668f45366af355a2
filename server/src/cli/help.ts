// The texts of `resolution --help` and `resolution <command> --help`.
import { COMMANDS } from './commands';
import type { CliCommand, CliOption } from './command';

function table(rows: Array<[string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

export function usage(): string {
  return [
    'usage: resolution <command> [options] <files or folders…>',
    '',
    'commands:',
    ...table(COMMANDS.map((c) => [c.name, c.summary])),
    '',
    'resolution <command> --help lists the options of one command.',
    'Folders are searched for .txt, .md and .pdf files (node_modules and hidden folders skipped);',
    'in a folder only texts that look like resolutions count.',
    '',
    ...table([
      ['-h, --help', 'show this help'],
      ['--version', 'print the version'],
    ]),
    '',
    'exit codes:',
    '  0  success',
    '  1  findings: check found errors, diff found differences, fix could not renumber or left errors,',
    '     fetch could not fetch a document',
    '  2  bad usage, or a file could not be read or written',
  ].join('\n');
}

export function commandHelp(command: CliCommand): string {
  const options: CliOption[] = [...command.options, { flags: '-h, --help', description: 'show this help' }];
  return [
    `usage: resolution ${command.name} ${command.operands}`,
    '',
    `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`,
    '',
    'options:',
    ...table(options.map((o) => [o.flags, o.description])),
    '',
    'exit codes:',
    ...command.exitCodes.map((line) => `  ${line}`),
  ].join('\n');
}
