// Options several commands share, described once for their --help.
import { DEFAULT_MAX_BYTES } from '../core/input';
import type { CliOption } from './command';

export const FORMAT_OPTION: CliOption = { flags: '--format text|json', description: 'output format (default text)' };
export const MAX_SIZE_OPTION: CliOption = { flags: '--max-size MB', description: `skip files larger than this (default ${DEFAULT_MAX_BYTES / 1048576})` };
export const OUTPUT_OPTION: CliOption = { flags: '-o, --output FILE', description: 'write to FILE instead of standard output' };
export const FORCE_OPTION: CliOption = { flags: '--force', description: 'overwrite FILE if it exists (never done without)' };

export const UNREADABLE_EXIT = '2  bad usage, or a file could not be read';
export const LIBRARY_FOLDER_OPTION: CliOption = {
  flags: '--library DIR',
  description: 'the document library (default $XDG_CACHE_HOME/un-resolution/library, else ~/.cache/un-resolution/library)',
};
