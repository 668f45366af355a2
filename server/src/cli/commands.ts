// Every `resolution` subcommand, in the order the usage text lists them.
import type { CliCommand } from './command';
import { outlineCommand } from './outline';
import { checkCommand } from './check';
import { jsonCommand } from './json';
import { importCommand } from './import';
import { cleanCommand } from './clean';
import { exportCommand } from './export';
import { diffCommand } from './diff';
import { fixCommand } from './fix';
import { fetchCommand } from './fetch';
import { libraryCommand } from './library';

export const COMMANDS: readonly CliCommand[] = [
  outlineCommand,
  checkCommand,
  jsonCommand,
  importCommand,
  cleanCommand,
  exportCommand,
  diffCommand,
  fixCommand,
  fetchCommand,
  libraryCommand,
];
