#!/usr/bin/env node
// `resolution <command> …`: the core for scripts, CI and pre-commit hooks.
// Exit codes: 0 success, 1 findings (check: errors), 2 bad usage or unreadable input.
import { version } from '../../../package.json';
import { COMMANDS } from './commands';
import { UsageError, type CliIo } from './command';
import { commandHelp, usage } from './help';

async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version') {
    io.stdout(`resolution ${version}\n`);
    return 0;
  }
  if (!name || name === '-h' || name === '--help') {
    io.stdout(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`resolution: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${commandHelp(command)}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`resolution ${name}: ${error.message}\n\n${commandHelp(command)}\n`);
      return 2;
    }
    io.stderr(`resolution ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

// `resolution outline … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
