// `resolution clean [-o FILE] [--force] <file>`: the text in the clean shape — one
// paragraph a line, page furniture gone, footnotes gathered at the end, every word kept.
// Prints to standard output unless -o names a file; an existing file needs --force.
import { existsSync, writeFileSync } from 'node:fs';
import { parse } from '../core/parser';
import { renderClean } from '../core/render-clean';
import { DEFAULT_MAX_BYTES } from '../core/input';
import { UsageError, type CliCommand } from './command';
import { displayPath, readTextFile } from './files';

export const cleanCommand: CliCommand = {
  name: 'clean',
  summary: 'rewrite one PDF-extracted or converted text in the clean shape [-o FILE] [--force] (standard output without -o)',
  run(args, io) {
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
    if (files.length !== 1) throw new UsageError('clean takes exactly one file');
    const input = readTextFile(files[0], DEFAULT_MAX_BYTES);
    if (!input.ok) {
      io.stderr(`resolution: skipped ${displayPath(files[0], io.cwd)}: ${input.reason}\n`);
      return 2;
    }
    const clean = renderClean(input.text, parse(input.text));
    if (!output) {
      io.stdout(clean);
      return 0;
    }
    if (existsSync(output) && !force) {
      io.stderr(`resolution: ${output} exists; add --force to overwrite it\n`);
      return 2;
    }
    writeFileSync(output, clean);
    io.stderr(`resolution: wrote ${output}\n`);
    return 0;
  },
};
