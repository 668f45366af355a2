// `resolution clean [-o FILE] [--force] <file>`: the text in the clean shape — one
// paragraph a line, page furniture gone, footnotes gathered at the end, every word kept.
import { parse } from '../core/parser';
import { renderClean } from '../core/render-clean';
import { DEFAULT_MAX_BYTES } from '../core/input';
import type { CliCommand } from './command';
import { displayPath, readTextFile } from './files';
import { parseOutputArgs, writeOutput } from './output';
import { FORCE_OPTION, OUTPUT_OPTION } from './options';

export const cleanCommand: CliCommand = {
  name: 'clean',
  summary: 'rewrite one PDF-extracted or converted text in the clean shape',
  operands: '[options] <file>',
  options: [OUTPUT_OPTION, FORCE_OPTION],
  exitCodes: ['0  written', '2  bad usage, the file could not be read, or FILE exists without --force'],
  async run(args, io) {
    const options = parseOutputArgs(args, 'clean', 'file');
    const input = await readTextFile(options.file, DEFAULT_MAX_BYTES);
    if (!input.ok) {
      io.stderr(`resolution: skipped ${displayPath(options.file, io.cwd)}: ${input.reason}\n`);
      return 2;
    }
    return writeOutput(renderClean(input.text, parse(input.text)), options, io);
  },
};
